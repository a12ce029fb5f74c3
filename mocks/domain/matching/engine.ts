import type { Candidate, MatchPoints, MatchReason, Offer } from '../../../src/model/types';
import { REFERENCE_DATE } from '../../db/types';
import { TopK } from '../records/top-k';
import {
  exemplarVector,
  explainFeedback,
  type FeedbackVector,
  type OfferFeedback,
  shortfallWeights,
} from './feedback';
import { DEFAULT_PARAMS, type MatchParams, SIGNALS, type Signal } from './params';
import { availabilityFit, contractFit, locationFit, payFit, seniorityFit } from './signals';
import {
  explainSkills,
  explainText,
  type Idf,
  isText,
  type PreparedCandidate,
  type PreparedOffer,
  prepareCandidate,
  prepareOffer,
  priorIdf,
  type SkillDetail,
  termWeight,
} from './skills';
import { MatchIndex, OfferIndex, type Term } from './term-index';

/**
 * The matching engine (issues 8 and 18): pure, no I/O, on the record shapes of src/model/types.ts.
 *
 * score = gate · (skills + text) + seniority + location + pay + contract + availability, in points
 * out of 100 (weights in matching/params.json, tuned on the labelled set):
 * - skills: the share of the offer's skills the profile covers, each weighted by its rarity in the
 *   pool and by where the offer names it (title, list, description); a skill listed counts fully,
 *   one named in the headline or summary, a parent (Java for Spring Boot) or an interchangeable
 *   one (Vue.js for React) partly (matching/skills.ts, matching/vocabulary.ts);
 * - text: the same over the free text: the job words and skills the offer's title and description
 *   name, against those the headline and summary name, French and English folded onto one
 *   vocabulary (TF-IDF: rarity-weighted, a title's words counting more than a description's);
 * - gate: a profile short of the years asked loses part of both, so a long list of keywords
 *   cannot make up for seniority;
 * - feedback (matching/feedback.ts): the offer's query moves towards the terms of the profiles the
 *   recruiter marked good, invited, interviewed or hired, and away from those marked not a fit for
 *   their skills (Rocchio); the reasons given, and what the good profiles lack, move the weights of
 *   the signals within bounds; a profile marked not a fit keeps only part of its score.
 * Ranking visits only the records sharing a term with the query (inverted index), skips those
 * whose best possible score cannot enter the top `limit`, and keeps the top in a bounded heap:
 * ordered by score, then by id (oldest first) on ties.
 */

export { DEFAULT_PARAMS, SIGNALS } from './params';
export { EUR_PER_GBP, LEVEL_YEARS } from './signals';
export { extractSkills, readSkills } from './skills';
export { MatchIndex, OfferIndex } from './term-index';

/** Points of each signal in the 0..100 score, as tuned. */
export const WEIGHTS = DEFAULT_PARAMS.weights;

export interface MatchOptions {
  /** The reference "now" for availability; REFERENCE_DATE when absent, never the wall clock. */
  now?: string | number | Date;
  /** Term rarity; defaults to the pool's (index) or the vocabulary's (no pool). */
  idf?: Idf;
  /** What the recruiter said about this offer's matches, and what the company's feedback taught. */
  feedback?: OfferFeedback;
  /** Parameters other than the tuned ones (the tuning script). */
  params?: MatchParams;
}

export interface Match extends SkillDetail {
  score: number;
  /** Points earned per signal, so a reader sees what separates two ranks. */
  points: MatchPoints;
}
export type CandidateMatch = Match & { candidate: Candidate };
export type OfferMatch = Match & { offer: Offer };

/** The query of one offer: each term's share of its channel (skills, job words), feedback applied. */
interface Query {
  terms: Map<string, number>;
  /** Whether each channel has terms; a channel without is neutral (half its points) for everybody. */
  has: [boolean, boolean];
}

/** Everything a ranking computes once per offer. */
interface Context {
  now: number;
  idf: Idf;
  params: MatchParams;
  /** Points per signal after the feedback's multipliers; they still add up to 100. */
  weights: Record<Signal, number>;
  query: Query;
  /** The seniority multiplier of the feedback, applied to the gate too. */
  gateFactor: number;
  feedback?: OfferFeedback;
  good: FeedbackVector | null;
  bad: FeedbackVector | null;
  /** The same offer without feedback, to tell what the feedback changed. */
  plain?: Context;
}

/** Absorbs float rounding in the bounds below, so a record tying the threshold is never dropped. */
const MARGIN = 1e-6;

const channelOf = (term: string): 0 | 1 => (isText(term) ? 1 : 0);

function nowOf(options: MatchOptions): number {
  const now = options.now ?? REFERENCE_DATE;
  return now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
}

