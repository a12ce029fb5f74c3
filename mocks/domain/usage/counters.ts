import type { User } from '../../../src/model/types';
import { USAGE_COUNTERS, type UsageCounts } from '../../../src/model/usage';
import type { MockState, UsageStore } from '../../db/types';
import { ApiError } from '../api/errors';
import { type Message, msg } from '../api/translate';
import { recordAccess } from '../candidates/access-trail';
import { DAY_MS, dayOfMs } from '../stats/time';
import { limits, userLimits } from './ratelimit';

/**
 * Usage counters of the candidate database, per user and per company, in hourly buckets kept
 * current on each counted read, so that quotas and a scraping watch read aggregates instead of
 * scanning requests. Also the daily allowance of database profiles: each profile served masked to
 * a user (by a search page, a getMany, a single read, a ranking) counts once a day for the user
 * and once for their company; the read that would pass either limit is refused with 429 and a
 * Retry-After up to the next UTC midnight, and counts nothing.
 */
export const HOUR_MS = 3_600_000;

export type UsageScope = 'user' | 'company';

export const zeroCounts = (): UsageCounts =>
  Object.fromEntries(USAGE_COUNTERS.map((name) => [name, 0])) as UsageCounts;

export const bucketKey = (scope: UsageScope, id: number, hourMs: number): string =>
  `${scope}:${id}:${hourMs}`;

/** The key of a UTC day's sums (`day` counts days since the epoch). */
export const dailyKey = (scope: UsageScope, id: number, day: number): string => `${scope}:${id}:d${day}`;

/** Writes one step of the seeded history; answers whether any is left. */
function stepHistory(state: MockState): boolean {
  const { history } = state.usage;
  if (!history) return false;
  if (!history.next().done) return true;
  state.usage.history = null;
  return false;
}

/** Writes what is left of the seeded history: every read of the counters goes through here first. */
function writeHistory(state: MockState): UsageStore {
  while (stepHistory(state));
  return state.usage;
}

/** One hour's counts of a user or company (`bucketKey`), the seeded history included. */
export function hourlyCounts(state: MockState, key: string): UsageCounts | undefined {
  return writeHistory(state).hourly.get(key);
}

/** One UTC day's sums of a user or company (`dailyKey`), the seeded history included. */
export function dailyCounts(state: MockState, key: string): UsageCounts | undefined {
  return writeHistory(state).daily.get(key);
}

/**
 * Writes the seeded history a step at a time, `pause` between steps (the demo's worker, so that
 * requests go first). A read meanwhile writes the rest itself.
 */
export async function warmUsageHistory(state: MockState, pause: () => Promise<void>): Promise<void> {
  while (stepHistory(state)) await pause();
}

/**
 * Whether the day of `atMs` is one the retention has dropped already: counts written for it now
 * (the seeded history, written late) would have been dropped with it.
 */
function isPruned(state: MockState, atMs: number): boolean {
  const { prunedDay } = state.usage;
  return prunedDay !== null && dayOfMs(atMs) < prunedDay - USAGE_RETENTION_DAYS + 1;
}

function addInto(map: Map<string, UsageCounts>, key: string, change: Partial<UsageCounts>): void {
  let counts = map.get(key);
  if (!counts) {
    counts = zeroCounts();
    map.set(key, counts);
  }
  for (const name of Object.keys(change) as Array<keyof UsageCounts>) {
    const n = change[name] ?? 0;
    counts[name] = name === 'deepestRow' ? Math.max(counts[name], n) : counts[name] + n;
  }
}

/**
 * Adds to the hour's bucket and to the day's sums (read by the scraping watch, which compares 30
 * days of every user without summing hours). `atMs` is the API's clock (the seeded history, written
 * later, goes through addPastUsage).
 */
export function addUsage(
  state: MockState,
  scope: UsageScope,
  id: number,
  change: Partial<UsageCounts>,
  atMs = state.clock.now(),
): void {
  pruneOnceADay(state);
  addAt(state, scope, id, change, atMs);
}

function addAt(state: MockState, scope: UsageScope, id: number, change: Partial<UsageCounts>, atMs: number) {
  addInto(state.usage.hourly, bucketKey(scope, id, Math.floor(atMs / HOUR_MS) * HOUR_MS), change);
  addInto(state.usage.daily, dailyKey(scope, id, dayOfMs(atMs)), change);
}

/**
 * Adds counts of the past as they would stand had they been written at the seed (the seeded
 * history, written late): dropped when the last pruning has dropped their day, and pruning nothing
 * itself, as the retention runs on the day of a count of now (pruneOnceADay), not of a read.
 */
export function addPastUsage(
  state: MockState,
  scope: UsageScope,
  id: number,
  change: Partial<UsageCounts>,
  atMs: number,
): void {
  if (!isPruned(state, atMs)) addAt(state, scope, id, change, atMs);
}

/**
 * How long what a user read is kept: the counters 90 days (the watch compares 30 days, the rest
 * lets support look back at a case), each profile's access trail 12 months (what the person's
 * GDPR export shows of who read their profile). Access logs are personal data of both the reader
 * and the person read: past these, they serve no purpose we could state.
 */
export const USAGE_RETENTION_DAYS = 90;
export const TRAIL_RETENTION_DAYS = 365;

