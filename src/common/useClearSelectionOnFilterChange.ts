import { useEffect, useRef } from 'react';
import { useListContext } from 'react-admin';

/**
 * react-admin keeps the row selection when the filters change (by design, #10275), so a bulk action
 * could hit rows no longer shown (a known react-admin trap): call this inside a list to clear it on every change.
 */
export function useClearSelectionOnFilterChange(): void {
  const { filterValues, onUnselectItems } = useListContext();
  const key = JSON.stringify(filterValues);
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current !== key) onUnselectItems();
    previous.current = key;
  }, [key, onUnselectItems]);
}
