import { useGetList } from 'react-admin';
import type { Application, Identifier } from '../model/types';

/**
 * The applications already linked to the listed matches, in one request (the list filter
 * `{offerId, candidateId: [ids]}`, arrays meaning "in"), keyed by the id of the other side.
 */
export function useExistingApplications(
  fixed: { offerId: Identifier } | { candidateId: Identifier },
  ids: Identifier[],
  enabled: boolean,
) {
  const other = 'offerId' in fixed ? 'candidateId' : 'offerId';
  const { data, refetch } = useGetList<Application>(
    'applications',
    {
      filter: { ...fixed, [other]: ids },
      pagination: { page: 1, perPage: Math.max(ids.length, 1) },
      sort: { field: 'id', order: 'ASC' },
    },
    { enabled: enabled && ids.length > 0 },
  );
  const byId = new Map<Identifier, Application>();
  for (const application of data ?? []) byId.set(application[other], application);
  return { byId, refetch };
}
