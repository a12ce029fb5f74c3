import type { Company, User } from '../../src/model/types';
import type { UsageCounts } from '../../src/model/usage';
import { addPastUsage, dailyKey, HOUR_MS } from '../domain/usage/counters';
import { DAY, hashKey, Random } from './random';
import type { MockState } from './types';

/**
 * Thirty days of usage counters behind the scraping watch, so it compares each user with a history
 * and peers from the start: ordinary recruiters read a few dozen profiles on working days, in
 * working hours, and do pipeline work; one recruiter of a small company (the seeded scraper) reads
 * normally, then, over the last four nights, walks the ids by the hundreds, signs in again
 * and again and moves nothing. Written as day and hour sums (never one entry per request), from a
 * random stream of its own so the data set itself is unchanged. At `large`, the history covers the
 * recruiters of the first SAMPLED_COMPANIES companies (the demo's size) and the scraper's company;
 * the others' counters start empty and fill as they read.
 */
export const HISTORY_DAYS = 30;
const SAMPLED_COMPANIES = 300;

/** The seeded scraper: the last active recruiter of the first small, active company after the demo tenants. */
export function seededScraper(state: MockState): User | undefined {
  const company = (state.tables.companies.rows as Company[]).find(
    (c) => c.id > 2 && c.size === '1-10' && c.status === 'active',
  );
  if (!company) return undefined;
  return (state.tables.users.rows as User[])
    .filter((u) => u.companyId === company.id && u.role === 'recruiter' && u.status === 'active')
    .at(-1);
}

/**
 * The seeded split harvest: three recruiters of the first company (after the demo tenants, not the
 * scraper's) that has three active ones. Each reads under a user's line; together far above peers.
 */
export function seededSplitHarvest(state: MockState): { company: Company; users: User[] } | undefined {
  const scraper = seededScraper(state);
  const users = state.tables.users.rows as User[];
  for (const company of state.tables.companies.rows as Company[]) {
    if (company.id <= 2 || company.status !== 'active' || company.id === scraper?.companyId) continue;
    if (company.id > SAMPLED_COMPANIES) return undefined;
    const readers = users.filter(
      (u) => u.companyId === company.id && u.role === 'recruiter' && u.status === 'active',
    );
    if (readers.length >= 3) return { company, users: readers.slice(0, 3) };
  }
  return undefined;
}

/** Below the watch's line for one user's day of profile views (100): each account stays under it. */
const SPLIT_SHARE_MAX = 99;

/**
 * Yesterday and today (up to the clock), on top of their ordinary days: each of the three reads up
 * to 60 more profiles in office hours, scattered ids, no pipeline work, never 100 in a day.
 */
function seedSplitHarvest(
  sink: Sink,
  seed: number,
  split: ReturnType<typeof seededSplitHarvest>,
  todayMs: number,
  beforeMs: number,
): void {
  if (!split) return;
  const rng = new Random(hashKey(`${seed}:usage-split-harvest`));
  for (const dayMs of [todayMs - DAY, todayMs])
    for (const user of split.users)
      for (const hour of [10, 13, 15]) {
        const at = dayMs + hour * HOUR_MS;
        if (at >= beforeMs) continue;
        const already = sink.seededViews(user, dayMs);
        const views = Math.min(rng.int(18, 22), SPLIT_SHARE_MAX - already);
        if (views <= 0) continue;
        const searchCalls = rng.int(2, 5);
        sink.put(
          user,
          {
            profileViews: views,
            newProfiles: views,
            sequentialViews: rng.int(0, 2),
            searchCalls,
            rowsServed: searchCalls * 30,
            deepestRow: rng.int(1, 5) * 30,
          },
          at,
        );
      }
}

/**
 * Where the seeded counts go: the counters, as if each had been counted at its hour, and a tally of
 * the seed's own profile views per user and day (the split harvest tops those up, whatever live
 * reads came before the history was written).
 */
interface Sink {
  put(user: User, change: Partial<UsageCounts>, atMs: number): void;
  seededViews(user: User, dayMs: number): number;
}

function sinkInto(state: MockState): Sink {
  const views = new Map<string, number>();
  return {
    put(user, change, atMs) {
      const key = dailyKey('user', user.id, Math.floor(atMs / DAY));
      views.set(key, (views.get(key) ?? 0) + (change.profileViews ?? 0));
      // A day the counters' retention already dropped stays dropped (mocks/domain/usage/counters.ts).
      addPastUsage(state, 'user', user.id, change, atMs);
      if (user.companyId !== null) addPastUsage(state, 'company', user.companyId, change, atMs);
    },
    seededViews: (user, dayMs) => views.get(dailyKey('user', user.id, dayMs / DAY)) ?? 0,
  };
}

