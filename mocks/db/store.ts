import type { ResourceMap } from '../../src/model/types';
import { generateDb } from './generate';
import { usageHistory } from './seed-usage';
import { Table } from './table';
import {
  type Dataset,
  type GenerateOptions,
  type MockState,
  REFERENCE_DATE,
  type TableName,
  type Tables,
  type UsageStore,
} from './types';

export interface ResetOptions extends GenerateOptions {
  /** A prebuilt data set (e.g. the demo's, after replaying its journal). */
  dataset?: Dataset;
  /** The wall clock for the demo and the local API; tests leave it out and get a fixed clock. */
  now?: () => number;
}

export const DEFAULT_SEED = 42;
export const DEFAULT_SESSION_TTL_MS = 8 * 60 * 60 * 1000;

let state: MockState | undefined;

/**
 * Whether the data may differ from what the last reset built, so that tests rebuild the database
 * only after one that wrote (see markChanged). Sessions, rate-limit counters and the clock are not
 * data: they are cheap to clear after every test.
 */
let changed = false;

/** Records that the data may have changed: every table write, every write request, any caller of getState(). */
export function markChanged(): void {
  changed = true;
}

export function dataChanged(): boolean {
  return changed;
}

export function tablesFrom(dataset: Dataset): Tables {
  const tables = {} as Record<TableName, Table<{ id: number }>>;
  for (const name of Object.keys(dataset) as Array<keyof Dataset>) {
    if (name === 'passwords') continue;
    tables[name] = new Table(dataset[name] as Array<{ id: number }>);
  }
  return tables as unknown as Tables;
}

let clockOffsetMs = 0;

/** Moves the fixed test clock forward (session expiry, rate-limit windows). */
export function advanceClock(ms: number): void {
  clockOffsetMs += ms;
}

/** Puts the fixed test clock back at the reference date. */
export function resetClock(): void {
  clockOffsetMs = 0;
}

/** No reads counted yet: the candidate database's usage counters, daily allowances and access trails. */
export function emptyUsage(): UsageStore {
  return {
    hourly: new Map(),
    seenToday: new Map(),
    trail: new Map(),
    daily: new Map(),
    lastViewed: new Map(),
    quotas: new Map(),
    prunedDay: null,
    history: null,
  };
}

export function resetDb(options: ResetOptions = {}): MockState {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 'small';
  const referenceDate = options.referenceDate ?? REFERENCE_DATE;
  const dataset = options.dataset ?? generateDb({ seed, scale, referenceDate });
  clockOffsetMs = 0;
  const fixedStart = Date.parse(referenceDate);
  const now = options.now ?? (() => fixedStart + clockOffsetMs);
  const tables = tablesFrom(dataset);
  for (const table of Object.values(tables) as unknown as Array<Table<{ id: number }>>)
    table.listen(markChanged);
  changed = false;
  state = {
    seed,
    scale,
    tables,
    passwords: new Map(Object.entries(dataset.passwords)),
    sessions: new Map(),
    rateLimits: new Map(),
    usage: emptyUsage(),
    sessionTtlMs: DEFAULT_SESSION_TTL_MS,
    clock: { now },
    referenceDate,
  };
  // Written by the demo worker's warm-up, or by the first read of the counters (the sign-in's count
  // adds to them without reading): the seed is ready a few hundred milliseconds sooner.
  state.usage.history = usageHistory(state);
  return state;
}

/** The state as the API's own routes read it; what they change in it, they mark (markChanged). */
export function currentState(): MockState {
  return state ?? resetDb();
}

/**
 * The state for code outside the API (tests, the local server): it may edit rows in place, which
 * no table listener sees, so the data counts as changed.
 */
export function getState(): MockState {
  markChanged();
  return currentState();
}

export function table<K extends keyof ResourceMap>(name: K): Table<ResourceMap[K]> {
  return getState().tables[name] as unknown as Table<ResourceMap[K]>;
}
