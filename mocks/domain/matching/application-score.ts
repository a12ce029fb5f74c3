import type { Application, Candidate, Offer, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { scoreMatch } from './engine';
import { offerFeedbackOf } from './feedback-records';
import { candidateIndex } from './store';

/**
 * The read-only `matchScore` of an application (issues 5 and 8): scoreMatch of its offer and its
 * candidate, with the skill rarity of the ranked pool, the API's clock and, for the offer's own
 * company, its feedback (issue 18), so a pipeline card shows the very score of the offer's "Best
 * matches" as that reader sees them. Computed on every read of a page (25 pairs at most on the
 * board), never stored: it follows any edit of the offer, the candidate or the feedback at once.
 */
export function matchScoreOf(
  state: MockState,
  user: User,
  app: Pick<Application, 'offerId' | 'candidateId'>,
): number | null {
  const offer = state.tables.offers.get(app.offerId) as Offer | undefined;
  const candidate = state.tables.candidates.get(app.candidateId) as Candidate | undefined;
  // An anonymised profile is not ranked anywhere: no score to show for it either.
  if (!offer || !candidate || candidate.anonymizedAt) return null;
  const index = candidateIndex(state);
  const own = user.role === 'recruiter' && user.companyId === offer.companyId;
  const feedback = own ? offerFeedbackOf(state, offer) : undefined;
  return scoreMatch(offer, candidate, { now: state.clock.now(), idf: index.idf, feedback }).score;
}

export function withMatchScore<T extends Pick<Application, 'offerId' | 'candidateId'>>(
  state: MockState,
  user: User,
  app: T,
): T & { matchScore: number | null } {
  return { ...app, matchScore: matchScoreOf(state, user, app) };
}
