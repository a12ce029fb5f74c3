/**
 * `npm run matching:eval`: the matching engine on the labelled set (tests/bench/matching-eval,
 * graded by RUBRIC.md), NDCG@10 and recall@10 in both directions beside the naive exact-overlap
 * baseline: the tuning half always, the held-out half only when the tuning is frozen for the
 * engine as it is (`npm run matching:tune -- --freeze`); each held-out read is logged.
 */
import { pathToFileURL } from 'node:url';
import { engineRankers } from './matching-eval/engine';
import { evaluate, exactOverlapRankers, type Figures } from './matching-eval/evaluate';
import { engineHash, isFrozen, logHeldOutRead } from './matching-eval/freeze';
import { HELD_OUT } from './matching-eval/held-out-set';
import { build, type Half } from './matching-eval/set';
import { TUNING } from './matching-eval/tuning-set';

export interface HalfFigures {
  engine: Figures;
  baseline: Figures;
}

export interface QualityFigures {
  tuning: HalfFigures;
  /** Null while the tuning is not frozen for this engine. */
  heldOut: HalfFigures | null;
}

function figuresOf(spec: Half): HalfFigures {
  const half = build(spec);
  return { engine: evaluate(half, engineRankers(half)), baseline: evaluate(half, exactOverlapRankers(half)) };
}

export function run(): QualityFigures {
  const tuning = figuresOf(TUNING);
  if (!isFrozen()) return { tuning, heldOut: null };
  const heldOut = figuresOf(HELD_OUT);
  logHeldOutRead(JSON.stringify(heldOut));
  return { tuning, heldOut };
}

function rows(name: string, f: HalfFigures) {
  const row = (what: string, d: keyof Figures) => ({
    half: name,
    direction: what,
    'NDCG@10': f.engine[d].ndcg,
    'baseline NDCG@10': f.baseline[d].ndcg,
    'recall@10': f.engine[d].recall,
    'baseline recall@10': f.baseline[d].recall,
    queries: f.engine[d].queries,
  });
  return [
    row('candidates for an offer', 'candidatesForOffer'),
    row('offers for a candidate', 'offersForCandidate'),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = run();
  console.table([
    ...rows('tuning', figures.tuning),
    ...(figures.heldOut ? rows('held-out', figures.heldOut) : []),
  ]);
  if (!figures.heldOut)
    console.log(
      `held-out figures withheld: the tuning is not frozen for engine ${engineHash()} (npm run matching:tune -- --freeze)`,
    );
}
