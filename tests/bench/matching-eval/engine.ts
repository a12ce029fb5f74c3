import { REFERENCE_DATE } from '../../../mocks/db/types';
import { MatchIndex, OfferIndex, rankCandidates, rankOffers } from '../../../mocks/domain/matching';
import { K, type Rankers } from './evaluate';
import type { BuiltHalf } from './set';

/** The matching engine as a ranker of one half: every profile for an offer, every offer for a profile. */
export function engineRankers(half: BuiltHalf): Rankers {
  const candidates = new MatchIndex(half.candidates);
  const offers = new OfferIndex(half.offers);
  const now = REFERENCE_DATE;
  return {
    candidatesFor: (offer) => rankCandidates(offer, candidates, K, { now }).map((m) => m.candidate),
    offersFor: (candidate) =>
      rankOffers(candidate, offers, K, { now, idf: candidates.idf }).map((m) => m.offer),
  };
}
