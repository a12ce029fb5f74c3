import { RECRUITER_CANDIDATE_PAGE, roleCan } from '../../src/model/permissions';
import type { Candidate, MatchFeedback, MatchResult, Offer, User } from '../../src/model/types';
import type { MockState } from '../db/types';
import { assertCan } from '../domain/accounts/permissions';
import { rankCandidates, rankOffers } from '../domain/matching/engine';
import type { OfferFeedback } from '../domain/matching/feedback';
import {
  feedbackOfOffer,
  offerFeedbackOf,
  parseFeedback,
  removeFeedback,
  setFeedback,
  verdictsOf,
} from '../domain/matching/feedback-records';
import { candidateIndex, publishedOfferIndex } from '../domain/matching/store';
import { companyRows } from '../domain/records/indexes';
import { parseRange } from '../domain/records/query';
import { findVisible, readsOf } from '../domain/records/reads';
import { ok, type Reply, type RouteContext, recordId, route } from './http';

/**
 * GET /api/offers/{id}/matches and /api/candidates/{id}/matches (docs/api.md): the ranked lists
 * with score, points per signal and reasons, scoped like the rest (a recruiter ranks their own
 * offers, sees database candidates masked until unlocked, and is proposed their own company's
 * offers only). A company's verdicts (issue 18) shape the rankings its own recruiters see; staff
 * see the engine's own ranking, with the verdicts shown.
 *
 * GET|POST /api/offers/{id}/match-feedback and DELETE /api/offers/{id}/match-feedback/{candidateId}:
 * a company's verdicts on its offer's matches, "Good match" or "Not a fit" with a reason.
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
  const feedback = ownCompany(user, offer) ? offerFeedbackOf(state, offer) : undefined;
  const ranked = rankCandidates(offer, index, end + 1, { now: state.clock.now(), feedback });
  const reads = readsOf(state, user, 'candidates');
  reads.shown(
    ranked.slice(start).map(({ candidate }) => candidate as never),
    { byId: false, start },
  );
  const records = reads.view(ranked.map(({ candidate }) => candidate as never)) as unknown as Candidate[];
  const verdicts = roleCan(user.role, 'match-feedback', 'list') ? verdictsOf(state, offer) : new Map();
  const results = ranked.map(({ candidate, ...match }, i) => ({
    id: candidate.id,
    record: records[i],
    ...match,
    feedback: verdicts.get(candidate.id) ?? null,
  }));
  return page('matches', results, start, index.size);
}

/** Feedback personalises a ranking for the company it belongs to, and no one else. */
const ownCompany = (user: User, offer: Offer): boolean =>
  user.role === 'recruiter' && user.companyId === offer.companyId;

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
  // Rarity and feedback as on the offer side, so a pair scores the same from both pages.
  const index = candidateIndex(state);
  const feedbacks = new Map<number, OfferFeedback | undefined>();
  const feedbackOf = (offer: Offer) => {
    if (!ownCompany(user, offer)) return undefined;
    if (!feedbacks.has(offer.id)) feedbacks.set(offer.id, offerFeedbackOf(state, offer));
    return feedbacks.get(offer.id);
  };
  const ranked = rankOffers(candidate, offers, end + 1, {
    now: state.clock.now(),
    idf: index.idf,
    index,
    feedbackOf,
  });
  const verdicts = new Map<number, Pick<MatchFeedback, 'verdict' | 'reason'>>();
  if (user.companyId !== null && roleCan(user.role, 'match-feedback', 'list'))
    for (const row of companyRows(state.tables.matchFeedback, user.companyId) as MatchFeedback[])
      if (row.candidateId === candidate.id)
        verdicts.set(row.offerId, { verdict: row.verdict, reason: row.reason });
  const results = ranked.map(({ offer, ...match }) => ({
    id: offer.id,
    record: offer,
    ...match,
    feedback: verdicts.get(offer.id) ?? null,
  }));
  return page('matches', results, start, Array.isArray(offers) ? offers.length : offers.size);
}

/** The offer a feedback route is about: one the caller's company may judge (404 outside its tenant). */
function judgedOffer(ctx: RouteContext, action: 'list' | 'create' | 'delete'): Offer {
  assertCan(ctx.user, 'match-feedback', action);
  return findVisible(ctx.state, ctx.user, 'offers', Number(ctx.params.id)) as unknown as Offer;
}

export const matchingHandlers = [
  route('get', '/api/offers/:id/matches', offerMatches, { list: true }),
  route('get', '/api/candidates/:id/matches', candidateMatches, { list: true }),
  route('get', '/api/offers/:id/match-feedback', (ctx) => {
    const rows = feedbackOfOffer(ctx.state, judgedOffer(ctx, 'list'));
    return ok(rows, 200, {
      'Content-Range': `match-feedback 0-${Math.max(0, rows.length - 1)}/${rows.length}`,
    });
  }),
  route('post', '/api/offers/:id/match-feedback', (ctx) => {
    const offer = judgedOffer(ctx, 'create');
    const { row, created } = setFeedback(ctx.state, ctx.user, offer, parseFeedback(ctx.state, ctx.body));
    return ok(row, created ? 201 : 200);
  }),
  route('delete', '/api/offers/:id/match-feedback/:candidateId', (ctx) => {
    const offer = judgedOffer(ctx, 'delete');
    return ok(removeFeedback(ctx.state, ctx.user, offer, recordId(ctx, 'candidateId')));
  }),
];
