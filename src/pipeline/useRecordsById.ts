import { useQueries } from '@tanstack/react-query';
import { type RaRecord, useDataProvider } from 'react-admin';

/**
 * The records behind a column's cards (candidates, offers), fetched in chunks: the API caps a
 * recruiter's candidate reads at 30 a request, and a loaded column can hold more.
 */
const CHUNK = 25;

export function useRecordsById<T extends RaRecord>(
  resource: string,
  ids: number[],
  enabled = true,
): Map<number, T> {
  const dataProvider = useDataProvider();
  const unique = [...new Set(ids)];
  const chunks: number[][] = [];
  for (let i = 0; i < unique.length; i += CHUNK) chunks.push(unique.slice(i, i + CHUNK));
  const results = useQueries({
    queries: chunks.map((chunk) => ({
      queryKey: [resource, 'pipelineMany', chunk],
      queryFn: async () => (await dataProvider.getMany<T>(resource, { ids: chunk })).data,
      enabled,
      staleTime: 60_000,
    })),
  });
  const byId = new Map<number, T>();
  for (const result of results) for (const record of result.data ?? []) byId.set(Number(record.id), record);
  return byId;
}