/** Signal weights times multipliers, scaled back to 100 points in all. */
function weightsOf(
  params: MatchParams,
  multipliers: Partial<Record<Signal, number>>,
): Record<Signal, number> {
  const raw = SIGNALS.map((s) => params.weights[s] * (multipliers[s] ?? 1));
  const total = raw.reduce((a, b) => a + b, 0);
  return Object.fromEntries(SIGNALS.map((s, i) => [s, (raw[i] * 100) / total])) as Record<Signal, number>;
}

/** Each term's share of its channel; with feedback, moved towards the good profiles' terms and away from the bad ones'. */
function queryOf(
  o: PreparedOffer,
  idf: Idf,
  params: MatchParams,
  good: FeedbackVector | null,
  bad: FeedbackVector | null,
): Query {
  const terms = new Map<string, number>();
  const totals = [0, 0];
  for (const [term, weight] of o.query) {
    const w = weight * termWeight(term, idf);
    terms.set(term, w);
    totals[channelOf(term)] += w;
  }
  for (const [term, w] of terms) terms.set(term, w / totals[channelOf(term)]);
  const has: [boolean, boolean] = [totals[0] > 0, totals[1] > 0];
  if (!good && !bad) return { terms, has };
  for (const [vector, k] of [
    [good, params.feedback.good],
    [bad, -params.feedback.bad],
  ] as const) {
    if (!vector) continue;
    for (const [term, w] of vector.terms)
      if (has[channelOf(term)]) terms.set(term, (terms.get(term) ?? 0) + k * w);
  }
  // Rocchio's usual clip: a term is wanted or not, never held against a profile.
  for (const [term, w] of terms) if (w <= 0) terms.delete(term);
  // Scaled so a profile holding exactly the offer's own terms keeps its points: resembling the
  // good profiles beyond them lifts a profile, rather than every score rising together.
  const own = [0, 0];
  for (const term of o.query.keys()) own[channelOf(term)] += terms.get(term) ?? 0;
  for (const [term, w] of terms) {
    const base = own[channelOf(term)];
    if (base > 0) terms.set(term, w / base);
  }
  return { terms, has };
}

function contextOf(
  o: PreparedOffer,
  options: MatchOptions,
  idf: Idf,
  params: MatchParams,
  prepared: (c: Candidate) => PreparedCandidate,
): Context {
  const now = nowOf(options);
  const ctxIdf = options.idf ?? idf;
  const feedback = options.feedback;
  if (!feedback) {
    const weights = weightsOf(params, {});
    const query = queryOf(o, ctxIdf, params, null, null);
    return { now, idf: ctxIdf, params, weights, query, gateFactor: 1, good: null, bad: null };
  }
  const good = feedback.good.length > 0 ? exemplarVector(feedback.good, prepared, ctxIdf) : null;
  const bad = feedback.bad.length > 0 ? exemplarVector(feedback.bad, prepared, ctxIdf) : null;
  const fits = (c: Candidate) => signalFits(o, prepared(c), now, params);
  const multipliers = shortfallWeights(feedback, fits, params);
  return {
    now,
    idf: ctxIdf,
    params,
    weights: weightsOf(params, multipliers),
    query: queryOf(o, ctxIdf, params, good, bad),
    gateFactor: multipliers.seniority ?? 1,
    feedback,
    good,
    bad,
    plain: contextOf(o, { ...options, feedback: undefined }, idf, params, prepared),
  };
}

/** The fit (0..1) of a pair on each signal outside skills and text. */
function signalFits(o: PreparedOffer, c: PreparedCandidate, now: number, params: MatchParams) {
  return {
    seniority: seniorityFit(
      o.record.experienceLevel,
      o.requiredYears,
      c.record.yearsOfExperience,
      params.seniority.span,
    ),
    location: locationFit(o.record, c.record, o.cityKey, c.cityKey),
    pay: payFit(o.record, c.record),
    contract: contractFit(o.record, c.record),
    availability: availabilityFit(c.availableAt, now, o.record.contractType),
  };
}

/** Skills and text points of a pair (before the seniority gate), as the index sums them. */
function termPoints(c: PreparedCandidate, ctx: Context): [number, number] {
  const got = [0, 0];
  for (const [term, w] of ctx.query.terms) got[channelOf(term)] += w * (c.terms.get(term) ?? 0);
  return [
    ctx.weights.skills * (ctx.query.has[0] ? got[0] : 0.5),
    ctx.weights.text * (ctx.query.has[1] ? got[1] : 0.5),
  ];
}

