import { numberFormat } from '../../../src/model/format';
import {
  COMPANY_WATCH_SORTS,
  type CompanyReader,
  type CompanyReason,
  type CompanySignal,
  FLAG_SCORE,
  type WatchDay,
  type WatchedCompany,
} from '../../../src/model/scraping';
import type { Company, Locale, Plan, User } from '../../../src/model/types';
import type { UsageCounts } from '../../../src/model/usage';
import { HISTORY_DAYS } from '../../db/seed-usage';
import type { MockState } from '../../db/types';
import { assertCan } from '../accounts/permissions';
import { type Message, msg, render } from '../api/translate';
import { parseRange } from '../records/query';
import { dayOfMs, dayToIso, quantileSorted } from '../stats/time';
import { dailyCounts, dailyKey, zeroCounts } from '../usage/counters';
import {
  assessUsers,
  type Computed,
  closeScore,
  MIN_SEQUENTIAL,
  MIN_VIEWS,
  OWN_MULTIPLE,
  offHoursReason,
  parseWatchFilter,
  parseWatchSort,
  RECENT_DAYS,
  sorted,
  sortRows,
} from './watch';

/**
 * The scraping watch per company: the company's daily sums (all its users' reads together, kept
 * by the same counters as the users'), against its own past weeks and the companies of the same
 * plan, plus what its users' rows say together. A harvest split between accounts keeps each one
 * under a user's line; the company's sum does not. Same recent day and past as the user watch.
 */
const MIN_COMPANY_VIEWS = 150;
const MIN_EXPORTS = 50;
const FAR_ABOVE = 2;

const POINTS: Record<CompanySignal, number> = {
  views_above_peers: 30,
  views_above_own: 20,
  split_harvest: 30,
  flagged_users: 30,
  sequential_walk: 25,
  exports_above_peers: 15,
  off_hours: 15,
  no_pipeline_action: 15,
  quota_refusals: 10,
};

interface Peers {
  views: number;
  exports: number;
}

interface CompanyComputed {
  company: Company;
  days: UsageCounts[];
  users: Computed[];
  score: number;
  reasons: Array<Omit<CompanyReason, 'text'> & { message: Message }>;
  profileViews: number;
  readers: number;
}

const NOTHING: Readonly<UsageCounts> = Object.freeze(zeroCounts());

/** The 99th percentiles of the plan's companies' past active days (views, exports), per plan. */
function companyPeers(watched: Array<{ company: Company; days: UsageCounts[] }>): Map<Plan, Peers> {
  const byPlan = new Map<Plan, { views: number[]; exports: number[] }>();
  for (const { company, days } of watched) {
    const lists = byPlan.get(company.plan) ?? { views: [], exports: [] };
    byPlan.set(company.plan, lists);
    for (const d of days.slice(0, HISTORY_DAYS - RECENT_DAYS))
      if (d.profileViews + d.searchCalls > 0) {
        lists.views.push(d.profileViews);
        lists.exports.push(d.exports);
      }
  }
  const p99 = (values: number[]) => quantileSorted(sorted(values), 0.99) ?? 0;
  return new Map([...byPlan].map(([plan, l]) => [plan, { views: p99(l.views), exports: p99(l.exports) }]));
}

