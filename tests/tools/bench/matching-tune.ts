/**
 * `npm run matching:tune [-- --search] [--write] [--freeze]`: the engine on the tuning half of the
 * labelled set (tests/tools/bench/matching-eval), per offer, beside the naive baseline, and the offline
 * feedback simulation. It reads the tuning half only (tests/matching/evaluation.test.ts checks).
 * --search looks for better parameters by coordinate search over coarse grids, keeping a change
 * only when it gains more than a trifle; --write saves them to mocks/domain/matching/params.json;
 * --freeze records the engine as tuned, which lets `npm run matching:eval` print the held-out
 * figures for exactly this engine.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  DEFAULT_PARAMS,
  type MatchParams,
  SIGNALS,
  type Signal,
} from '../../../mocks/domain/matching/params';
import { engineRankers } from './matching-eval/engine';
import { evaluate, exactOverlapRankers, perOffer, simulateFeedback } from './matching-eval/evaluate';
import { freeze } from './matching-eval/freeze';
import { type BuiltHalf, build } from './matching-eval/set';
import { TUNING } from './matching-eval/tuning-set';

const PARAMS_FILE = resolve(import.meta.dirname, '../../../mocks/domain/matching/params.json');
/** A change must gain at least this much to be kept: the half has 22 offers, not thousands. */
const GAIN = 0.002;

const half = build(TUNING);

/** What tuning maximises: mostly candidates for an offer, the harder direction; offers for a candidate too. */
function objective(params: MatchParams, h: BuiltHalf = half): number {
  const f = evaluate(h, engineRankers(h, params));
  return 0.7 * f.candidatesForOffer.ndcg + 0.3 * f.offersForCandidate.ndcg;
}

/** The feedback simulation's gain on the profiles not judged: what the feedback parameters maximise. */
function feedbackObjective(params: MatchParams): number {
  const f = simulateFeedback(half, engineRankers(half, params).rank, params);
  return f.unjudgedAfter + 0.5 * f.after;
}

type Path = [keyof MatchParams, string];

const GRIDS: Array<[Path, number[]]> = [
  ...SIGNALS.map((s): [Path, number[]] => [
    ['weights', s],
    [0, 3, 5, 8, 10, 12, 15, 20, 25, 30, 40, 50],
  ]),
  [
    ['credit', 'headline'],
    [0.5, 0.7, 0.8, 0.9, 1],
  ],
  [
    ['credit', 'summary'],
    [0.3, 0.5, 0.7, 0.9],
  ],
  [
    ['credit', 'parent'],
    [0.3, 0.5, 0.6, 0.7, 0.9],
  ],
  [
    ['credit', 'alternative'],
    [0, 0.15, 0.3, 0.45, 0.6],
  ],
  [
    ['credit', 'summaryText'],
    [0.25, 0.5, 0.75, 1],
  ],
  [
    ['offer', 'titleSkill'],
    [1, 1.5, 2, 3],
  ],
  [
    ['offer', 'descriptionSkill'],
    [0, 0.15, 0.3, 0.5],
  ],
  [
    ['offer', 'descriptionText'],
    [0, 0.15, 0.3, 0.5],
  ],
  [
    ['seniority', 'span'],
    [2, 3, 4, 6],
  ],
  [
    ['seniority', 'gate'],
    [0, 0.25, 0.5, 0.75, 1],
  ],
];
const FEEDBACK_GRIDS: Array<[Path, number[]]> = [
  [
    ['feedback', 'good'],
    [0, 5, 10, 15, 20, 30],
  ],
  [
    ['feedback', 'bad'],
    [0, 5, 10, 15, 20],
  ],
  [
    ['feedback', 'markedBad'],
    [0.2, 0.35, 0.5, 0.7],
  ],
  // The product moves weights on reasons (issue 18): only the size of the step is tuned.
  [
    ['feedback', 'step'],
    [0.05, 0.1, 0.15, 0.25],
  ],
];

/** Weights scaled to whole points adding up to exactly 100 (largest remainders get the spare points). */
function wholePoints(weights: Record<Signal, number>): Record<Signal, number> {
  const total = SIGNALS.reduce((sum, s) => sum + weights[s], 0);
  const exact = SIGNALS.map((s) => (weights[s] * 100) / total);
  const whole = exact.map(Math.floor);
  const spare = 100 - whole.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - whole[i], i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; k < spare; k++) whole[order[k][1]] += 1;
  return Object.fromEntries(SIGNALS.map((s, i) => [s, whole[i]])) as Record<Signal, number>;
}

function withValue(params: MatchParams, [group, key]: Path, value: number): MatchParams {
  const next = structuredClone(params);
  (next[group] as Record<string, number>)[key] = value;
  if (group === 'weights') next.weights = wholePoints(next.weights);
  return next;
}

function search(
  start: MatchParams,
  grids: Array<[Path, number[]]>,
  score: (p: MatchParams) => number,
): MatchParams {
  let best = start;
  let bestScore = score(best);
  for (let pass = 1; pass <= 3; pass++) {
    let improved = false;
    for (const [path, values] of grids) {
      for (const value of values) {
        const candidate = withValue(best, path, value);
        const s = score(candidate);
        if (s > bestScore + GAIN) {
          best = candidate;
          bestScore = s;
          improved = true;
          console.log(`pass ${pass}: ${path.join('.')} = ${value} → ${s.toFixed(4)}`);
        }
      }
    }
    if (!improved) break;
  }
  return best;
}

function report(params: MatchParams) {
  const engine = engineRankers(half, params);
  console.table(perOffer(half, engine));
  return {
    engine: evaluate(half, engine),
    baseline: evaluate(half, exactOverlapRankers(half)),
    feedback: simulateFeedback(half, engine.rank, params),
  };
}

let params = DEFAULT_PARAMS;
if (process.argv.includes('--search')) {
  params = search(params, GRIDS, (p) => objective(p));
  params = search(params, FEEDBACK_GRIDS, feedbackObjective);
}
const figures = report(params);
console.log(JSON.stringify({ params, figures }, null, 2));
if (process.argv.includes('--write')) writeFileSync(PARAMS_FILE, `${JSON.stringify(params, null, 2)}\n`);
if (process.argv.includes('--freeze')) {
  const frozen = freeze(figures);
  console.log(`tuning frozen for engine ${frozen.engine}`);
}
