import type {
  Application,
  Candidate,
  MatchFeedback,
  MatchFeedbackReason,
  MatchPoints,
  MatchReason,
  MatchVerdict,
  Stage,
} from '../../../src/model/types';
import type { MatchParams, Signal } from './params';
import { type Idf, isText, type PreparedCandidate, termWeight } from './skills';

/**
 * What recruiters' clicks teach the ranking of an offer (issue 18), pure and storage-free:
 * - profiles to resemble: those marked "Good match", and those the pipeline moved forward from
 *   this offer (invited, interviewed, offered, hired: a hire the strongest); profiles not to
 *   resemble: those marked "Not a fit" for their skills. The ranking adds points for resembling
 *   the first (relevance feedback on the profile's terms) and takes some for resembling the second;
 * - the reasons given for "Not a fit" raise the weight of the signal they name (seniority,
 *   location, pay...) for this offer, and, fading with time, for the company's other offers; each
 *   multiplier stays within bounds, so feedback tunes the ranking without taking it over.
 */

export interface Exemplar {
  candidate: Candidate;
  /** How much the signal says: a mark 1, a hire 2. */
  strength: number;
  source: 'marked' | 'invited' | 'interviewed' | 'offered' | 'hired';
}

export interface OfferFeedback {
  verdicts: ReadonlyMap<number, { verdict: MatchVerdict; reason: MatchFeedbackReason | null }>;
  good: Exemplar[];
  bad: Exemplar[];
  /** Multipliers of the signal weights, within the bounds of the parameters. */
  weights: Partial<Record<Signal, number>>;
}

/** How strongly each stage an invited or applying profile reached counts as a good example. */
const STAGE_STRENGTH: Partial<Record<Stage, [number, Exemplar['source']]>> = {
  interview: [1, 'interviewed'],
  technical: [1, 'interviewed'],
  offer: [1.5, 'offered'],
  hired: [2, 'hired'],
};
const INVITED_STRENGTH = 0.5;
/** Which signals a "Not a fit" reason is about. */
const REASON_SIGNALS: Record<MatchFeedbackReason, Signal[]> = {
  skills: ['skills', 'text'],
  seniority: ['seniority'],
  location: ['location'],
  pay: ['pay'],
  other: ['contract', 'availability'],
};
/** A reason given 90 days ago counts half as much as one given today. */
const HALF_LIFE_DAYS = 90;
const DAY_MS = 86_400_000;
/** This offer's own reasons count this much more than the company's on other offers. */
const OWN_OFFER = 2;

export interface FeedbackInput {
  offerId: number;
  /** Every feedback row of the offer's company, all offers. */
  companyFeedback: readonly MatchFeedback[];
  /** The applications to this offer. */
  applications: readonly Application[];
  candidate: (id: number) => Candidate | undefined;
  now: number;
  params: MatchParams;
}

/** The feedback of one offer and of its company, as the ranking reads it; undefined when there is none. */
export function offerFeedback(input: FeedbackInput): OfferFeedback | undefined {
  const { offerId, companyFeedback, applications, candidate, now, params } = input;
  const verdicts = new Map<number, { verdict: MatchVerdict; reason: MatchFeedbackReason | null }>();
  const good: Exemplar[] = [];
  const bad: Exemplar[] = [];
  const counts: Partial<Record<Signal, number>> = {};
  for (const row of companyFeedback) {
    const own = row.offerId === offerId;
    if (own) {
      verdicts.set(row.candidateId, { verdict: row.verdict, reason: row.reason });
      const profile = candidate(row.candidateId);
      if (profile && row.verdict === 'good') good.push({ candidate: profile, strength: 1, source: 'marked' });
      if (profile && row.verdict === 'not_a_fit' && row.reason === 'skills')
        bad.push({ candidate: profile, strength: 1, source: 'marked' });
    }
    if (row.verdict !== 'not_a_fit' || !row.reason) continue;
    const age = Math.max(0, (now - Date.parse(row.createdAt)) / DAY_MS);
    const weight = (own ? OWN_OFFER : 1) * 0.5 ** (age / HALF_LIFE_DAYS);
    for (const signal of REASON_SIGNALS[row.reason]) counts[signal] = (counts[signal] ?? 0) + weight;
  }
  for (const app of applications) {
    if (verdicts.get(app.candidateId)?.verdict === 'good') continue;
    const stage = STAGE_STRENGTH[app.stage];
    const invited = app.source === 'sourcing' && !['rejected', 'withdrawn'].includes(app.stage);
    const strength = stage ?? (invited ? ([INVITED_STRENGTH, 'invited'] as const) : undefined);
    const profile = strength && candidate(app.candidateId);
    if (profile && strength) good.push({ candidate: profile, strength: strength[0], source: strength[1] });
  }
  const weights: Partial<Record<Signal, number>> = {};
  const { step, floor, cap } = params.feedback;
  for (const [signal, n] of Object.entries(counts) as Array<[Signal, number]>)
    weights[signal] = Math.min(cap, Math.max(floor, 1 + step * n));
  if (verdicts.size === 0 && good.length === 0 && Object.keys(weights).length === 0) return undefined;
  return { verdicts, good, bad, weights };
}

// --- Relevance feedback -----------------------------------------------------------------------

export interface FeedbackVector {
  /** term -> share of its channel (skills, job words) in the exemplars' evidence, rarity-weighted. */
  terms: Map<string, number>;
  /** Each exemplar's own evidence, to say how many a profile resembles. */
  members: Array<{ id: number; source: Exemplar['source']; terms: Map<string, number>; total: number }>;
}

