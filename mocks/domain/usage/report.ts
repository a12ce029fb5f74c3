import type { User } from '../../../src/model/types';
import {
  USAGE_COUNTERS,
  type UsageBucket,
  type UsageCounts,
  type UsageGranularity,
  type UsageReport,
} from '../../../src/model/usage';
import type { MockState } from '../../db/types';
import { assertCan } from '../accounts/permissions';
import { badRequest, notFound } from '../api/errors';
import { msg } from '../api/translate';
import { DAY_MS, dayOfMs, dayToIso, parseDay } from '../stats/time';
import { bucketKey, HOUR_MS, hourlyCounts, seenToday, type UsageScope, zeroCounts } from './counters';
import { limits, userLimits } from './ratelimit';

/**
 * GET /usage?userId=|companyId=&granularity=hour|day&from=&to=: one user's or one company's usage
 * counters, per hour or per UTC day, zeros included, read from the hourly buckets (support and
 * admin). 400 naming the parameter for bad input, 404 for an unknown user or company.
 */
const PARAMS = ['userId', 'companyId', 'granularity', 'from', 'to'];
/** The longest period a report covers, per granularity (a month of hours, a year of days). */
export const USAGE_MAX_DAYS: Record<UsageGranularity, number> = { hour: 31, day: 366 };

interface UsageQuery {
  scope: UsageScope;
  id: number;
  granularity: UsageGranularity;
  fromDay: number;
  toDay: number;
}

function positiveId(raw: string, param: string): number {
  if (!/^[1-9]\d{0,9}$/.test(raw)) throw badRequest(msg('param_positive_integer', { param }));
  return Number(raw);
}

function parseUsageQuery(state: MockState, query: URLSearchParams): UsageQuery {
  for (const key of query.keys())
    if (!PARAMS.includes(key))
      throw badRequest(msg('param_unknown', { param: key, expected: PARAMS.join(', ') }));
  const userId = query.get('userId');
  const companyId = query.get('companyId');
  if ((userId === null) === (companyId === null)) throw badRequest(msg('usage_scope_required'));
  const scope: UsageScope = userId !== null ? 'user' : 'company';
  const id = positiveId((userId ?? companyId) as string, userId !== null ? 'userId' : 'companyId');
  if (scope === 'user' && !state.tables.users.get(id))
    throw notFound(msg('record_not_found', { resource: 'users', id }));
  if (scope === 'company' && !state.tables.companies.get(id))
    throw notFound(msg('company_not_found', { id }));
  const granularity = query.get('granularity') ?? 'day';
  if (granularity !== 'hour' && granularity !== 'day') throw badRequest(msg('usage_granularity'));
  const today = dayOfMs(state.clock.now());
  const toRaw = query.get('to');
  const toDay = toRaw === null ? today : parseDay(toRaw);
  if (toDay === null) throw badRequest(msg('param_date', { param: 'to' }));
  const fromRaw = query.get('from');
  const fromDay = fromRaw === null ? (granularity === 'day' ? toDay - 6 : toDay) : parseDay(fromRaw);
  if (fromDay === null) throw badRequest(msg('param_date', { param: 'from' }));
  if (fromDay > toDay) throw badRequest(msg('stats_from_after_to'));
  if (toDay - fromDay + 1 > USAGE_MAX_DAYS[granularity])
    throw badRequest(msg('usage_range_too_long', { days: USAGE_MAX_DAYS[granularity] }));
  return { scope, id, granularity, fromDay, toDay };
}

function addInto(total: UsageCounts, counts: UsageCounts): void {
  for (const name of USAGE_COUNTERS)
    total[name] = name === 'deepestRow' ? Math.max(total[name], counts[name]) : total[name] + counts[name];
}

/** The report of GET /usage. */
export function usageReport(state: MockState, user: User, query: URLSearchParams): UsageReport {
  assertCan(user, 'usage', 'list');
  const { scope, id, granularity, fromDay, toDay } = parseUsageQuery(state, query);
  const buckets: UsageBucket[] = [];
  const totals = zeroCounts();
  for (let day = fromDay; day <= toDay; day += 1) {
    const dayBucket: UsageBucket = { at: new Date(day * DAY_MS).toISOString(), ...zeroCounts() };
    for (let hour = day * DAY_MS; hour < (day + 1) * DAY_MS; hour += HOUR_MS) {
      const counts = hourlyCounts(state, bucketKey(scope, id, hour)) ?? zeroCounts();
      if (granularity === 'hour') buckets.push({ at: new Date(hour).toISOString(), ...counts });
      addInto(dayBucket, counts);
    }
    if (granularity === 'day') buckets.push(dayBucket);
    addInto(totals, dayBucket);
  }
  // A user's own limits, lowered by support for a while when they are.
  const own = scope === 'user' ? userLimits(state, state.tables.users.get(id) as User) : undefined;
  const allowance = own ? own.dailyProfiles : limits.companyDailyProfiles;
  const used = seenToday(state, scope, id).size;
  return {
    scope,
    id,
    granularity,
    from: dayToIso(fromDay),
    to: dayToIso(toDay),
    limits: {
      newProfilesPerDay: allowance,
      callsPerMinute: own ? own.listCalls : limits.companyListCalls,
    },
    today: { newProfiles: used, remaining: Math.max(0, allowance - used) },
    buckets,
    totals,
  };
}
