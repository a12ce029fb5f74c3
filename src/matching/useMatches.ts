import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { Identifier } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';

export const MATCHES_PAGE = 10;

/**
 * The ranked matches of an offer (candidates) or of a candidate (offers), first page then more on
 * demand: the API ranks on each call, so asking for a longer prefix keeps the order stable.
 */
export function useMatches<T>(resource: 'offers' | 'candidates', id: Identifier) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const [count, setCount] = useState(MATCHES_PAGE);
  const query = useQuery({
    queryKey: ['matches', resource, id, count],
    queryFn: () => dataProvider.getMatches<T>(resource, id, [0, count - 1]),
    placeholderData: keepPreviousData,
  });
  const total = query.data?.total ?? 0;
  const shown = query.data?.data.length ?? 0;
  return {
    ...query,
    results: query.data?.data ?? [],
    total,
    hasMore: shown < total && shown >= count,
    showMore: () => setCount((c) => c + MATCHES_PAGE),
  };
}