function evidenceOf(c: PreparedCandidate, idf: Idf): { terms: Map<string, number>; total: number } {
  const terms = new Map<string, number>();
  let total = 0;
  for (const [term, credit] of c.terms) {
    const w = credit * termWeight(term, idf);
    terms.set(term, w);
    total += w;
  }
  return { terms, total };
}

/** The strength-weighted mean of the exemplars' evidence, each channel summing to 1. */
export function exemplarVector(
  exemplars: readonly Exemplar[],
  prepared: (c: Candidate) => PreparedCandidate,
  idf: Idf,
): FeedbackVector {
  const terms = new Map<string, number>();
  const members: FeedbackVector['members'] = [];
  for (const e of exemplars) {
    const own = evidenceOf(prepared(e.candidate), idf);
    members.push({ id: e.candidate.id, source: e.source, ...own });
    for (const [term, w] of own.terms) terms.set(term, (terms.get(term) ?? 0) + e.strength * w);
  }
  const totals = [0, 0];
  for (const [term, w] of terms) totals[isText(term) ? 1 : 0] += w;
  for (const [term, w] of terms) terms.set(term, w / totals[isText(term) ? 1 : 0]);
  return { terms, members };
}

/** Below this fit a signal is a hard conflict (remote only for on-site work...): marking such a profile good says it matters less. */
const HARD_CONFLICT = 0.3;

type Fits = Record<Exclude<Signal, 'skills' | 'text'>, number>;

/**
 * The signal multipliers of an offer: raised by the reasons given for "Not a fit" (offerFeedback),
 * lowered for a signal the profiles marked good (or moved on) fall short on, so a recruiter who
 * keeps picking people from another city makes location weigh less. Within the parameters' bounds.
 */
export function shortfallWeights(
  feedback: OfferFeedback,
  fits: (c: Candidate) => Fits,
  params: MatchParams,
): Partial<Record<Signal, number>> {
  const short: Partial<Record<Signal, number>> = {};
  for (const e of feedback.good)
    for (const [signal, fit] of Object.entries(fits(e.candidate)) as Array<[Signal, number]>)
      if (fit < HARD_CONFLICT) short[signal] = (short[signal] ?? 0) + e.strength;
  const { step, floor, cap } = params.feedback;
  const out: Partial<Record<Signal, number>> = {};
  for (const signal of new Set([...Object.keys(feedback.weights), ...Object.keys(short)]) as Set<Signal>) {
    const raised = feedback.weights[signal] ?? 1;
    out[signal] = Math.min(cap, Math.max(floor, raised * (1 - step * (short[signal] ?? 0))));
  }
  return out;
}

/** Share of an exemplar's weighted evidence a profile covers. */
function covers(member: FeedbackVector['members'][number], c: PreparedCandidate): number {
  let got = 0;
  for (const [term, w] of member.terms) got += w * (c.terms.get(term) ?? 0);
  return member.total > 0 ? got / member.total : 0;
}

/** From this much of an exemplar's evidence covered, a profile is "similar" to it in the explanation. */
const SIMILAR = 0.5;

interface FeedbackContext {
  weights: Record<Signal, number>;
  good: FeedbackVector | null;
  bad: FeedbackVector | null;
}

/**
 * What the feedback changed for this profile, in reasons a recruiter reads: its own verdict, the
 * profiles it resembles when that moved it, and the signals that now weigh more or less where it
 * falls short. `delta` is the change of its score, `earned` its points without feedback.
 */
export function explainFeedback(
  feedback: OfferFeedback,
  c: PreparedCandidate,
  ctx: FeedbackContext,
  delta: number,
  earned: MatchPoints,
  plainWeights: Record<Signal, number>,
): MatchReason[] {
  const reasons: MatchReason[] = [];
  const push = (key: string, positive: boolean, values?: MatchReason['values']) =>
    reasons.push({
      kind: 'feedback',
      key: `matching.reasons.${key}`,
      positive,
      ...(values ? { values } : {}),
    });
  const verdict = feedback.verdicts.get(c.record.id);
  if (verdict?.verdict === 'good') push('feedbackMarkedGood', true);
  if (verdict?.verdict === 'not_a_fit')
    push('feedbackMarkedNotFit', false, { reason: verdict.reason ?? 'other' });
  const similar = (vector: FeedbackVector | null, sources?: Array<Exemplar['source']>) =>
    vector?.members.filter(
      (m) => m.id !== c.record.id && (!sources || sources.includes(m.source)) && covers(m, c) >= SIMILAR,
    ).length ?? 0;
  if (delta >= 0.5) {
    const hired = similar(ctx.good, ['hired']);
    const marked = similar(ctx.good, ['marked']);
    const moved = similar(ctx.good, ['invited', 'interviewed', 'offered']);
    if (hired > 0) push('feedbackSimilarHired', true, { count: hired });
    if (marked > 0) push('feedbackSimilarGood', true, { count: marked });
    if (moved > 0) push('feedbackSimilarPipeline', true, { count: moved });
  }
  if (delta <= -0.5) {
    const count = similar(ctx.bad);
    if (count > 0) push('feedbackSimilarBad', false, { count });
  }
  for (const signal of Object.keys(feedback.weights).concat(Object.keys(ctx.weights)) as Signal[]) {
    if (reasons.some((r) => r.values?.signal === signal)) continue;
    const factor = ctx.weights[signal] / plainWeights[signal];
    const fit = plainWeights[signal] > 0 ? (earned[signal] ?? 0) / plainWeights[signal] : 1;
    // A move of a few percent is not worth a line on every card.
    if (fit >= 0.75 || Math.abs(factor - 1) < 0.1) continue;
    push(factor > 1 ? 'feedbackWeighsMore' : 'feedbackWeighsLess', factor < 1, {
      signal,
      factor: Math.round(factor * 100) / 100,
    });
  }
  return reasons;
}
