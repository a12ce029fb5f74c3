/**
 * `npm run matching:tune [-- --freeze]`: the engine's figures on the tuning half of the labelled
 * set (tests/bench/matching-eval), per offer, beside the naive baseline. It reads the tuning half
 * only. With --freeze it records the engine as tuned, which lets `npm run matching:eval` print the
 * held-out figures for exactly this engine.
 */
import { engineRankers } from './matching-eval/engine';
import { evaluate, exactOverlapRankers, perOffer } from './matching-eval/evaluate';
import { freeze } from './matching-eval/freeze';
import { build } from './matching-eval/set';
import { TUNING } from './matching-eval/tuning-set';

const half = build(TUNING);
const engine = engineRankers(half);
const figures = { engine: evaluate(half, engine), baseline: evaluate(half, exactOverlapRankers(half)) };
console.table(perOffer(half, engine));
console.log(JSON.stringify(figures, null, 2));
if (process.argv.includes('--freeze')) {
  const frozen = freeze(figures);
  console.log(`tuning frozen for engine ${frozen.engine}`);
}
