import type { Candidate } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { badRequest } from '../api/errors';
import { msg } from '../api/translate';
import { type Predicate, textPredicate } from '../records/query';
import { foldText } from '../records/text';

/**
 * Applications hold no text of their own: their `q` searches the candidate's name, as a recruiter
 * types it on the board. Returns the params without `q` and the condition to add, or nothing when
 * there is no `q` (the generic list then answers as for any resource).
 */
const NAME_FIELDS = ['firstName', 'lastName'];

export function candidateNameSearch(
  state: MockState,
  params: URLSearchParams,
): { params: URLSearchParams; where: Predicate } | undefined {
  let filter: Record<string, unknown>;
  try {
    filter = JSON.parse(params.get('filter') ?? '{}');
  } catch {
    return undefined; // the generic parser words the 400
  }
  if (typeof filter !== 'object' || filter === null || !('q' in filter)) return undefined;
  const { q, ...rest } = filter;
  if (typeof q !== 'string' || q.length > 200) throw badRequest(msg('filter_invalid_q'));
  const words = foldText(q).split(/\s+/).filter(Boolean);
  const next = new URLSearchParams(params);
  next.set('filter', JSON.stringify(rest));
  const matches = textPredicate(NAME_FIELDS, words);
  const seen = new Map<number, boolean>();
  const where: Predicate = (row) => {
    const id = row.candidateId as number;
    let hit = seen.get(id);
    if (hit === undefined) {
      const candidate = state.tables.candidates.get(id) as Candidate | undefined;
      hit = candidate !== undefined && matches(candidate as unknown as Record<string, unknown>);
      seen.set(id, hit);
    }
    return hit;
  };
  return { params: next, where };
}
