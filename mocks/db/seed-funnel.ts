import type { Application, Stage } from '../../src/model/types';
import { FUNNEL_STAGES } from '../../src/model/types';
import { DAY, type DatePool, HOUR, type Random, workingTime } from './random';

/**
 * How applications move through the funnel: the share that moves on from each stage, how long a
 * move takes, and who leaves (rejected by the company or withdrawn by the candidate) when they
 * don't. new → screening 60%, → interview 40%, → technical 50%, → offer 50%, → hired 70%.
 */
const ADVANCE: Partial<Record<Stage, number>> = {
  new: 0.6,
  screening: 0.4,
  interview: 0.5,
  technical: 0.5,
  offer: 0.7,
};
const DELAY_DAYS: Partial<Record<Stage, [number, number]>> = {
  new: [1, 5],
  screening: [2, 8],
  interview: [3, 10],
  technical: [2, 7],
  offer: [2, 10],
};
/** When an application stops at a stage, the share that is rejected (the rest withdraw). */
const REJECTED_SHARE: Partial<Record<Stage, number>> = {
  new: 0.9,
  screening: 0.85,
  interview: 0.75,
  technical: 0.8,
  offer: 0.25,
};
/** Applications left untouched at their stage although time has passed (forgotten in a column). */
const IDLE_SHARE = 0.12;

/** One entry of Application.history. */
export type Step = Application['history'][number];

/** The stages an application reached by the reference date, in order, from its appliedAt. */
export function naturalHistory(rng: Random, dates: DatePool, appliedMs: number, refMs: number): Step[] {
  const steps: Step[] = [{ stage: 'new', at: dates.iso(appliedMs) }];
  let stage: Stage = 'new';
  let ms = appliedMs;
  while (stage !== 'hired') {
    const [lo, hi] = DELAY_DAYS[stage] ?? [1, 5];
    const next = workingTime(rng, ms + rng.int(lo, hi) * DAY);
    const advances = rng.bool(ADVANCE[stage] ?? 0);
    if (next > refMs) break; // still in progress at the reference date
    if (advances) {
      stage = FUNNEL_STAGES[FUNNEL_STAGES.indexOf(stage) + 1];
      ms = next;
      steps.push({ stage, at: dates.iso(ms) });
      continue;
    }
    if (!rng.bool(IDLE_SHARE))
      steps.push({
        stage: rng.bool(REJECTED_SHARE[stage] ?? 0.8) ? 'rejected' : 'withdrawn',
        at: dates.iso(next),
      });
    break;
  }
  return steps;
}

/** The path to a given stage: the funnel up to it, or a typical path ending in an exit. */
function pathTo(target: Stage): Stage[] {
  if (target === 'rejected') return ['new', 'screening', 'rejected'];
  if (target === 'withdrawn') return ['new', 'screening', 'interview', 'withdrawn'];
  return FUNNEL_STAGES.slice(0, FUNNEL_STAGES.indexOf(target) + 1);
}

/** A history that ends at `target`, squeezed between appliedAt and the reference date if needed. */
export function forcedHistory(
  rng: Random,
  dates: DatePool,
  target: Stage,
  appliedMs: number,
  refMs: number,
): Step[] {
  const path = pathTo(target);
  const gaps = path.slice(1).map(() => rng.int(1, 4) * DAY + rng.int(0, 8) * HOUR);
  const room = Math.max(0, refMs - HOUR - appliedMs);
  const total = gaps.reduce((a, b) => a + b, 0);
  const scale = total > room ? room / total : 1;
  let ms = appliedMs;
  return path.map((stage, i) => {
    if (i > 0) ms += Math.floor(gaps[i - 1] * scale);
    return { stage, at: dates.iso(ms) };
  });
}
