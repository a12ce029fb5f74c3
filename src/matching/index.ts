/** Matching screens (issue 8): tab contents for the offer and candidate pages. */
export { BestMatches } from './BestMatches';
export { CandidateMatchingOffers, MatchingOffers } from './MatchingOffers';
export { MatchScoreField } from './MatchScoreField';
