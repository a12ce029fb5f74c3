import { numberFormat } from '../../../src/model/format';
import {
  FLAG_SCORE,
  type ScrapingReason,
  type ScrapingSignal,
  WATCH_SORTS,
  type WatchDay,
  type WatchedUser,
} from '../../../src/model/scraping';
import type { Company, Locale, Plan, User } from '../../../src/model/types';
import type { UsageCounts } from '../../../src/model/usage';
import { HISTORY_DAYS } from '../../db/seed-usage';
import type { MockState } from '../../db/types';
import { assertCan } from '../accounts/permissions';
import { badRequest } from '../api/errors';
import { type Message, msg, render } from '../api/translate';
import { parseJson, parseRange } from '../records/query';
import { dayOfMs, dayToIso, quantileSorted } from '../stats/time';
import { bucketKey, dailyCounts, dailyKey, HOUR_MS, hourlyCounts, zeroCounts } from '../usage/counters';

/**
 * The scraping watch: each recruiter's reading of the candidate database, read from the daily and
 * hourly usage sums (never from requests), compared with their own past weeks and with the
 * recruiters of companies on the same plan. The signals read the busier of today and yesterday
 * (a night's harvest straddles midnight, and the morning has little of today); the past is the 28
 * days before. Each signal crossed adds points and a reason in words; FLAG_SCORE and up is flagged.
 */
export const RECENT_DAYS = 2;
/** Below these a day is ordinary work, whatever the peers do (a quiet plan's p99 can be tiny). */
export const MIN_VIEWS = 100;
export const MIN_SEQUENTIAL = 30;
export const DEEP_ROW = 300;
const MIN_OFF_HOURS = 50;
const MANY_SIGN_INS = 10;
const MANY_REFUSALS = 5;
export const OWN_MULTIPLE = 5;
const PIPELINE_DAYS = 7;
const HABIT_GAP_DAYS = 7;
/** A week's reading: 300 views at least, and more than twice the peers' busiest weeks (p99). */
const WEEK_DAYS = 7;
const MIN_WEEK_VIEWS = 300;
const FAR_ABOVE_WEEK = 2;

const POINTS: Record<ScrapingSignal, number> = {
  views_above_peers: 30,
  views_above_own: 20,
  sequential_walk: 35,
  deep_paging: 15,
  off_hours: 15,
  many_sign_ins: 10,
  no_pipeline_action: 15,
  quota_refusals: 10,
  sustained_reading: 50,
};

export interface Watched {
  user: User;
  company: Company;
  days: UsageCounts[];
}

export function sorted(values: number[]): number[] {
  return values.sort((a, b) => a - b);
}

/** Hours of the day (0–23, UTC) at which the company read or searched in the past weeks. */
function companyHours(state: MockState, companyId: number, firstDay: number, lastDay: number): Set<number> {
  const hours = new Set<number>();
  for (let day = firstDay; day <= lastDay; day++)
    for (let h = 0; h < 24; h++) {
      const counts = hourlyCounts(state, bucketKey('company', companyId, day * 86_400_000 + h * HOUR_MS));
      if (counts && counts.profileViews + counts.searchCalls > 0) hours.add(h);
    }
  return hours;
}

/**
 * Reading at hours the company never works (its habits before the last week, so a harvest of
 * several nights does not become one): the `off_hours` signal of both watches, on the recent day
 * of whoever is watched (a user, or the company's users together).
 */
export function offHoursReason(
  state: MockState,
  watched: { scope: 'user' | 'company'; id: number },
  companyId: number,
  today: number,
  recentIndex: number,
  recent: UsageCounts,
  {
    reason,
    when,
    n,
  }: Pick<Closing, 'when' | 'n'> & {
    reason: (signal: 'off_hours', value: number, threshold: number, message: Message) => void;
  },
): void {
  if (recent.profileViews + recent.searchCalls < MIN_OFF_HOURS) return;
  const day = today - recentIndex + 1;
  const usualHours = companyHours(state, companyId, today - HISTORY_DAYS + 1, today - HABIT_GAP_DAYS);
  let off = 0;
  const offHours: number[] = [];
  for (let h = 0; h < 24; h++) {
    const counts = hourlyCounts(state, bucketKey(watched.scope, watched.id, day * 86_400_000 + h * HOUR_MS));
    if (!counts || usualHours.has(h) || counts.profileViews + counts.searchCalls === 0) continue;
    off += counts.profileViews + counts.searchCalls;
    offHours.push(h);
  }
  if (off >= MIN_OFF_HOURS)
    reason(
      'off_hours',
      off,
      MIN_OFF_HOURS,
      msg('watch_off_hours', { count: n(off), when, hours: offHours.map((h) => `${h}:00`).join(', ') }),
    );
}