function assessCompany(
  state: MockState,
  company: Company,
  days: UsageCounts[],
  users: Computed[],
  peers: Peers,
  today: number,
  locale: Locale,
): CompanyComputed {
  const past = days.slice(0, HISTORY_DAYS - RECENT_DAYS);
  const recentIndex = days[HISTORY_DAYS - 1].profileViews >= days[HISTORY_DAYS - 2].profileViews ? 1 : 2;
  const recent = days[HISTORY_DAYS - recentIndex];
  const when = msg(recentIndex === 1 ? 'watch_today' : 'watch_yesterday');
  const n = (value: number) => numberFormat(locale).format(Math.round(value));
  const reasons: CompanyComputed['reasons'] = [];
  const reason = (signal: CompanySignal, value: number, threshold: number, message: Message) =>
    reasons.push({ signal, points: POINTS[signal], value, threshold, message });
  const views = recent.profileViews;
  const plan = company.plan;
  const abovePeers = views >= MIN_COMPANY_VIEWS && views > peers.views;
  if (abovePeers)
    reason(
      'views_above_peers',
      views,
      peers.views,
      msg('watch_company_views_above_peers', { views: n(views), when, p99: n(peers.views), plan }),
    );
  const usual = Math.max(
    1,
    quantileSorted(sorted(past.map((d) => d.profileViews).filter((v) => v > 0)), 0.5) ?? 0,
  );
  const aboveOwn = views >= MIN_COMPANY_VIEWS && views > OWN_MULTIPLE * usual;
  if (aboveOwn)
    reason(
      'views_above_own',
      views,
      usual,
      msg('watch_company_views_above_own', {
        views: n(views),
        when,
        times: n(views / usual),
        usual: n(usual),
      }),
    );
  // Each user's share of the same day: the readers, and whether any stands out on their own.
  const shares = users
    .map((u) => ({ user: u, views: u.watched.days[HISTORY_DAYS - recentIndex].profileViews }))
    .filter((s) => s.views > 0);
  const flaggedUsers = users.filter((u) => u.score >= FLAG_SCORE);
  const largest = Math.max(0, ...shares.map((s) => s.views));
  // "Far above": twice the plan's 99th percentile, which a company's busy day does not reach.
  if (shares.length >= 2 && flaggedUsers.length === 0 && abovePeers && views > FAR_ABOVE * peers.views)
    reason(
      'split_harvest',
      views,
      peers.views,
      msg('watch_split_harvest', {
        readers: shares.length,
        p99: n(peers.views),
        views: n(views),
        when,
        largest: n(largest),
        line: n(MIN_VIEWS),
      }),
    );
  if (flaggedUsers.length > 0)
    reason(
      'flagged_users',
      flaggedUsers.length,
      1,
      msg('watch_flagged_users', {
        count: flaggedUsers.length,
        names: flaggedUsers.map((u) => `${u.watched.user.firstName} ${u.watched.user.lastName}`).join(', '),
      }),
    );
  if (recent.sequentialViews >= MIN_SEQUENTIAL && recent.sequentialViews * 2 >= views)
    reason(
      'sequential_walk',
      recent.sequentialViews,
      MIN_SEQUENTIAL,
      msg('watch_sequential_walk', { count: n(recent.sequentialViews), views: n(views), when }),
    );
  if (recent.exports >= MIN_EXPORTS && recent.exports > peers.exports)
    reason(
      'exports_above_peers',
      recent.exports,
      peers.exports,
      msg('watch_company_exports', { count: n(recent.exports), when, p99: n(peers.exports), plan }),
    );
  offHoursReason(state, { scope: 'company', id: company.id }, company.id, today, recentIndex, recent, {
    reason,
    when,
    n,
  });
  const score = closeScore(reasons, reason, {
    days,
    recent,
    minViews: MIN_COMPANY_VIEWS,
    idle: 'watch_company_no_pipeline_action',
    when,
    n,
  });
  return { company, days, users, score, reasons, profileViews: views, readers: shares.length };
}

/** Each day's band of the plan's unflagged companies: the median and the 99th percentile of views. */
function companyBands(computed: CompanyComputed[]): Map<Plan, Array<{ median: number; p99: number }>> {
  const byPlan = new Map<Plan, CompanyComputed[]>();
  for (const c of computed) {
    if (c.score >= FLAG_SCORE) continue;
    const list = byPlan.get(c.company.plan) ?? [];
    list.push(c);
    byPlan.set(c.company.plan, list);
  }
  return new Map(
    [...byPlan].map(([plan, list]) => [
      plan,
      Array.from({ length: HISTORY_DAYS }, (_, i) => {
        const values = sorted(list.map((c) => c.days[i].profileViews));
        const round = (q: number) => Math.round(quantileSorted(values, q) ?? 0);
        return { median: round(0.5), p99: round(0.99) };
      }),
    ]),
  );
}

