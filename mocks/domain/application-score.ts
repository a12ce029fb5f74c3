import type { Application, Candidate, Offer } from '../../src/types';
import type { MockState } from '../db/store';
import { scoreMatch } from './matching';
import { candidateIndex } from './matching-store';

/**
 * The read-only `matchScore` of an application (issues 5 and 8): scoreMatch of its offer and its
 * candidate, with the skill rarity of the ranked pool and the API's clock, so a pipeline card shows
 * the very score of the offer's "Best matches". Computed on every read of a page (25 pairs at most
 * on the board), never stored: it follows any edit of the offer or the candidate at once.
 */
export function matchScoreOf(
  state: MockState,
  app: Pick<Application, 'offerId' | 'candidateId'>,
): number | null {
  const offer = state.tables.offers.get(app.offerId) as Offer | undefined;
  const candidate = state.tables.candidates.get(app.candidateId) as Candidate | undefined;
  // An anonymised profile is not ranked anywhere: no score to show for it either.
  if (!offer || !candidate || candidate.anonymizedAt) return null;
  return scoreMatch(offer, candidate, { now: state.clock.now(), idf: candidateIndex(state).idf }).score;
}

export function withMatchScore<T extends Pick<Application, 'offerId' | 'candidateId'>>(
  state: MockState,
  app: T,
): T & { matchScore: number | null } {
  return { ...app, matchScore: matchScoreOf(state, app) };
}