/** What the last signals of both watches read: a user's days or a company's, and how to word them. */
export interface Closing {
  days: UsageCounts[];
  /** The day read: the busier of today and yesterday. */
  recent: UsageCounts;
  /** The views below which a day is ordinary work (a company's line is higher than a user's). */
  minViews: number;
  /** The words for reading without working the pipeline (a user, or a whole company). */
  idle: 'watch_no_pipeline_action' | 'watch_company_no_pipeline_action';
  when: Message;
  n: (value: number) => string;
}

/**
 * The signals both watches end on, read alike for a user and a company (many views and no
 * pipeline action for a week, quota refusals), then the score: every reason's points, at most 100.
 */
export function closeScore(
  reasons: ReadonlyArray<{ points: number }>,
  reason: (
    signal: 'no_pipeline_action' | 'quota_refusals',
    value: number,
    threshold: number,
    message: Message,
  ) => void,
  { days, recent, minViews, idle, when, n }: Closing,
): number {
  const views = recent.profileViews;
  const work = days.slice(-PIPELINE_DAYS).reduce((sum, d) => sum + d.pipelineActions, 0);
  if (views >= minViews && work === 0)
    reason('no_pipeline_action', 0, 1, msg(idle, { views: n(views), when, days: PIPELINE_DAYS }));
  if (recent.refused >= MANY_REFUSALS)
    reason(
      'quota_refusals',
      recent.refused,
      MANY_REFUSALS,
      msg('watch_quota_refusals', { count: n(recent.refused), when }),
    );
  return Math.min(
    100,
    reasons.reduce((sum, r) => sum + r.points, 0),
  );
}

export interface Computed {
  watched: Watched;
  score: number;
  reasons: Array<Omit<ScrapingReason, 'text'> & { message: Message }>;
  profileViews: number;
}

function assess(state: MockState, watched: Watched, peers: Peers, today: number, locale: Locale): Computed {
  const { days, company } = watched;
  const past = days.slice(0, HISTORY_DAYS - RECENT_DAYS);
  const recentIndex = days[HISTORY_DAYS - 1].profileViews >= days[HISTORY_DAYS - 2].profileViews ? 1 : 2;
  const recent = days[HISTORY_DAYS - recentIndex];
  const when = msg(recentIndex === 1 ? 'watch_today' : 'watch_yesterday');
  const n = (value: number) => numberFormat(locale).format(Math.round(value));
  const reasons: Computed['reasons'] = [];
  const reason = (signal: ScrapingSignal, value: number, threshold: number, message: Message) =>
    reasons.push({ signal, points: POINTS[signal], value, threshold, message });
  const views = recent.profileViews;
  const peerP99 = peers.views;
  if (views >= MIN_VIEWS && views > peerP99)
    reason(
      'views_above_peers',
      views,
      peerP99,
      msg('watch_views_above_peers', { views: n(views), when, p99: n(peerP99), plan: company.plan }),
    );
  // A reader pacing each day just under the lines above still harvests thousands a month.
  const week = weekViews(days, HISTORY_DAYS);
  if (week >= MIN_WEEK_VIEWS && week > FAR_ABOVE_WEEK * peers.week)
    reason(
      'sustained_reading',
      week,
      peers.week,
      msg('watch_sustained_reading', {
        views: n(week),
        days: WEEK_DAYS,
        p99: n(peers.week),
        plan: company.plan,
      }),
    );
  const activePast = sorted(past.map((d) => d.profileViews).filter((v) => v > 0));
  const usual = Math.max(1, quantileSorted(activePast, 0.5) ?? 0);
  if (views >= MIN_VIEWS && views > OWN_MULTIPLE * usual)
    reason(
      'views_above_own',
      views,
      usual,
      msg('watch_views_above_own', { views: n(views), when, times: n(views / usual), usual: n(usual) }),
    );
  if (recent.sequentialViews >= MIN_SEQUENTIAL && recent.sequentialViews * 2 >= views)
    reason(
      'sequential_walk',
      recent.sequentialViews,
      MIN_SEQUENTIAL,
      msg('watch_sequential_walk', { count: n(recent.sequentialViews), views: n(views), when }),
    );
  if (recent.deepestRow >= DEEP_ROW)
    reason(
      'deep_paging',
      recent.deepestRow,
      DEEP_ROW,
      msg('watch_deep_paging', { row: n(recent.deepestRow), when }),
    );
  offHoursReason(state, { scope: 'user', id: watched.user.id }, company.id, today, recentIndex, recent, {
    reason,
    when,
    n,
  });
  if (recent.signIns >= MANY_SIGN_INS)
    reason(
      'many_sign_ins',
      recent.signIns,
      MANY_SIGN_INS,
      msg('watch_many_sign_ins', { count: n(recent.signIns), when }),
    );
  const score = closeScore(reasons, reason, {
    days,
    recent,
    minViews: MIN_VIEWS,
    idle: 'watch_no_pipeline_action',
    when,
    n,
  });
  return { watched, score, reasons, profileViews: views };
}

