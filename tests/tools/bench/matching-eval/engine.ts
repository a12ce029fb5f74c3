import { REFERENCE_DATE } from '../../../../mocks/db/types';
import { MatchIndex, OfferIndex, rankCandidates, rankOffers } from '../../../../mocks/domain/matching/engine';
import type { OfferFeedback } from '../../../../mocks/domain/matching/feedback';
import { DEFAULT_PARAMS, type MatchParams } from '../../../../mocks/domain/matching/params';
import type { Candidate, Offer } from '../../../../src/model/types';
import { K, type Rankers } from './evaluate';
import type { BuiltHalf } from './set';

export interface EngineRankers extends Rankers {
  /** The offer's top `k` candidates, with what the recruiter said so far. */
  rank(offer: Offer, feedback: OfferFeedback | undefined, k: number): Candidate[];
}

/** The matching engine as a ranker of one half: every profile for an offer, every offer for a profile. */
export function engineRankers(half: BuiltHalf, params: MatchParams = DEFAULT_PARAMS): EngineRankers {
  const candidates = new MatchIndex(half.candidates, params);
  const offers = new OfferIndex(half.offers, params);
  const now = REFERENCE_DATE;
  const rank = (offer: Offer, feedback: OfferFeedback | undefined, k: number) =>
    rankCandidates(offer, candidates, k, { now, feedback, params }).map((m) => m.candidate);
  return {
    rank,
    candidatesFor: (offer) => rank(offer, undefined, K),
    offersFor: (candidate) =>
      rankOffers(candidate, offers, K, { now, idf: candidates.idf, params }).map((m) => m.offer),
  };
}
