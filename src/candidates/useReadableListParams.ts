import { useEffect } from 'react';
import { type SortPayload, useListContext, useNotify, usePermissions, useTranslate } from 'react-admin';
import type { Role } from '../model/types';
import { isMaskedKey, withoutMaskedFilters } from './maskedListParams';

/**
 * For a recruiter, drops from the list's parameters (the URL, a saved search) any sort or filter on
 * a masked contact field, back to `fallbackSort`, and says so: the API would refuse the whole page.
 */
export function useReadableListParams(fallbackSort: SortPayload): void {
  const { permissions } = usePermissions<{ role: Role } | null>();
  const { filterValues, displayedFilters, sort, setFilters, setSort } = useListContext();
  const notify = useNotify();
  const translate = useTranslate();
  const recruiter = permissions?.role === 'recruiter';
  useEffect(() => {
    if (!recruiter) return;
    const { filter, dropped } = withoutMaskedFilters(filterValues);
    const sortDropped = isMaskedKey(sort.field);
    if (dropped.length === 0 && !sortDropped) return;
    if (dropped.length > 0) setFilters(filter, displayedFilters, false);
    if (sortDropped) setSort(fallbackSort);
    const fields = [...dropped, ...(sortDropped ? [sort.field] : [])].map((key) =>
      translate(`resources.candidates.fields.${key.replace(/_(gte|lte|gt|lt|neq)$/, '')}`),
    );
    notify('resources.candidates.masked_params_dropped', {
      type: 'info',
      messageArgs: { fields: [...new Set(fields)].join(', ') },
    });
  }, [recruiter, filterValues, displayedFilters, sort, setFilters, setSort, fallbackSort, notify, translate]);
}
