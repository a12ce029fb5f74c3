import type { Candidate, MatchReason, Offer } from '../../src/types';
import { REFERENCE_DATE } from '../db/types';
import { TopK } from './matching-heap';
import { MatchIndex, OfferIndex, type Term } from './matching-index';
import { availabilityFit, contractFit, locationFit, payFit, seniorityFit, WEIGHTS } from './matching-signals';
import {
  type Idf,
  type PreparedCandidate,
  type PreparedOffer,
  prepareCandidate,
  prepareOffer,
  priorIdf,
  type SkillDetail,
  skillFit,
  TEXT_SKILL_CREDIT,
} from './matching-skills';

/**
 * The matching engine (issue 8): pure, no I/O, on the record shapes of src/types.ts.
 *
 * score = round(45·skills + 15·seniority + 15·location/remote + 10·pay + 8·contract + 7·availability),
 * each signal a fit in 0..1 (see matching-signals.ts for each rule and WEIGHTS for why). Skills are
 * weighted by rarity: IDF over the ranked pool when ranking through a MatchIndex, the vocabulary's
 * market frequency otherwise (scoreMatch alone), so a rare required skill counts more.
 * Ranking visits only the records sharing a skill with the query (inverted index), skips those
 * whose best possible score cannot enter the top `limit` (bound on the non-skill signals), and keeps
 * the top in a bounded heap: ordered by score, then by id (oldest first) on ties.
 */

export { MatchIndex, OfferIndex } from './matching-index';
export { EUR_PER_GBP, LEVEL_YEARS, WEIGHTS } from './matching-signals';
export { extractSkills, TEXT_SKILL_CREDIT } from './matching-skills';

export interface MatchOptions {
  /** The reference "now" for availability; REFERENCE_DATE when absent, never the wall clock. */
  now?: string | number | Date;
  /** Skill rarity; defaults to the pool's (index) or the vocabulary's (no pool). */
  idf?: Idf;
}

export interface Match extends SkillDetail {
  score: number;
}
export type CandidateMatch = Match & { candidate: Candidate };
export type OfferMatch = Match & { offer: Offer };

interface Context {
  now: number;
  idf: Idf;
}

const NON_SKILL_POINTS = 100 - WEIGHTS.skills;
/** Absorbs float rounding in the bounds below, so a record tying the threshold is never dropped. */
const MARGIN = 1e-6;

function contextOf(options: MatchOptions, idf: Idf): Context {
  const now = options.now ?? REFERENCE_DATE;
  return {
    now: now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now),
    idf: options.idf ?? idf,
  };
}

/** Seniority and location: near-hard constraints and cheap, so ranking computes them first. */
function firstPoints(o: PreparedOffer, c: PreparedCandidate, out?: MatchReason[]): number {
  return (
    WEIGHTS.seniority * seniorityFit(o.record, c.record, out) +
    WEIGHTS.location * locationFit(o.record, c.record, o.cityKey, c.cityKey, out)
  );
}

const REST_POINTS = WEIGHTS.pay + WEIGHTS.contract + WEIGHTS.availability;

/** Pay, contract type and availability. */
function restPoints(o: PreparedOffer, c: PreparedCandidate, ctx: Context, out?: MatchReason[]): number {
  return (
    WEIGHTS.pay * payFit(o.record, c.record, out) +
    WEIGHTS.contract * contractFit(o.record, c.record, out) +
    WEIGHTS.availability * availabilityFit(c.availableAt, ctx.now, out)
  );
}

/** The score of a pair given its skill points, or -Infinity as soon as it cannot beat `threshold`. */
function boundedScore(
  o: PreparedOffer,
  c: PreparedCandidate,
  ctx: Context,
  skillPoints: number,
  threshold: number,
): number {
  if (skillPoints + NON_SKILL_POINTS + MARGIN < threshold) return Number.NEGATIVE_INFINITY;
  const points = skillPoints + firstPoints(o, c);
  if (points + REST_POINTS + MARGIN < threshold) return Number.NEGATIVE_INFINITY;
  return points + restPoints(o, c, ctx);
}

function explain(o: PreparedOffer, c: PreparedCandidate, ctx: Context): Match {
  const detail: SkillDetail = { matchedSkills: [], missingSkills: [], reasons: [] };
  const raw =
    WEIGHTS.skills * skillFit(o, c, ctx.idf, detail) +
    firstPoints(o, c, detail.reasons) +
    restPoints(o, c, ctx, detail.reasons);
  return { score: Math.round(raw), ...detail };
}

