import type { Candidate, MatchResult, Offer, User } from '../../src/types';
import type { MockState } from '../db/store';
import { companyTagIndex } from '../domain/candidate-tags';
import { companyRows } from '../domain/indexes';
import { rankCandidates, rankOffers } from '../domain/matching';
import { candidateIndex, publishedOfferIndex } from '../domain/matching-store';
import { assertCan, fullAccessSet } from '../domain/permissions';
import { parseRange } from '../domain/query';
import { findVisible, maskedFor, RECRUITER_CANDIDATE_PAGE, readView } from '../domain/records';
import { countCandidateRead } from '../domain/usage';
import { ok, type Reply, type RouteContext, recordId, route } from './http';

/**
 * GET /api/offers/{id}/matches and /api/candidates/{id}/matches (DESIGN.md §7): the ranked lists
 * with score and reasons, scoped like the rest (a recruiter ranks their own offers, sees database
 * candidates masked until unlocked, and is proposed their own company's offers only).
 */

/** A ranking is a shortlist: nobody pages past the first hundred. */
export const MAX_MATCHES = 100;
const DEFAULT_RANGE: [number, number] = [0, 9];

function rangeOf(ctx: RouteContext): [number, number] {
  const page = ctx.user.role === 'recruiter' ? RECRUITER_CANDIDATE_PAGE : MAX_MATCHES;
  const [start, end] = parseRange(ctx.query.get('range'), page) ?? DEFAULT_RANGE;
  return [start, Math.min(end, MAX_MATCHES - 1)];
}

function page<T>(name: string, results: Array<MatchResult<T>>, start: number, available: number): Reply {
  const rows = results.slice(start);
  const total = Math.min(available, MAX_MATCHES);
  const end = rows.length > 0 ? start + rows.length - 1 : start;
  return ok(rows, 200, { 'Content-Range': `${name} ${start}-${end}/${total}` });
}

function offerMatches(ctx: RouteContext): Reply {
  const { state, user } = ctx;
  assertCan(user, 'offers', 'show');
  // Ranking candidates shows candidates: sales may read offers but never candidates.
  assertCan(user, 'candidates', 'list');
  const offer = findVisible(state, user, 'offers', recordId(ctx)) as unknown as Offer;
  const [start, end] = rangeOf(ctx);
  const index = candidateIndex(state);
  const ranked = rankCandidates(offer, index, end + 1, { now: state.clock.now() });
  const full = fullAccessSet(state, user);
  countCandidateRead(
    state,
    user,
    ranked.slice(start).map(({ candidate }) => candidate),
    maskedFor(user, full),
    { byId: false, start },
  );
  const tags = companyTagIndex(state, user.companyId);
  const results = ranked.map(({ candidate, ...match }) => ({
    id: candidate.id,
    record: readView(state, user, 'candidates', candidate as never, full, tags) as unknown as Candidate,
    ...match,
  }));
  return page('matches', results, start, index.size);
}

/** The offers a user may be proposed: a recruiter's own company's published ones, else all published. */
function eligibleOffers(state: MockState, user: User) {
  if (user.role !== 'recruiter' || user.companyId === null) return publishedOfferIndex(state);
  return (companyRows(state.tables.offers, user.companyId) as Offer[]).filter(
    (o) => o.status === 'published',
  );
}

function candidateMatches(ctx: RouteContext): Reply {
  const { state, user } = ctx;
  assertCan(user, 'candidates', 'show');
  const candidate = findVisible(state, user, 'candidates', recordId(ctx)) as unknown as Candidate;
  const [start, end] = rangeOf(ctx);
  if (candidate.anonymizedAt) return page<Offer>('matches', [], start, 0);
  const offers = eligibleOffers(state, user);
  // Rarity as on the offer side, so a pair scores the same from both pages.
  const idf = candidateIndex(state).idf;
  const ranked = rankOffers(candidate, offers, end + 1, { now: state.clock.now(), idf });
  const results = ranked.map(({ offer, ...match }) => ({ id: offer.id, record: offer, ...match }));
  return page('matches', results, start, Array.isArray(offers) ? offers.length : offers.size);
}

export const matchingHandlers = [
  route('get', '/api/offers/:id/matches', offerMatches, { list: true }),
  route('get', '/api/candidates/:id/matches', candidateMatches, { list: true }),
];