/** An ordinary working day: searches, a few dozen views, pipeline work, in one or two office hours. */
function ordinaryDay(
  sink: Sink,
  rng: Random,
  user: User,
  dayMs: number,
  beforeMs: number,
  scraper: boolean,
): void {
  const hours = rng.int(1, 2);
  for (let i = 0; i < hours; i++) {
    const at = dayMs + rng.int(8, 17) * HOUR_MS;
    if (at >= beforeMs) continue;
    const searchCalls = rng.int(1, 8);
    const views = rng.int(1, 20);
    sink.put(
      user,
      {
        profileViews: views,
        searchCalls,
        rowsServed: searchCalls * rng.int(5, 30),
        deepestRow: rng.int(0, 3) * 30,
        newProfiles: Math.round(views * 0.6),
        sequentialViews: rng.bool(0.2) ? 1 : 0,
        unlocks: rng.bool(0.15) ? 1 : 0,
        exports: rng.bool(0.05) ? rng.int(1, 10) : 0,
        signIns: i === 0 ? 1 : 0,
        // An account bought to harvest profiles does no recruiting.
        pipelineActions: scraper ? 0 : rng.int(1, 8),
      },
      at,
    );
  }
}

/** The scraper's nights: a walk through the ids, hundreds of views, deep pages, sign-ins, 429s. */
function scrapingNight(sink: Sink, rng: Random, user: User, dayMs: number, views: number, beforeMs: number) {
  const hours = [1, 2, 3, 4, 5];
  const perHour = Math.ceil(views / hours.length);
  for (const hour of hours) {
    const at = dayMs + hour * HOUR_MS;
    if (at >= beforeMs) continue;
    const searchCalls = rng.int(20, 40);
    sink.put(
      user,
      {
        profileViews: perHour,
        sequentialViews: perHour - rng.int(1, 5),
        searchCalls,
        rowsServed: searchCalls * 30,
        deepestRow: rng.int(40, 90) * 30,
        newProfiles: Math.min(perHour, 120),
        signIns: rng.int(2, 4),
        refused: rng.int(0, 3),
      },
      at,
    );
  }
}

/**
 * The last thirty days of counters (today up to the clock's hour), as steps to run later: one per
 * recruiter, then the split harvest. Who is read and the clock are taken now, when the data is
 * seeded; the counts can be written any time after, as the API's own counts add to the same sums
 * (mocks/domain/usage/counters.ts runs what is left before anything reads the counters).
 */
export function usageHistory(state: MockState): Iterator<void> {
  const rng = new Random(hashKey(`${state.seed}:usage-history`));
  const now = state.clock.now();
  const today = Math.floor(now / DAY) * DAY;
  const scraper = seededScraper(state);
  // Copies: the tables edit rows in place, and a recruiter moved to another company before the
  // counts are written must leave them with the company they were read for.
  const asSeeded = (user: User): User => ({ ...user });
  const found = seededSplitHarvest(state);
  const split = found && { ...found, users: found.users.map(asSeeded) };
  const readers = (state.tables.users.rows as User[])
    .filter((user) => {
      if (user.role !== 'recruiter' || user.status !== 'active' || user.companyId === null) return false;
      return (
        user.id === scraper?.id ||
        user.companyId <= SAMPLED_COMPANIES ||
        user.companyId === scraper?.companyId
      );
    })
    .map(asSeeded);
  const sink = sinkInto(state);
  return (function* steps() {
    for (const user of readers) {
      const own = user.id === scraper?.id;
      for (let back = HISTORY_DAYS - 1; back >= 0; back--) {
        const dayMs = today - back * DAY;
        const weekday = new Date(dayMs).getUTCDay();
        if (own && back <= 3) {
          scrapingNight(sink, rng, user, dayMs, [700, 450, 250, 120][back], now);
          continue;
        }
        if (weekday === 0 || weekday === 6 || rng.bool(0.2)) continue;
        ordinaryDay(sink, rng, user, dayMs, now, own);
      }
      yield;
    }
    seedSplitHarvest(sink, state.seed, split, today, now);
  })();
}
