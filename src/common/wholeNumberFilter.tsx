import { isValidElement, type ReactNode, useEffect, useMemo } from 'react';
import { NumberInput, type NumberInputProps, type SortPayload, useListParams } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';

/**
 * A list filter on a whole-number field (years of experience, a salary): the API refuses a decimal
 * there, or a number beyond 2^53 it cannot hold exactly, with a 400 that would come back as a
 * notification away from the field. Checked in the filter form instead, so the message shows under
 * the field, what was typed stays, and nothing is sent while it is wrong. A react-admin input
 * validator; the message is an i18n key.
 */
export const wholeNumberFilter = (value: unknown): string | undefined => {
  if (value === null || value === undefined || value === '') return undefined;
  if (!Number.isInteger(value)) return 'app.filters.whole_number';
  return Number.isSafeInteger(value) ? undefined : 'app.filters.number_too_large';
};

/**
 * The number input of such a filter. A value can also arrive without being typed (a shared link,
 * a saved view, the list's remembered filters): the form does not check those by itself, so the
 * input asks it to, and the message shows under the field as for a typed one.
 */
export function WholeNumberFilterInput(props: NumberInputProps) {
  const { trigger } = useFormContext();
  const value = useWatch({ name: props.source });
  useEffect(() => {
    if (wholeNumberFilter(value)) void trigger(props.source);
  }, [value, trigger, props.source]);
  return <NumberInput {...props} validate={wholeNumberFilter} />;
}

/**
 * The filter values (from the address, a saved view or the store) that a list's whole-number
 * inputs refuse, each mapped to undefined: spread over the values, it keeps them out of a request
 * (what is undefined is not serialised) while the filter form still shows them, with the message.
 */
export function refusedWholeNumbers(
  filters: readonly ReactNode[] | undefined,
  values: Record<string, unknown>,
): Record<string, undefined> {
  const refused: Record<string, undefined> = {};
  for (const filter of filters ?? []) {
    if (!isValidElement<NumberInputProps>(filter) || filter.type !== WholeNumberFilterInput) continue;
    const { source } = filter.props;
    if (wholeNumberFilter(values[source])) refused[source] = undefined;
  }
  return refused;
}

/**
 * refusedWholeNumbers of the filters a list holds, to give as the list's `filter`. Read with the
 * list's own page size and sort, so nothing it remembers changes.
 */
export function useRefusedWholeNumbers(
  resource: string,
  filters: ReactNode[],
  list: { perPage: number; sort: SortPayload },
): Record<string, undefined> {
  const [query] = useListParams({ resource, perPage: list.perPage, sort: list.sort });
  const held = JSON.stringify(query.filter ?? {});
  return useMemo(() => refusedWholeNumbers(filters, JSON.parse(held)), [held, filters]);
}
