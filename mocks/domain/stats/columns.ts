import {
  type Application,
  CANDIDATE_SOURCES,
  type Country,
  REJECTION_CATEGORIES,
  STAGES,
  type Stage,
} from '../../../src/model/types';
import type { Dataset } from '../../db/types';
import { writeVersion } from '../records/indexes';
import { DAY_MS } from './time';

/** The collections the aggregates read: plain row arrays (a Dataset, or the store's table rows). */
export type StatsData = {
  readonly [K in
    | 'companies'
    | 'users'
    | 'offers'
    | 'applications'
    | 'activities'
    | 'interviews'
    | 'saved-views'
    | 'credit-ledger'
    | 'audit-logs'
    | 'boards'
    | 'offer-publications']: readonly Dataset[K][number][];
};

/**
 * Column copies of the big tables (typed arrays of times in ms, ids and enum indexes), built in one
 * pass and kept until the next write: comparing a million ISO strings per call costs ~100 ns each,
 * a typed-array scan ~2 ns. Times are NaN when absent, so every range test on them is false.
 */
export interface OfferColumns {
  n: number;
  companyId: Int32Array;
  country: Uint8Array; // COUNTRY_CODE
  published: Float64Array;
  created: Float64Array;
  closed: Float64Array;
  expiredAt: Float64Array; // expiresAt of offers now expired, else NaN
  /** Country code by offer id, for applications. */
  countryById: Uint8Array;
}

export interface ApplicationColumns {
  n: number;
  companyId: Int32Array;
  country: Uint8Array; // the offer's
  applied: Float64Array;
  hired: Float64Array; // the history's hired step, NaN when not hired
  stage: Uint8Array; // STAGES index
  /** Furthest funnel stage reached (history, or a later stage: a skipped step counts as passed). */
  furthest: Int8Array;
  source: Uint8Array; // CANDIDATE_SOURCES index
  /** Rejected applications: REJECTION_CATEGORIES index (one without a category counts as "other"). */
  rejection: Uint8Array;
  /** Hired applications only: slot * STEPS in stageDays, else -1. */
  hiredSlot: Int32Array;
  /** Days spent in each funnel stage before hired (new..offer, visits summed), NaN if never in it. */
  stageDays: Float64Array;
}

export interface ActivityColumns {
  n: number;
  companyId: Int32Array;
  /** createdAt of pipeline moves (stage_change), NaN for any other activity. */
  movedAt: Float64Array;
}

/** Funnel stages one can spend time in before the hire. */
export const STEPS = 5;

export const COUNTRY_CODE: Record<Country, number> = { FR: 1, GB: 2 };
export const STAGE_INDEX = Object.fromEntries(STAGES.map((s, i) => [s, i])) as Record<Stage, number>;
/** Funnel position of each stage; exits are not on the funnel. */
export const FUNNEL_INDEX: Record<Stage, number> = {
  new: 0,
  screening: 1,
  interview: 2,
  technical: 3,
  offer: 4,
  hired: 5,
  rejected: -1,
  withdrawn: -1,
};
/** Sums the days between each step and the next into the step's stage slot. */
function addStageDays(history: Application['history'], into: Float64Array, offset: number): void {
  for (let k = 0; k + 1 < history.length; k++) {
    const index = FUNNEL_INDEX[history[k].stage];
    if (index < 0 || index >= STEPS) continue;
    const days = (Date.parse(history[k + 1].at) - Date.parse(history[k].at)) / DAY_MS;
    const current = into[offset + index];
    into[offset + index] = Number.isNaN(current) ? days : current + days;
  }
}

const SOURCE_INDEX = Object.fromEntries(CANDIDATE_SOURCES.map((s, i) => [s, i])) as Record<string, number>;
export const REJECTION_INDEX = Object.fromEntries(REJECTION_CATEGORIES.map((c, i) => [c, i])) as Record<
  string,
  number
>;
const OTHER_REJECTION = REJECTION_INDEX.other;
export const time = (iso: string | null): number => (iso === null ? Number.NaN : Date.parse(iso));

interface Cached<T> {
  version: number;
  length: number;
  columns: T;
}
const cache = new WeakMap<object, Cached<unknown>>();

