import { type UseQueryResult, useQueries } from '@tanstack/react-query';
import { useRef } from 'react';
import { type RaRecord, useDataProvider } from 'react-admin';

/**
 * The records behind a column's cards (candidates, offers), fetched in chunks (the API caps a
 * recruiter's candidate reads at 30 a request). Each id is asked for once: a new page of cards asks
 * only for the ids it brings, so scrolling a 2,000-card column costs about one call per page, not a
 * re-fetch of every chunk whose boundaries moved. Names and titles do not change under a board.
 */
const CHUNK = 25;

export function useRecordsById<T extends RaRecord>(
  resource: string,
  ids: number[],
  enabled = true,
): Map<number, T> {
  const dataProvider = useDataProvider();
  const asked = useRef(new Set<number>());
  const chunks = useRef<number[][]>([]);
  // The ids come memoised from the column's cards: the same array brings no new id.
  const lastIds = useRef<number[] | null>(null);
  if (enabled && ids !== lastIds.current) {
    lastIds.current = ids;
    const fresh = [...new Set(ids)].filter((id) => !asked.current.has(id));
    for (let i = 0; i < fresh.length; i += CHUNK) chunks.current.push(fresh.slice(i, i + CHUNK));
    for (const id of fresh) asked.current.add(id);
  }
  return useQueries({
    queries: chunks.current.map((chunk) => ({
      queryKey: [resource, 'pipelineMany', chunk],
      queryFn: async () => (await dataProvider.getMany<T>(resource, { ids: chunk })).data,
      enabled,
      staleTime: Number.POSITIVE_INFINITY,
    })),
    combine: byIdOf<T>,
  });
}

/**
 * Module-level, so react-query rebuilds the map only when a chunk's data changes: the column
 * re-renders on every selection move (j/k) and derives its name and title maps from this one.
 */
function byIdOf<T extends RaRecord>(results: UseQueryResult<T[]>[]): Map<number, T> {
  const byId = new Map<number, T>();
  for (const result of results) for (const record of result.data ?? []) byId.set(Number(record.id), record);
  return byId;
}