/** The score of a pair given its term points, or -Infinity as soon as it cannot beat `threshold`. */
function scoreOf(
  o: PreparedOffer,
  c: PreparedCandidate,
  ctx: Context,
  skills: number,
  text: number,
  threshold: number,
  out?: { reasons: MatchReason[]; points: MatchPoints },
): number {
  const w = ctx.weights;
  const restMax = w.pay + w.contract + w.availability;
  if (skills + text + w.seniority + w.location + restMax + MARGIN < threshold)
    return Number.NEGATIVE_INFINITY;
  const r = out?.reasons;
  const years = c.record.yearsOfExperience;
  const span = ctx.params.seniority.span;
  const seniority = seniorityFit(o.record.experienceLevel, o.requiredYears, years, span, r);
  // Feedback that seniority matters makes a shortfall also cost more of the skills and text points.
  const gate = 1 - Math.min(1, ctx.params.seniority.gate * ctx.gateFactor) * (1 - seniority);
  const location = locationFit(o.record, c.record, o.cityKey, c.cityKey, r);
  const first = gate * (skills + text) + w.seniority * seniority + w.location * location;
  if (first + restMax + MARGIN < threshold) return Number.NEGATIVE_INFINITY;
  const pay = payFit(o.record, c.record, r);
  const contract = contractFit(o.record, c.record, r);
  const availability = availabilityFit(c.availableAt, ctx.now, o.record.contractType, r);
  const before = first + w.pay * pay + w.contract * contract + w.availability * availability;
  // A profile the recruiter turned down for this offer keeps a place, well below.
  const marked = ctx.feedback?.verdicts.get(c.record.id)?.verdict === 'not_a_fit';
  // Feedback may lift a perfect profile past 100: the order keeps that, the score shown stops at 100.
  const raw = Math.max(0, marked ? before * (1 - ctx.params.feedback.markedBad) : before);
  if (out) {
    const one = (value: number) => Math.round(value * 10) / 10;
    Object.assign(out.points, {
      skills: one(gate * skills),
      text: one(gate * text),
      seniority: one(w.seniority * seniority),
      location: one(w.location * location),
      pay: one(w.pay * pay),
      contract: one(w.contract * contract),
      availability: one(w.availability * availability),
      feedback: 0,
    });
  }
  return raw;
}

function explain(o: PreparedOffer, c: PreparedCandidate, ctx: Context): Match {
  const detail: SkillDetail = { matchedSkills: [], missingSkills: [], reasons: [] };
  explainSkills(o, c, detail);
  const base = ctx.plain ?? ctx;
  const [skills, text] = termPoints(c, base);
  const words = explainText(o, c, text / base.weights.text);
  if (words) detail.reasons.push(words);
  const points = {} as MatchPoints;
  // The breakdown is the engine's own reading; what the feedback changed is one more line of it.
  const plain = scoreOf(o, c, base, skills, text, Number.NEGATIVE_INFINITY, {
    reasons: detail.reasons,
    points,
  });
  let raw = plain;
  if (ctx.plain && ctx.feedback) {
    const [s, t] = termPoints(c, ctx);
    raw = scoreOf(o, c, ctx, s, t, Number.NEGATIVE_INFINITY);
    points.feedback = Math.round((raw - plain) * 10) / 10;
    detail.reasons.push(...explainFeedback(ctx.feedback, c, ctx, raw - plain, points, base.weights));
  }
  return { score: Math.min(100, Math.round(raw)), points, ...detail };
}

/** Score (0..100, integer) of one candidate for one offer, with the reasons and the skills matched and missing. */
export function scoreMatch(offer: Offer, candidate: Candidate, options: MatchOptions = {}): Match {
  const params = options.params ?? DEFAULT_PARAMS;
  const o = prepareOffer(offer, params);
  const ctx = contextOf(o, options, priorIdf, params, (c) => prepareCandidate(c, params));
  return explain(o, prepareCandidate(candidate, params), ctx);
}

/**
 * Records sharing no term score at most the non-term points: they are looked at only while the top
 * is not full or that low, and then at most this many (in index order), so the fallback stays cheap.
 */
function fallbackScan(limit: number): number {
  return Math.max(1000, limit * 50);
}

const nonTermPoints = (weights: Record<Signal, number>) =>
  SIGNALS.filter((s) => s !== 'skills' && s !== 'text').reduce((sum, s) => sum + weights[s], 0);

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
  if (limit <= 0) return [];
  const params = options.params ?? (candidates instanceof MatchIndex ? candidates.params : DEFAULT_PARAMS);
  const index = candidates instanceof MatchIndex ? candidates : new MatchIndex(candidates, params);
  const prepared = (c: Candidate) => index.get(c.id) ?? prepareCandidate(c, params);
  const o = prepareOffer(offer, params);
  const ctx = contextOf(o, options, index.idf, params, prepared);
  const points = [ctx.weights.skills, ctx.weights.text];
  const terms: Term[] = [...ctx.query.terms].map(([term, share]) => ({
    term,
    weight: points[channelOf(term)] * share,
    channel: channelOf(term),
  }));
  // Same rule as termPoints(): a channel without terms is neutral for everybody.
  const constant = [ctx.query.has[0] ? 0 : points[0] / 2, ctx.query.has[1] ? 0 : points[1] / 2];
  const top = new TopK<PreparedCandidate>(limit);
  const wantMore = () => top.threshold <= nonTermPoints(ctx.weights) + constant[0] + constant[1] + MARGIN;
  index.forEachSharing(terms, limit, wantMore, fallbackScan(limit), (c, s0, s1) => {
    const total = scoreOf(o, c, ctx, s0 + constant[0], s1 + constant[1], top.threshold);
    if (total !== Number.NEGATIVE_INFINITY) top.push(c, c.record.id, total);
  });
  return top.sorted().map(({ item: c }) => ({ candidate: c.record, ...explain(o, c, ctx) }));
}

