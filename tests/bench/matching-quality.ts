/**
 * Quality of the matching engine on the hand-labelled set of matching-labels.ts: NDCG@10 per offer
 * and on average, against a naive baseline (count of skills in common, as written).
 *
 *   node --import tsx tests/bench/matching-quality.ts
 */
import { pathToFileURL } from 'node:url';
import { REFERENCE_DATE } from '../../mocks/db/types';
import { MatchIndex, rankCandidates } from '../../mocks/domain/matching';
import { LABELLED, type LabelledCase } from './matching-labels';

export interface QualityFigures {
  ndcgAt10: number;
  baselineNdcgAt10: number;
  perOffer: Array<{ offer: string; ndcg: number; baseline: number }>;
}

const K = 10;

/** NDCG@k with graded gains 2^grade - 1, the usual log2 discount. */
export function ndcg(rankedGrades: number[], allGrades: number[], k = K): number {
  const dcg = (grades: number[]) =>
    grades.slice(0, k).reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...allGrades].sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(rankedGrades) / ideal;
}

function engineGrades(c: LabelledCase, index: MatchIndex): number[] {
  const grade = new Map(c.candidates.map((x) => [x.candidate.id, x.grade]));
  // Rank the offer's own shortlist, with rarity measured over every labelled candidate.
  const ranked = rankCandidates(
    c.offer,
    c.candidates.map((x) => x.candidate),
    K,
    { now: REFERENCE_DATE, idf: index.idf },
  );
  return ranked.map((m) => grade.get(m.candidate.id) ?? 0);
}

function baselineGrades(c: LabelledCase): number[] {
  const wanted = new Set(c.offer.skills);
  const overlap = (skills: string[]) => skills.filter((s) => wanted.has(s)).length;
  return [...c.candidates]
    .sort(
      (a, b) => overlap(b.candidate.skills) - overlap(a.candidate.skills) || a.candidate.id - b.candidate.id,
    )
    .map((x) => x.grade);
}

export function run(cases: LabelledCase[] = LABELLED): QualityFigures {
  const index = new MatchIndex(cases.flatMap((c) => c.candidates.map((x) => x.candidate)));
  const perOffer = cases.map((c) => {
    const all = c.candidates.map((x) => x.grade);
    return {
      offer: c.offer.title,
      ndcg: round(ndcg(engineGrades(c, index), all)),
      baseline: round(ndcg(baselineGrades(c), all)),
    };
  });
  const mean = (values: number[]) => round(values.reduce((a, b) => a + b, 0) / values.length);
  return {
    ndcgAt10: mean(perOffer.map((p) => p.ndcg)),
    baselineNdcgAt10: mean(perOffer.map((p) => p.baseline)),
    perOffer,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = run();
  console.table(figures.perOffer);
  console.log(`NDCG@10 ${figures.ndcgAt10} (baseline, skills in common: ${figures.baselineNdcgAt10})`);
}
