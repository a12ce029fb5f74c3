import { useMemo } from 'react';
import { useLocation, useNavigate } from 'react-admin';
import type { BoardFilter } from './usePipelineColumn';

/**
 * The board's filters live in the URL (`#/pipeline?offerId=12&q=dupont`), so a board can be shared
 * and survives a reload. Keys are API filter names; ids are numbers, the rest strings.
 */
export const FILTER_KEYS = [
  'companyId',
  'offerId',
  'recruiterId',
  'q',
  'appliedAt_gte',
  'appliedAt_lte',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
const NUMERIC: readonly FilterKey[] = ['companyId', 'offerId', 'recruiterId'];

export function parseBoardFilter(search: string): BoardFilter {
  const params = new URLSearchParams(search);
  const filter: BoardFilter = {};
  for (const key of FILTER_KEYS) {
    const raw = params.get(key)?.trim();
    if (!raw) continue;
    if (NUMERIC.includes(key)) {
      const id = Number(raw);
      if (Number.isSafeInteger(id) && id > 0) filter[key] = id;
    } else if (!key.startsWith('appliedAt') || /^\d{4}-\d{2}-\d{2}$/.test(raw)) filter[key] = raw;
  }
  return filter;
}

/** `fixed` filters (e.g. the offer of an offer page) always apply and are not shown in the URL. */
export function useBoardFilter(fixed: BoardFilter = {}) {
  const location = useLocation();
  const navigate = useNavigate();
  const fromUrl = useMemo(() => parseBoardFilter(location.search), [location.search]);
  const fixedKey = JSON.stringify(fixed);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `fixed` is compared by value
  const filter = useMemo(() => {
    const api: BoardFilter = { ...fromUrl, ...fixed };
    // "Applied until" a day includes that whole day.
    if (typeof api.appliedAt_lte === 'string') api.appliedAt_lte = `${api.appliedAt_lte}T23:59:59.999Z`;
    return api;
  }, [fromUrl, fixedKey]);

  const setFilter = (key: FilterKey, value: string | number | null) => {
    const params = new URLSearchParams(location.search);
    if (value === null || value === '') params.delete(key);
    else params.set(key, String(value));
    const search = params.toString();
    navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { replace: true });
  };
  const clear = () => navigate({ pathname: location.pathname, search: '' }, { replace: true });
  return { filter, urlFilter: fromUrl, setFilter, clear };
}
