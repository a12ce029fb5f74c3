import { STATS_NAMES, STATS_ROLES, type StatsName, type StatsRange } from '../../../src/model/stats-types';
import type { Company, Country, Identifier, Role } from '../../../src/model/types';
import { badRequest, forbidden, notFound } from '../api/errors';
import { parseId } from '../api/input';
import { msg } from '../api/translate';
import { DAY_MS, dayOfMs, dayToIso, parseDay } from './time';

/** A validated stats request: the range as days and as ISO bounds for string comparison. */
export interface StatsQuery {
  name: StatsName;
  range: StatsRange;
  fromDay: number;
  toDay: number;
  /** 'YYYY-MM-DD' of `from`: an ISO timestamp t is in range when fromIso <= t < toExclIso. */
  fromIso: string;
  toExclIso: string;
  /** The same bounds in ms, for the column scans: fromMs <= t < toExclMs. */
  fromMs: number;
  toExclMs: number;
  /** The API's clock (ms): snapshot endpoints (health, dashboards) are computed as of now. */
  now: number;
}

export interface StatsCaller {
  role: Role;
  companyId: Identifier | null;
}

export const DEFAULT_RANGE_DAYS = 30;
/** Three calendar years, leap day included. */
export const MAX_RANGE_DAYS = 3 * 365 + 1;
const PARAMS = new Set(['from', 'to', 'country', 'companyId']);
const COUNTRIES: readonly Country[] = ['FR', 'GB'];
/** Endpoints about one company: staff must say which. */
const COMPANY_REQUIRED: ReadonlySet<StatsName> = new Set(['offer-health', 'recruiter']);

const isStatsName = (name: string): name is StatsName => (STATS_NAMES as readonly string[]).includes(name);

/**
 * Validates `GET /stats/{name}` and scopes it: 404 for an unknown statistic or company, 400 naming
 * the parameter for bad input, 403 for a role the endpoint is not for. Recruiters always get their own company
 * (a companyId param narrows nothing and never widens).
 */
export function resolveStatsQuery(
  name: string,
  params: URLSearchParams,
  caller: StatsCaller,
  findCompany: (id: Identifier) => Company | undefined,
  now: number,
): StatsQuery {
  // An unknown statistic is no route: 404, as for an unknown resource or export.
  if (!isStatsName(name)) throw notFound(msg('stats_unknown', { name, expected: STATS_NAMES.join(', ') }));
  if (!STATS_ROLES[name].includes(caller.role))
    throw forbidden(msg('stats_role', { name, role: caller.role }));
  for (const key of params.keys()) {
    if (!PARAMS.has(key))
      throw badRequest(msg('param_unknown', { param: key, expected: 'from, to, country, companyId' }));
  }
  const today = dayOfMs(now);
  const fromRaw = params.get('from');
  const toRaw = params.get('to');
  const toDay = toRaw === null ? today : parseDay(toRaw);
  if (toDay === null) throw badRequest(msg('param_date', { param: 'to' }));
  const fromDay = fromRaw === null ? toDay - DEFAULT_RANGE_DAYS + 1 : parseDay(fromRaw);
  if (fromDay === null) throw badRequest(msg('param_date', { param: 'from' }));
  if (fromDay > toDay) throw badRequest(msg('stats_from_after_to'));
  const days = toDay - fromDay + 1;
  if (days > MAX_RANGE_DAYS) throw badRequest(msg('stats_range_too_long', { days: MAX_RANGE_DAYS }));

  const countryRaw = params.get('country');
  if (countryRaw !== null && !COUNTRIES.includes(countryRaw as Country)) {
    throw badRequest(msg('stats_country'));
  }
  const country = countryRaw as Country | null;

  let companyId: Identifier | null = null;
  if (caller.role === 'recruiter') {
    if (caller.companyId === null) throw forbidden(msg('no_company'));
    companyId = caller.companyId;
  } else {
    const raw = params.get('companyId');
    if (raw !== null) {
      const id = parseId(raw);
      if (id === undefined) throw badRequest(msg('param_positive_integer', { param: 'companyId' }));
      companyId = id;
      if (!findCompany(companyId)) throw notFound(msg('company_not_found', { id: companyId }));
    } else if (COMPANY_REQUIRED.has(name)) {
      throw badRequest(msg('stats_company_required', { name }));
    }
  }

  return {
    name,
    range: { from: dayToIso(fromDay), to: dayToIso(toDay), days, country, companyId },
    fromDay,
    toDay,
    fromIso: dayToIso(fromDay),
    toExclIso: dayToIso(toDay + 1),
    fromMs: fromDay * DAY_MS,
    toExclMs: (toDay + 1) * DAY_MS,
    now,
  };
}

/** A query over another period (the KPIs' previous one), same scope. */
export function shiftedQuery(query: StatsQuery, fromDay: number, toDay: number): StatsQuery {
  return {
    ...query,
    range: { ...query.range, from: dayToIso(fromDay), to: dayToIso(toDay), days: toDay - fromDay + 1 },
    fromDay,
    toDay,
    fromIso: dayToIso(fromDay),
    toExclIso: dayToIso(toDay + 1),
    fromMs: fromDay * DAY_MS,
    toExclMs: (toDay + 1) * DAY_MS,
  };
}

/** ISO bounds of the `days` days before now (snapshot windows: health, dashboards). */
export function windowBefore(
  now: number,
  days: number,
  endOffsetDays = 0,
): { startIso: string; endIso: string } {
  const end = now - endOffsetDays * DAY_MS;
  return { startIso: new Date(end - days * DAY_MS).toISOString(), endIso: new Date(end).toISOString() };
}