/** Drops what is older than the retention periods; runs on the first count of each UTC day. */
export function pruneOnceADay(state: MockState): void {
  const today = dayOfMs(state.clock.now());
  if (state.usage.prunedDay === today) return;
  state.usage.prunedDay = today;
  const firstKept = today - USAGE_RETENTION_DAYS + 1;
  for (const key of state.usage.hourly.keys())
    if (dayOfMs(Number(key.slice(key.lastIndexOf(':') + 1))) < firstKept) state.usage.hourly.delete(key);
  for (const key of state.usage.daily.keys())
    if (Number(key.slice(key.lastIndexOf(':d') + 2)) < firstKept) state.usage.daily.delete(key);
  const trailCutoff = new Date((today - TRAIL_RETENTION_DAYS + 1) * DAY_MS).toISOString();
  for (const [candidateId, entries] of state.usage.trail) {
    const kept = entries.filter((entry) => entry.at >= trailCutoff);
    if (kept.length === 0) state.usage.trail.delete(candidateId);
    else if (kept.length < entries.length) state.usage.trail.set(candidateId, kept);
  }
}

const add = (state: MockState, scope: UsageScope, id: number, change: Partial<UsageCounts>): void =>
  addUsage(state, scope, id, change);

/** Adds to the user's counters and their company's. */
function addForUser(state: MockState, user: User, change: Partial<UsageCounts>): void {
  add(state, 'user', user.id, change);
  if (user.companyId !== null) add(state, 'company', user.companyId, change);
}

/** The database profiles served to the user or company today (a new day starts empty). */
export function seenToday(state: MockState, scope: UsageScope, id: number): Set<number> {
  const day = dayOfMs(state.clock.now());
  const key = `${scope}:${id}`;
  let seen = state.usage.seenToday.get(key);
  if (!seen || seen.day !== day) {
    seen = { day, ids: new Set() };
    state.usage.seenToday.set(key, seen);
  }
  return seen.ids;
}

function dailyLimitReached(state: MockState, detail: Message): ApiError {
  const now = state.clock.now();
  const retryAfter = Math.max(1, Math.ceil(((dayOfMs(now) + 1) * DAY_MS - now) / 1000));
  return new ApiError(429, detail, { headers: { 'Retry-After': String(retryAfter) } });
}

/** Admits the masked profiles of one read against both daily allowances, or throws 429. */
function admitProfiles(state: MockState, user: User, masked: number[]): void {
  if (masked.length === 0) return;
  const own = seenToday(state, 'user', user.id);
  const fresh = masked.filter((id) => !own.has(id));
  const allowance = userLimits(state, user).dailyProfiles;
  if (own.size + fresh.length > allowance)
    throw dailyLimitReached(state, msg('daily_profiles_reached', { limit: allowance }));
  const company = user.companyId === null ? undefined : seenToday(state, 'company', user.companyId);
  const freshForCompany = company ? masked.filter((id) => !company.has(id)) : [];
  if (company && company.size + freshForCompany.length > limits.companyDailyProfiles)
    throw dailyLimitReached(
      state,
      msg('company_daily_profiles_reached', { limit: limits.companyDailyProfiles }),
    );
  for (const id of fresh) own.add(id);
  for (const id of freshForCompany) company?.add(id);
  add(state, 'user', user.id, { newProfiles: fresh.length });
  if (user.companyId !== null) add(state, 'company', user.companyId, { newProfiles: freshForCompany.length });
}

export interface CandidateRead {
  /** By id (a single read or a getMany: profile views), or a search (a page of results). */
  byId: boolean;
  /** The first row a search asked for. */
  start?: number;
}

/**
 * Counts one read of the candidate database that answers `rows`, `isMasked` telling which the user
 * reads masked; throws 429 when the read would pass a daily allowance. Call it before answering.
 */
export function countCandidateRead<T extends { id: number }>(
  state: MockState,
  user: User,
  rows: readonly T[],
  isMasked: (row: T) => boolean,
  read: CandidateRead,
): void {
  admitProfiles(
    state,
    user,
    rows.filter(isMasked).map((row) => row.id),
  );
  if (read.byId) {
    addForUser(state, user, { profileViews: rows.length, sequentialViews: sequentialIn(state, user, rows) });
    for (const row of rows) recordAccess(state, user, row.id, 'view');
  } else {
    addForUser(state, user, { searchCalls: 1, rowsServed: rows.length, deepestRow: read.start ?? 0 });
    // A row of a list shows the profile too: the person is told of it, one entry per user and hour.
    for (const row of rows) recordAccess(state, user, row.id, 'listed');
  }
}

/** How many of these views follow the user's previous one by one id (a walk through the ids). */
function sequentialIn(state: MockState, user: User, rows: readonly { id: number }[]): number {
  let last = state.usage.lastViewed.get(user.id);
  let steps = 0;
  for (const { id } of rows) {
    if (last !== undefined && Math.abs(id - last) === 1) steps += 1;
    last = id;
  }
  if (last !== undefined) state.usage.lastViewed.set(user.id, last);
  return steps;
}

export function countSignIn(state: MockState, user: User): void {
  addForUser(state, user, { signIns: 1 });
}

/** Paths of pipeline work: a reader who never writes one of these is not recruiting. */
const PIPELINE_WORK = /^\/api\/(applications|activities|interviews|scorecards|tasks)(\/|$)/;

/** Counts a successful write when it is pipeline work. */
export function countWrite(state: MockState, user: User, path: string): void {
  if (PIPELINE_WORK.test(path)) addForUser(state, user, { pipelineActions: 1 });
}

export function countUnlock(state: MockState, user: User): void {
  addForUser(state, user, { unlocks: 1 });
}

/** Profiles leaving the system (a CSV export's rows, a GDPR export): counted and kept in their trail. */
export function countExport(state: MockState, user: User, candidateIds: readonly number[]): void {
  addForUser(state, user, { exports: candidateIds.length });
  for (const id of candidateIds) recordAccess(state, user, id, 'export');
}

export function countRefusal(state: MockState, user: User): void {
  addForUser(state, user, { refused: 1 });
}