/** A day without any count, shared (read only): most recruiters are idle most days. */
const NOTHING: Readonly<UsageCounts> = Object.freeze(zeroCounts());

/** Every recruiter's last 30 days of usage, from the daily sums. */
function watchedUsers(state: MockState, today: number): Watched[] {
  const out: Watched[] = [];
  for (const user of state.tables.users.rows as User[]) {
    if (user.role !== 'recruiter' || user.companyId === null || user.status === 'invited') continue;
    const company = state.tables.companies.get(user.companyId) as Company | undefined;
    if (!company) continue;
    const days: UsageCounts[] = [];
    for (let day = today - HISTORY_DAYS + 1; day <= today; day++)
      days.push(dailyCounts(state, dailyKey('user', user.id, day)) ?? NOTHING);
    out.push({ user, company, days });
  }
  return out;
}

/** Profile views of the WEEK_DAYS days ending before `end` (an index into `days`). */
const weekViews = (days: UsageCounts[], end: number): number =>
  days.slice(end - WEEK_DAYS, end).reduce((sum, d) => sum + d.profileViews, 0);

interface Peers {
  /** The 99th percentile of the plan's peers' past active days. */
  views: number;
  /** The same of their past weeks with any reading (the week before the recent days). */
  week: number;
}

/** The plan's peers' 99th percentiles (profile views a day, and a week), per plan. */
function peerThresholds(watched: Watched[]): Map<Plan, Peers> {
  const byPlan = new Map<Plan, { days: number[]; weeks: number[] }>();
  for (const w of watched) {
    const lists = byPlan.get(w.company.plan) ?? { days: [], weeks: [] };
    byPlan.set(w.company.plan, lists);
    for (const d of w.days.slice(0, HISTORY_DAYS - RECENT_DAYS))
      if (d.profileViews > 0) lists.days.push(d.profileViews);
    for (let end = HISTORY_DAYS - RECENT_DAYS; end >= WEEK_DAYS; end -= WEEK_DAYS) {
      const week = weekViews(w.days, end);
      if (week > 0) lists.weeks.push(week);
    }
  }
  const p99 = (values: number[]) => quantileSorted(sorted(values), 0.99) ?? 0;
  return new Map([...byPlan].map(([plan, l]) => [plan, { views: p99(l.days), week: p99(l.weeks) }]));
}

/** Each day's band of the plan's unflagged peers: the median and the 99th percentile of their views. */
function peerBands(computed: Computed[]): Map<Plan, Array<{ median: number; p99: number }>> {
  const bands = new Map<Plan, Array<{ median: number; p99: number }>>();
  const byPlan = new Map<Plan, Computed[]>();
  for (const c of computed) {
    if (c.score >= FLAG_SCORE) continue;
    const list = byPlan.get(c.watched.company.plan) ?? [];
    list.push(c);
    byPlan.set(c.watched.company.plan, list);
  }
  for (const [plan, list] of byPlan)
    bands.set(
      plan,
      Array.from({ length: HISTORY_DAYS }, (_, i) => {
        const values = sorted(list.map((c) => c.watched.days[i].profileViews));
        const round = (q: number) => Math.round(quantileSorted(values, q) ?? 0);
        return { median: round(0.5), p99: round(0.99) };
      }),
    );
  return bands;
}

export interface WatchFilter {
  flagged?: boolean;
  companyId?: number;
  q?: string;
}

/** The filters of both watch lists: flagged, a company, words of a name, an email or a company. */
export function parseWatchFilter(raw: string | null): WatchFilter {
  if (raw === null) return {};
  const filter = parseJson(raw, 'filter');
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw badRequest(msg('filter_not_object'));
  const out: WatchFilter = {};
  for (const [key, value] of Object.entries(filter)) {
    if (key === 'flagged') {
      if (typeof value !== 'boolean') throw badRequest(msg('filter_invalid_value', { key }));
      out.flagged = value;
    } else if (key === 'companyId') {
      if (!Number.isSafeInteger(value) || (value as number) < 1)
        throw badRequest(msg('filter_invalid_value', { key }));
      out.companyId = value as number;
    } else if (key === 'q') {
      if (typeof value !== 'string' || value.length > 200) throw badRequest(msg('filter_invalid_q'));
      out.q = value.toLowerCase();
    } else throw badRequest(msg('filter_unknown_field', { key }));
  }
  return out;
}

