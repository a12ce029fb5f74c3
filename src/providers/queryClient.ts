import { QueryClient } from '@tanstack/react-query';
import { RESOURCES } from '../model/types';
import { sessionAnswer } from './authProvider';

/**
 * How long a page of a list stays fresh: back from a record to its list, or on to a prefetched
 * next page, within this time shows the cached rows without asking again. Writes through
 * react-admin (and our verbs' invalidations) refresh lists at once; single records and stats keep
 * React Query's default (refetched on every mount, shown from cache meanwhile).
 */
export const LIST_STALE_TIME_MS = 30_000;

export function createQueryClient(): QueryClient {
  const client = new QueryClient();
  // react-admin's list keys start with [resource, 'getList'].
  for (const resource of RESOURCES)
    client.setQueryDefaults([resource, 'getList'], { staleTime: LIST_STALE_TIME_MS });
  // Signed in, react-admin's auth queries have their answer as they are made (sessionAnswer), so a
  // page asks for its data on its first render. React Query still calls the authProvider behind.
  client.getQueryCache().subscribe((event) => {
    if (event.type !== 'added') return;
    const answer = sessionAnswer(event.query.queryKey);
    if (answer) event.query.setData(answer.value);
  });
  return client;
}
