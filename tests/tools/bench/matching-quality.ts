/**
 * `npm run matching:eval`: the matching engine on the labelled set (tests/tools/bench/matching-eval,
 * graded by RUBRIC.md), NDCG@10 and recall@10 in both directions beside the naive exact-overlap
 * baseline: the tuning half always, the held-out half only when the tuning is frozen for the
 * engine as it is (`npm run matching:tune -- --freeze`); each held-out read is logged.
 */
import { pathToFileURL } from 'node:url';
import { DEFAULT_PARAMS } from '../../../mocks/domain/matching/params';
import { engineRankers } from './matching-eval/engine';
import {
  evaluate,
  exactOverlapRankers,
  type FeedbackFigures,
  type Figures,
  simulateFeedback,
} from './matching-eval/evaluate';
import { engineHash, isFrozen, logHeldOutRead } from './matching-eval/freeze';
import { HELD_OUT } from './matching-eval/held-out-set';
import { build, type Half } from './matching-eval/set';
import { TUNING } from './matching-eval/tuning-set';

export interface HalfFigures {
  engine: Figures;
  baseline: Figures;
  /** A recruiter judges each offer's top three by their true grades; NDCG@10 before and after. */
  feedback: FeedbackFigures;
}

export interface QualityFigures {
  tuning: HalfFigures;
  /** Null while the tuning is not frozen for this engine. */
  heldOut: HalfFigures | null;
}

function figuresOf(spec: Half): HalfFigures {
  const half = build(spec);
  const engine = engineRankers(half);
  return {
    engine: evaluate(half, engine),
    baseline: evaluate(half, exactOverlapRankers(half)),
    feedback: simulateFeedback(half, engine.rank, DEFAULT_PARAMS),
  };
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

function feedbackRows(name: string, f: HalfFigures) {
  return [
    {
      half: name,
      profiles: 'every one',
      'NDCG@10 before': f.feedback.before,
      'NDCG@10 after': f.feedback.after,
    },
    {
      half: name,
      profiles: 'not judged',
      'NDCG@10 before': f.feedback.unjudgedBefore,
      'NDCG@10 after': f.feedback.unjudgedAfter,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = run();
  console.table([
    ...rows('tuning', figures.tuning),
    ...(figures.heldOut ? rows('held-out', figures.heldOut) : []),
  ]);
  console.log('Candidates for an offer, after a recruiter judged its top three by their true grades:');
  console.table([
    ...feedbackRows('tuning', figures.tuning),
    ...(figures.heldOut ? feedbackRows('held-out', figures.heldOut) : []),
  ]);
  if (!figures.heldOut)
    console.log(
      `held-out figures withheld: the tuning is not frozen for engine ${engineHash()} (npm run matching:tune -- --freeze)`,
    );
}