/** Score (0..100, integer) of one candidate for one offer, with the reasons and the skills matched and missing. */
export function scoreMatch(offer: Offer, candidate: Candidate, options: MatchOptions = {}): Match {
  return explain(prepareOffer(offer), prepareCandidate(candidate), contextOf(options, priorIdf));
}

/**
 * Records sharing no skill score at most NON_SKILL_POINTS: they are looked at only while the top is
 * not full or that low, and then at most this many (in index order), so the fallback stays cheap.
 */
function fallbackScan(limit: number): number {
  return Math.max(1000, limit * 50);
}

/**
 * The loop shared by both directions: the index sums the skill weights of every record sharing a
 * skill (strongest first); a record whose points so far plus a perfect fit on the signals not yet
 * computed could not enter the top `limit` is dropped without computing them (boundedScore).
 */
function topOf<P extends PreparedOffer | PreparedCandidate>(
  index: {
    forEachSharing(
      terms: readonly Term[],
      head: number,
      wantMore: () => boolean,
      scan: number,
      visit: (entry: P, sum: number) => void,
    ): void;
  },
  terms: readonly Term[],
  limit: number,
  skillPoints: (entry: P, sum: number) => number,
  score: (entry: P, skillPoints: number, threshold: number) => number,
): P[] {
  if (limit <= 0) return [];
  const top = new TopK<P>(limit);
  const wantMore = () => top.threshold <= NON_SKILL_POINTS + MARGIN;
  index.forEachSharing(terms, limit, wantMore, fallbackScan(limit), (entry, sum) => {
    const total = score(entry, skillPoints(entry, sum), top.threshold);
    if (total !== Number.NEGATIVE_INFINITY) top.push(entry, entry.record.id, total);
  });
  return top.sorted().map((r) => r.item);
}

/**
 * The best `limit` candidates for an offer, best first. Pass a MatchIndex (built once, kept
 * current on writes) to rank a large pool fast; a plain array is indexed on the spot.
 */
export function rankCandidates(
  offer: Offer,
  candidates: readonly Candidate[] | MatchIndex,
  limit = 10,
  options: MatchOptions = {},
): CandidateMatch[] {
  const index = candidates instanceof MatchIndex ? candidates : new MatchIndex(candidates);
  const ctx = contextOf(options, index.idf);
  const o = prepareOffer(offer);
  const terms = o.skills.map((skill) => ({ skill, weight: ctx.idf(skill) }));
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  // Same rule as skillFit: an offer without skills is neutral for everybody.
  const points = (sum: number) => WEIGHTS.skills * (total > 0 ? sum / total : 0.5);
  const ranked = topOf<PreparedCandidate>(
    index,
    terms,
    limit,
    (_, sum) => points(sum),
    (c, skillPoints, threshold) => boundedScore(o, c, ctx, skillPoints, threshold),
  );
  return ranked.map((c) => ({ candidate: c.record, ...explain(o, c, ctx) }));
}

/**
 * The best `limit` offers for a candidate, best first (the caller chooses which offers are
 * eligible, e.g. published ones of the reader's scope). Pass `idf` from the candidates' MatchIndex
 * so rarity means the same on both sides.
 */
export function rankOffers(
  candidate: Candidate,
  offers: readonly Offer[] | OfferIndex,
  limit = 10,
  options: MatchOptions = {},
): OfferMatch[] {
  const index = offers instanceof OfferIndex ? offers : new OfferIndex(offers);
  const ctx = contextOf(options, priorIdf);
  const c = prepareCandidate(candidate);
  const idf = memoize(ctx.idf);
  const terms = [
    ...[...c.skills].map((skill) => ({ skill, weight: idf(skill) })),
    ...[...c.textSkills].map((skill) => ({ skill, weight: idf(skill) * TEXT_SKILL_CREDIT })),
  ];
  const points = (o: PreparedOffer, sum: number) => {
    let total = 0;
    for (const skill of o.skills) total += idf(skill);
    return WEIGHTS.skills * (total > 0 ? sum / total : 0.5);
  };
  const ranked = topOf<PreparedOffer>(index, terms, limit, points, (o, skillPoints, threshold) =>
    boundedScore(o, c, ctx, skillPoints, threshold),
  );
  return ranked.map((o) => ({ offer: o.record, ...explain(o, c, ctx) }));
}

function memoize(idf: Idf): Idf {
  const cache = new Map<string, number>();
  return (skill) => {
    let value = cache.get(skill);
    if (value === undefined) {
      value = idf(skill);
      cache.set(skill, value);
    }
    return value;
  };
}
