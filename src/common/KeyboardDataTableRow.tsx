import type { KeyboardEvent } from 'react';
import {
  DataTableRow,
  type DataTableRowProps,
  useDataTableCallbacksContext,
  useResourceDefinition,
} from 'react-admin';

/**
 * Every DataTable's row (set as the default in themes.ts): a row that opens its record when clicked
 * is also a stop of the Tab order and opens with Enter, so lists work without a mouse. Rows that
 * open nothing (`rowClick={false}`) stay out of the Tab order.
 */
export function KeyboardDataTableRow(props: DataTableRowProps) {
  const { rowClick } = useDataTableCallbacksContext();
  const { hasShow, hasEdit } = useResourceDefinition();
  // react-admin's own rule: without rowClick, a row opens the record's show or edit page if any.
  const opens = rowClick !== false && (rowClick != null || hasShow || hasEdit);
  if (!opens) return <DataTableRow {...props} />;
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    // Only the row itself: Enter on a checkbox or a link inside it keeps its own meaning.
    if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
    event.preventDefault();
    event.currentTarget.click();
  };
  return <DataTableRow {...props} tabIndex={0} onKeyDown={onKeyDown} />;
}