/**
 * The best `limit` offers for a candidate, best first (the caller chooses which offers are
 * eligible, e.g. published ones of the reader's scope). Pass `idf` from the candidates' MatchIndex
 * so rarity means the same on both sides, and `feedbackOf` so an offer's feedback weighs as on its
 * own page: such an offer is scored in full, never pruned.
 */
export function rankOffers(
  candidate: Candidate,
  offers: readonly Offer[] | OfferIndex,
  limit = 10,
  options: MatchOptions & {
    feedbackOf?: (offer: Offer) => OfferFeedback | undefined;
    /** The candidates' index, to reuse the profiles it has prepared (feedback's exemplars). */
    index?: MatchIndex;
  } = {},
): OfferMatch[] {
  if (limit <= 0) return [];
  const params = options.params ?? (offers instanceof OfferIndex ? offers.params : DEFAULT_PARAMS);
  const index = offers instanceof OfferIndex ? offers : new OfferIndex(offers, params);
  const c = prepareCandidate(candidate, params);
  const idf = memoize(options.idf ?? priorIdf);
  const prepared = (x: Candidate) =>
    x.id === c.record.id ? c : (options.index?.get(x.id) ?? prepareCandidate(x, params));
  const weights = weightsOf(params, {});
  const contexts = new Map<number, Context>();
  const contextFor = (o: PreparedOffer): Context => {
    let ctx = contexts.get(o.record.id);
    if (!ctx) {
      const feedback = options.feedbackOf?.(o.record);
      ctx = contextOf(o, { ...options, idf, feedback }, idf, params, prepared);
      contexts.set(o.record.id, ctx);
    }
    return ctx;
  };
  // Walk the offers' postings with the candidate's credits; each offer's own totals normalise below.
  const terms: Term[] = [...c.terms].map(([term, credit]) => ({
    term,
    weight: credit * termWeight(term, idf),
    channel: channelOf(term),
  }));
  const top = new TopK<PreparedOffer>(limit);
  const plain = plainContext(params, weights, idf, options);
  const wantMore = () =>
    top.threshold <= nonTermPoints(weights) + weights.skills / 2 + weights.text / 2 + MARGIN;
  index.forEachSharing(terms, limit, wantMore, fallbackScan(limit), (o, s0, s1) => {
    let total: number;
    if (options.feedbackOf?.(o.record)) {
      const ctx = contextFor(o);
      const [skills, text] = termPoints(c, ctx);
      total = scoreOf(o, c, ctx, skills, text, Number.NEGATIVE_INFINITY);
    } else {
      const totals = [0, 0];
      for (const [term, weight] of o.query) totals[channelOf(term)] += weight * termWeight(term, idf);
      const skills = weights.skills * (totals[0] > 0 ? s0 / totals[0] : 0.5);
      const text = weights.text * (totals[1] > 0 ? s1 / totals[1] : 0.5);
      total = scoreOf(o, c, plain, skills, text, top.threshold);
    }
    if (total !== Number.NEGATIVE_INFINITY) top.push(o, o.record.id, total);
  });
  return top.sorted().map(({ item: o }) => ({ offer: o.record, ...explain(o, c, contextFor(o)) }));
}

const EMPTY_QUERY: Query = { terms: new Map(), has: [false, false] };

/** What scoreOf reads of a context without feedback (its query is summed by the index instead). */
function plainContext(
  params: MatchParams,
  weights: Record<Signal, number>,
  idf: Idf,
  options: MatchOptions,
): Context {
  return {
    now: nowOf(options),
    idf,
    params,
    weights,
    query: EMPTY_QUERY,
    gateFactor: 1,
    good: null,
    bad: null,
  };
}

function memoize(idf: Idf): Idf {
  const cache = new Map<string, number>();
  return (term) => {
    let value = cache.get(term);
    if (value === undefined) {
      value = idf(term);
      cache.set(term, value);
    }
    return value;
  };
}