/** Column copies kept per collection until the next write (or a change of its length). */
export function cached<T>(key: object, length: number, build: () => T): T {
  const hit = cache.get(key) as Cached<T> | undefined;
  const version = writeVersion();
  if (hit && hit.version === version && hit.length === length) return hit.columns;
  const columns = build();
  cache.set(key, { version, length, columns });
  return columns;
}

export function offerColumns(data: StatsData): OfferColumns {
  const offers = data.offers;
  return cached(offers, offers.length, () => {
    const n = offers.length;
    let maxId = 0;
    for (const o of offers) if (o.id > maxId) maxId = o.id;
    const cols: OfferColumns = {
      n,
      companyId: new Int32Array(n),
      country: new Uint8Array(n),
      published: new Float64Array(n),
      created: new Float64Array(n),
      closed: new Float64Array(n),
      expiredAt: new Float64Array(n),
      countryById: new Uint8Array(maxId + 1),
    };
    for (let i = 0; i < n; i++) {
      const o = offers[i];
      cols.companyId[i] = o.companyId;
      cols.country[i] = COUNTRY_CODE[o.country];
      cols.countryById[o.id] = cols.country[i];
      cols.published[i] = time(o.publishedAt);
      cols.created[i] = time(o.createdAt);
      cols.closed[i] = time(o.closedAt);
      cols.expiredAt[i] = o.status === 'expired' ? time(o.expiresAt) : Number.NaN;
    }
    return cols;
  });
}

export function applicationColumns(data: StatsData): ApplicationColumns {
  const apps = data.applications;
  const countryById = offerColumns(data).countryById;
  return cached(apps, apps.length, () => {
    const n = apps.length;
    const cols: ApplicationColumns = {
      n,
      companyId: new Int32Array(n),
      country: new Uint8Array(n),
      applied: new Float64Array(n),
      hired: new Float64Array(n),
      stage: new Uint8Array(n),
      furthest: new Int8Array(n),
      source: new Uint8Array(n),
      rejection: new Uint8Array(n),
      hiredSlot: new Int32Array(n).fill(-1),
      stageDays: new Float64Array(0),
    };
    let hires = 0;
    for (const a of apps) if (a.stage === 'hired') hires++;
    cols.stageDays = new Float64Array(hires * STEPS).fill(Number.NaN);
    let slot = 0;
    for (let i = 0; i < n; i++) {
      const a = apps[i];
      cols.companyId[i] = a.companyId;
      cols.country[i] = countryById[a.offerId] ?? 0;
      cols.applied[i] = Date.parse(a.appliedAt);
      cols.stage[i] = STAGE_INDEX[a.stage];
      cols.source[i] = SOURCE_INDEX[a.source] ?? 0;
      cols.rejection[i] = REJECTION_INDEX[a.rejectionCategory ?? 'other'] ?? OTHER_REJECTION;
      let furthest = Math.max(0, FUNNEL_INDEX[a.stage]);
      let hired = Number.NaN;
      for (const step of a.history) {
        if (FUNNEL_INDEX[step.stage] > furthest) furthest = FUNNEL_INDEX[step.stage];
        if (step.stage === 'hired') hired = Date.parse(step.at);
      }
      if (a.stage === 'hired' && Number.isNaN(hired)) hired = Date.parse(a.stageChangedAt);
      cols.furthest[i] = furthest;
      cols.hired[i] = a.stage === 'hired' ? hired : Number.NaN;
      if (a.stage === 'hired') {
        cols.hiredSlot[i] = slot;
        addStageDays(a.history, cols.stageDays, slot * STEPS);
        slot++;
      }
    }
    return cols;
  });
}

export function activityColumns(data: StatsData): ActivityColumns {
  const activities = data.activities;
  return cached(activities, activities.length, () => {
    const n = activities.length;
    const cols: ActivityColumns = { n, companyId: new Int32Array(n), movedAt: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      const a = activities[i];
      cols.companyId[i] = a.companyId;
      cols.movedAt[i] = a.type === 'stage_change' ? Date.parse(a.createdAt) : Number.NaN;
    }
    return cols;
  });
}

/**
 * Builds every column copy now rather than on the first stats call: the demo calls it while its
 * login form is up, as a server builds its indexes before taking requests. Each step yields to the
 * browser through `pause`.
 */
export async function warmColumns(data: StatsData, pause: () => Promise<void>): Promise<void> {
  for (const build of [offerColumns, applicationColumns, activityColumns]) {
    build(data);
    await pause();
  }
}
