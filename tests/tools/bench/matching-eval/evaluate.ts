import { REFERENCE_DATE } from '../../../../mocks/db/types';
import { type OfferFeedback, offerFeedback } from '../../../../mocks/domain/matching/feedback';
import type { MatchParams } from '../../../../mocks/domain/matching/params';
import type { Candidate, MatchFeedback, Offer } from '../../../../src/model/types';
import type { BuiltHalf } from './set';

/**
 * Figures of a ranking on one half of the labelled set, in both directions: NDCG@10 (gains
 * 2^grade - 1, log2 discount) and recall@10 (share of the pairs graded 2 or 3 found in the top 10).
 * A ranker is given the whole half: each offer ranks every profile of the half, each profile every
 * offer, so a profile written for another job can crowd out the right ones.
 */

export const K = 10;
/** Grades from which a pair counts as relevant for recall. */
const RELEVANT = 2;

export interface Rankers {
  candidatesFor(offer: Offer): Candidate[];
  offersFor(candidate: Candidate): Offer[];
}

export interface DirectionFigures {
  ndcg: number;
  recall: number;
  /** How many queries had at least one graded pair (the others have nothing to find). */
  queries: number;
}

export interface Figures {
  candidatesForOffer: DirectionFigures;
  offersForCandidate: DirectionFigures;
}

export function dcg(grades: readonly number[], k = K): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) sum += (2 ** grades[i] - 1) / Math.log2(i + 2);
  return sum;
}

/** NDCG@k of a ranked list of grades against every grade there was to find; null when nothing was. */
export function ndcg(ranked: readonly number[], all: readonly number[], k = K): number | null {
  const ideal = dcg(
    [...all].sort((a, b) => b - a),
    k,
  );
  return ideal === 0 ? null : dcg(ranked, k) / ideal;
}

export function recall(ranked: readonly number[], all: readonly number[], k = K): number | null {
  const relevant = all.filter((g) => g >= RELEVANT).length;
  if (relevant === 0) return null;
  return ranked.slice(0, k).filter((g) => g >= RELEVANT).length / relevant;
}

export const mean = (values: readonly number[]): number =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

export const round3 = (value: number): number => Math.round(value * 1000) / 1000;

function direction(lists: Array<{ ranked: number[]; all: number[] }>): DirectionFigures {
  const ndcgs: number[] = [];
  const recalls: number[] = [];
  for (const { ranked, all } of lists) {
    const n = ndcg(ranked, all);
    if (n !== null) ndcgs.push(n);
    const r = recall(ranked, all);
    if (r !== null) recalls.push(r);
  }
  return { ndcg: round3(mean(ndcgs)), recall: round3(mean(recalls)), queries: ndcgs.length };
}

export function evaluate(half: BuiltHalf, rankers: Rankers): Figures {
  const forOffers = half.offers.map((offer) => ({
    ranked: rankers.candidatesFor(offer).map((c) => half.grade(offer.id, c.id)),
    all: half.candidates.map((c) => half.grade(offer.id, c.id)),
  }));
  const forCandidates = half.candidates.map((candidate) => ({
    ranked: rankers.offersFor(candidate).map((o) => half.grade(o.id, candidate.id)),
    all: half.offers.map((o) => half.grade(o.id, candidate.id)),
  }));
  return { candidatesForOffer: direction(forOffers), offersForCandidate: direction(forCandidates) };
}

/** NDCG@10 of each offer's candidate list, to see which offers a change helps or hurts. */
export function perOffer(half: BuiltHalf, rankers: Rankers): Array<{ offer: string; ndcg: number }> {
  return half.offers.map((offer) => ({
    offer: half.offerKey(offer.id),
    ndcg: round3(
      ndcg(
        rankers.candidatesFor(offer).map((c) => half.grade(offer.id, c.id)),
        half.candidates.map((c) => half.grade(offer.id, c.id)),
      ) ?? 0,
    ),
  }));
}

/**
 * The naive baseline: the number of the offer's skills written exactly the same in the profile's
 * skill list (same characters, same case), ties by id.
 */
export function exactOverlapRankers(half: BuiltHalf): Rankers {
  const overlap = (o: Offer, c: Candidate) => {
    const wanted = new Set(o.skills.map((s) => s.trim()));
    return c.skills.filter((s) => wanted.has(s.trim())).length;
  };
  return {
    candidatesFor: (o) =>
      [...half.candidates].sort((a, b) => overlap(o, b) - overlap(o, a) || a.id - b.id).slice(0, K),
    offersFor: (c) =>
      [...half.offers].sort((a, b) => overlap(b, c) - overlap(a, c) || a.id - b.id).slice(0, K),
  };
}

export interface FeedbackFigures {
  /** NDCG@10 of each offer's list before and after the simulated recruiter's three verdicts. */
  before: number;
  after: number;
  /** The same on the profiles the recruiter did not judge: does the feedback help beyond them? */
  unjudgedBefore: number;
  unjudgedAfter: number;
}

/** How many of the first ranked profiles the simulated recruiter judges. */
export const JUDGED = 3;

/**
 * The simulated recruiter reads the top three of each offer's list and judges each by its true
 * grade: 2 or 3 is a good match, below is "not a fit" with the gap the grader wrote. The offer is
 * ranked again with those verdicts.
 */
export function simulateFeedback(
  half: BuiltHalf,
  rank: (offer: Offer, feedback: OfferFeedback | undefined, k: number) => Candidate[],
  params: MatchParams,
): FeedbackFigures {
  const sums = {
    before: [] as number[],
    after: [] as number[],
    unjudgedBefore: [] as number[],
    unjudgedAfter: [] as number[],
  };
  for (const offer of half.offers) {
    const grade = (c: Candidate) => half.grade(offer.id, c.id);
    const all = half.candidates.map(grade);
    const first = rank(offer, undefined, K + JUDGED);
    const judged = first.slice(0, JUDGED);
    const rows: MatchFeedback[] = judged.map((c, i) => ({
      id: i + 1,
      companyId: offer.companyId,
      offerId: offer.id,
      candidateId: c.id,
      verdict: grade(c) >= RELEVANT ? 'good' : 'not_a_fit',
      reason: grade(c) >= RELEVANT ? null : half.gap(offer.id, c.id),
      authorId: offer.recruiterId,
      createdAt: REFERENCE_DATE,
    }));
    const feedback = offerFeedback({
      offerId: offer.id,
      companyFeedback: rows,
      applications: [],
      candidate: (id) => half.candidates[id - 1],
      now: Date.parse(REFERENCE_DATE),
      params,
    });
    const second = rank(offer, feedback, K + JUDGED);
    const ids = new Set(judged.map((c) => c.id));
    const rest = (list: Candidate[]) => list.filter((c) => !ids.has(c.id)).map(grade);
    const unjudgedAll = half.candidates.filter((c) => !ids.has(c.id)).map(grade);
    const push = (key: keyof typeof sums, value: number | null) => {
      if (value !== null) sums[key].push(value);
    };
    push('before', ndcg(first.map(grade), all));
    push('after', ndcg(second.map(grade), all));
    push('unjudgedBefore', ndcg(rest(first), unjudgedAll));
    push('unjudgedAfter', ndcg(rest(second), unjudgedAll));
  }
  return {
    before: round3(mean(sums.before)),
    after: round3(mean(sums.after)),
    unjudgedBefore: round3(mean(sums.unjudgedBefore)),
    unjudgedAfter: round3(mean(sums.unjudgedAfter)),
  };
}
