import type {
  AccountsMonth,
  AccountsStats,
  KpisStats,
  KpiValues,
  MoneyByCurrency,
} from '../../../src/model/stats-types';
import { COMPANY_STATUSES, type Company, PLANS } from '../../../src/model/types';
import { applicationColumns, offerColumns, type StatsData } from './columns';
import { type StatsQuery, shiftedQuery } from './params';
import { inRangeMs, Scope } from './scope';
import { DAY_MS, dayToIso } from './time';

/**
 * The churn date we derive (companies hold no history): a churned company left at its last sign of
 * life, lastActivityAt, or at createdAt when it never had any.
 */
export const churnedAt = (c: Company): string | null =>
  c.status === 'churned' ? (c.lastActivityAt ?? c.createdAt) : null;

/**
 * A paying account at an instant (ISO, exclusive bound): created before it, not churned by then,
 * and not a trial (trials are prospects). Its current mrrCents is what it paid (no plan history).
 */
export function isAccountActiveAt(c: Company, beforeIso: string): boolean {
  if (c.status === 'trial' || c.createdAt >= beforeIso) return false;
  const churn = churnedAt(c);
  return churn === null || churn >= beforeIso;
}

const zeroMoney = (): MoneyByCurrency => ({ EUR: 0, GBP: 0 });

/** Month buckets of the range: [startDay, endDay] inclusive, the last one cut at `to`. */
function monthsOf(
  fromDay: number,
  toDay: number,
): Array<{ month: string; startDay: number; endDay: number }> {
  const months: Array<{ month: string; startDay: number; endDay: number }> = [];
  let start = fromDay;
  while (start <= toDay) {
    const date = new Date(start * DAY_MS);
    const nextMonth = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS;
    const endDay = Math.min(nextMonth - 1, toDay);
    months.push({ month: dayToIso(start).slice(0, 7), startDay: start, endDay });
    start = endDay + 1;
  }
  return months;
}

export function accountsStats(data: StatsData, query: StatsQuery): AccountsStats {
  const scope = new Scope(query);
  const planMix = Object.fromEntries(PLANS.map((p) => [p, 0])) as AccountsStats['planMix'];
  const statusMix = Object.fromEntries(COMPANY_STATUSES.map((s) => [s, 0])) as AccountsStats['statusMix'];
  const months = monthsOf(query.fromDay, query.toDay).map((m) => ({
    ...m,
    startIso: dayToIso(m.startDay),
    endExclIso: dayToIso(m.endDay + 1),
    row: { month: m.month, mrr: zeroMoney(), active: 0, new: 0, churned: 0 } as AccountsMonth,
  }));
  for (const c of data.companies) {
    if (!scope.company(c)) continue;
    statusMix[c.status]++;
    if (c.status !== 'churned') planMix[c.plan]++;
    const churn = churnedAt(c);
    for (const m of months) {
      if (isAccountActiveAt(c, m.endExclIso)) {
        m.row.active++;
        m.row.mrr[c.currency] += c.mrrCents;
      }
      if (c.createdAt >= m.startIso && c.createdAt < m.endExclIso) m.row.new++;
      if (churn !== null && churn >= m.startIso && churn < m.endExclIso) m.row.churned++;
    }
  }
  return { range: query.range, planMix, statusMix, months: months.map((m) => m.row) };
}

/** KPIs over the range and over the period of the same length just before it. */
export function kpisStats(data: StatsData, query: StatsQuery): KpisStats {
  const previousQuery = shiftedQuery(query, query.fromDay - query.range.days, query.fromDay - 1);
  const scope = new Scope(query);
  const current: KpiValues = {
    offersPublished: 0,
    activeAccounts: 0,
    applications: 0,
    hires: 0,
    mrr: zeroMoney(),
  };
  const previous: KpiValues = {
    offersPublished: 0,
    activeAccounts: 0,
    applications: 0,
    hires: 0,
    mrr: zeroMoney(),
  };
  const offers = offerColumns(data);
  for (let i = 0; i < offers.n; i++) {
    if (!scope.offerAt(offers, i)) continue;
    if (inRangeMs(offers.published[i], query)) current.offersPublished++;
    else if (inRangeMs(offers.published[i], previousQuery)) previous.offersPublished++;
  }
  const apps = applicationColumns(data);
  for (let i = 0; i < apps.n; i++) {
    if (!scope.applicationAt(apps, i)) continue;
    if (inRangeMs(apps.applied[i], query)) current.applications++;
    else if (inRangeMs(apps.applied[i], previousQuery)) previous.applications++;
    if (inRangeMs(apps.hired[i], query)) current.hires++;
    else if (inRangeMs(apps.hired[i], previousQuery)) previous.hires++;
  }
  for (const c of data.companies) {
    if (!scope.company(c)) continue;
    for (const [values, q] of [
      [current, query],
      [previous, previousQuery],
    ] as const) {
      if (!isAccountActiveAt(c, q.toExclIso)) continue;
      values.activeAccounts++;
      values.mrr[c.currency] += c.mrrCents;
    }
  }
  return {
    range: query.range,
    previousRange: { from: previousQuery.range.from, to: previousQuery.range.to },
    current,
    previous,
  };
}