/** `sort=["field","ASC|DESC"]` among `fields`; the riskiest first by default. */
export function parseWatchSort<F extends string>(
  raw: string | null,
  fields: readonly F[],
): { field: F; order: 'ASC' | 'DESC' } {
  if (raw === null) return { field: 'score' as F, order: 'DESC' };
  const sort = parseJson(raw, 'sort');
  if (!Array.isArray(sort) || sort.length !== 2 || !['ASC', 'DESC'].includes(sort[1]))
    throw badRequest(msg('sort_shape'));
  if (!(fields as readonly unknown[]).includes(sort[0]))
    throw badRequest(msg('sort_unknown_field', { field: String(sort[0]) }));
  return { field: sort[0], order: sort[1] };
}

/** Sorts rows in place on a field, ties by id. */
export function sortRows<R extends { id: number }>(
  rows: R[],
  sort: { field: keyof R; order: 'ASC' | 'DESC' },
): R[] {
  const sign = sort.order === 'ASC' ? 1 : -1;
  return rows.sort((a, b) => {
    const x = a[sort.field];
    const y = b[sort.field];
    const by = typeof x === 'number' ? x - (y as number) : String(x).localeCompare(String(y));
    return by * sign || a.id - b.id;
  });
}

/** Every recruiter assessed, and each plan's daily band of unflagged peers. */
export function assessUsers(
  state: MockState,
  today: number,
  locale: Locale,
): { computed: Computed[]; bands: Map<Plan, Array<{ median: number; p99: number }>> } {
  const watched = watchedUsers(state, today);
  const thresholds = peerThresholds(watched);
  const computed = watched.map((w) =>
    assess(state, w, thresholds.get(w.company.plan) ?? { views: 0, week: 0 }, today, locale),
  );
  return { computed, bands: peerBands(computed) };
}

/** GET /scraping-watch: the page asked for, and the total, for Content-Range. */
export function scrapingWatch(
  state: MockState,
  actor: User,
  query: URLSearchParams,
  locale: Locale,
): { rows: WatchedUser[]; start: number; total: number } {
  assertCan(actor, 'scraping-watch', 'list');
  const filter = parseWatchFilter(query.get('filter'));
  const sort = parseWatchSort(query.get('sort'), WATCH_SORTS);
  const [start, end] = parseRange(query.get('range'), 100) ?? [0, 24];
  const today = dayOfMs(state.clock.now());
  const { computed, bands } = assessUsers(state, today, locale);
  type Row = Omit<WatchedUser, 'days'> & { computed: Computed };
  const rows = computed
    .map((c): Row => {
      const { user, company } = c.watched;
      const quota = state.usage.quotas.get(user.id);
      return {
        id: user.id,
        name: `${user.firstName} ${user.lastName}`,
        email: user.email,
        status: user.status,
        companyId: company.id,
        companyName: company.name,
        plan: company.plan,
        score: c.score,
        flagged: c.score >= FLAG_SCORE,
        reasons: [],
        profileViews: c.profileViews,
        quota: quota && Date.parse(quota.until) > state.clock.now() ? { ...quota } : null,
        computed: c,
      };
    })
    .filter(
      (row) =>
        (filter.flagged === undefined || row.flagged === filter.flagged) &&
        (filter.companyId === undefined || row.companyId === filter.companyId) &&
        (filter.q === undefined ||
          `${row.name} ${row.email} ${row.companyName}`.toLowerCase().includes(filter.q)),
    );
  sortRows(rows, sort);
  // Words and the 30 days only for the page asked for (thousands of recruiters at `large`).
  const page = rows.slice(start, end + 1).map(({ computed: c, ...row }): WatchedUser => {
    const band = bands.get(row.plan);
    return {
      ...row,
      reasons: c.reasons.map(({ message, ...r }) => ({ ...r, text: render(message, locale) })),
      days: c.watched.days.map(
        (d, i): WatchDay => ({
          day: dayToIso(today - HISTORY_DAYS + 1 + i),
          profileViews: d.profileViews,
          searchCalls: d.searchCalls,
          unlocks: d.unlocks,
          exports: d.exports,
          refused: d.refused,
          peerMedian: band?.[i].median ?? 0,
          peerP99: band?.[i].p99 ?? 0,
        }),
      ),
    };
  });
  return { rows: page, start, total: rows.length };
}
