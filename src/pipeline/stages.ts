import { type Application, EXIT_STAGES, FUNNEL_STAGES, type Stage } from '../model/types';

/** Board layout and card ageing: the rules a recruiter reads at a glance, pure for tests. */
export const BOARD_STAGES: readonly Stage[] = FUNNEL_STAGES;
export const LANE_STAGES: readonly Stage[] = EXIT_STAGES;
export const PAGE_SIZE = 25;

/** Amber after a week in the same stage, red after two: they are waiting on the recruiter. */
export const AGEING_DAYS = 7;
export const STALE_DAYS = 14;
export type Age = 'fresh' | 'ageing' | 'stale';

const DAY_MS = 24 * 60 * 60 * 1000;

export function daysInStage(app: Pick<Application, 'stageChangedAt'>, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(app.stageChangedAt)) / DAY_MS));
}

export function ageOf(days: number): Age {
  return days > STALE_DAYS ? 'stale' : days > AGEING_DAYS ? 'ageing' : 'fresh';
}

/** Exits (hired included) are final for the funnel: no ageing alarm there. */
export function ages(stage: Stage): boolean {
  return stage !== 'hired' && !LANE_STAGES.includes(stage);
}
