import { useReference } from 'react-admin';
import type { Candidate, Identifier } from '../model/types';

/**
 * Whether the person was erased (GDPR): the API then refuses any new record about them (an
 * interview, a scorecard, a note), so the screens offer none. Read through the same cache as the
 * page's own candidate reference field, so it costs no extra call there.
 */
export function useAnonymised(candidateId: Identifier | null | undefined): boolean {
  const { referenceRecord } = useReference<Candidate>({
    reference: 'candidates',
    id: candidateId ?? 0,
    options: { enabled: candidateId != null },
  });
  return typeof referenceRecord?.anonymizedAt === 'string';
}