/** Every company with a recruiter on the user watch, assessed from its daily sums and its users. */
export function assessCompanies(state: MockState, today: number, locale: Locale): CompanyComputed[] {
  const { computed: users } = assessUsers(state, today, locale);
  const byCompany = new Map<number, { company: Company; users: Computed[] }>();
  for (const u of users) {
    const entry = byCompany.get(u.watched.company.id) ?? { company: u.watched.company, users: [] };
    entry.users.push(u);
    byCompany.set(u.watched.company.id, entry);
  }
  const watched = [...byCompany.values()].map(({ company, users: members }) => {
    const days: UsageCounts[] = [];
    for (let day = today - HISTORY_DAYS + 1; day <= today; day++)
      days.push(dailyCounts(state, dailyKey('company', company.id, day)) ?? NOTHING);
    return { company, days, users: members };
  });
  const peers = companyPeers(watched);
  return watched.map((w) =>
    assessCompany(
      state,
      w.company,
      w.days,
      w.users,
      peers.get(w.company.plan) ?? { views: 0, exports: 0 },
      today,
      locale,
    ),
  );
}

function reader(state: MockState, c: Computed): CompanyReader {
  const { user } = c.watched;
  const quota = state.usage.quotas.get(user.id);
  return {
    id: user.id,
    name: `${user.firstName} ${user.lastName}`,
    email: user.email,
    status: user.status,
    score: c.score,
    flagged: c.score >= FLAG_SCORE,
    profileViews: c.profileViews,
    quota: quota && Date.parse(quota.until) > state.clock.now() ? { ...quota } : null,
  };
}

/** GET /scraping-watch-companies: the page asked for, and the total, for Content-Range. */
export function scrapingWatchCompanies(
  state: MockState,
  actor: User,
  query: URLSearchParams,
  locale: Locale,
): { rows: WatchedCompany[]; start: number; total: number } {
  assertCan(actor, 'scraping-watch', 'list');
  const filter = parseWatchFilter(query.get('filter'));
  const sort = parseWatchSort(query.get('sort'), COMPANY_WATCH_SORTS);
  const [start, end] = parseRange(query.get('range'), 100) ?? [0, 24];
  const today = dayOfMs(state.clock.now());
  const computed = assessCompanies(state, today, locale);
  const bands = companyBands(computed);
  type Row = Pick<
    WatchedCompany,
    'id' | 'name' | 'plan' | 'score' | 'flagged' | 'profileViews' | 'readers'
  > & {
    computed: CompanyComputed;
  };
  const rows = computed
    .map(
      (c): Row => ({
        id: c.company.id,
        name: c.company.name,
        plan: c.company.plan,
        score: c.score,
        flagged: c.score >= FLAG_SCORE,
        profileViews: c.profileViews,
        readers: c.readers,
        computed: c,
      }),
    )
    .filter(
      (row) =>
        (filter.flagged === undefined || row.flagged === filter.flagged) &&
        (filter.companyId === undefined || row.id === filter.companyId) &&
        (filter.q === undefined || row.name.toLowerCase().includes(filter.q)),
    );
  sortRows(rows, sort);
  // Words, users and the 30 days only for the page asked for.
  const page = rows.slice(start, end + 1).map(({ computed: c, ...row }): WatchedCompany => {
    const band = bands.get(row.plan);
    return {
      ...row,
      reasons: c.reasons.map(({ message, ...r }) => ({ ...r, text: render(message, locale) })),
      users: c.users
        .map((u) => reader(state, u))
        .sort((a, b) => b.score - a.score || b.profileViews - a.profileViews || a.id - b.id),
      days: c.days.map(
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
