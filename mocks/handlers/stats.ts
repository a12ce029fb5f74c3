import { roleCan } from '../../src/model/permissions';
import type { User } from '../../src/model/types';
import { currentState } from '../db/store';
import type { MockState } from '../db/types';
import { forbidden, notFound } from '../domain/api/errors';
import { msg } from '../domain/api/translate';
import { computeStats, resolveStatsQuery, type StatsData, warmColumns } from '../domain/stats';
import { accountHealthOf, listAccountHealth } from '../domain/stats/account-health';
import { ok, route } from './http';

/** The store's rows as the aggregates' input (no copy). */
function statsData(state: MockState): StatsData {
  const t = state.tables;
  return {
    companies: t.companies.rows,
    users: t.users.rows,
    offers: t.offers.rows,
    applications: t.applications.rows,
    activities: t.activities.rows,
    interviews: t.interviews.rows,
    'saved-views': t['saved-views'].rows,
    'credit-ledger': t['credit-ledger'].rows,
    'audit-logs': t['audit-logs'].rows,
    boards: t.boards.rows,
    'offer-publications': t['offer-publications'].rows,
  };
}

/** GET /api/stats/{name}?from&to&country&companyId: the dashboards' aggregates (docs/api.md). */
export const statsHandlers = [
  route('get', '/api/stats/:name', ({ state, user, params, query }) => {
    const caller = { role: user.role, companyId: user.companyId };
    const resolved = resolveStatsQuery(
      params.name,
      query,
      caller,
      (id) => state.tables.companies.get(id),
      state.clock.now(),
    );
    return ok(computeStats(resolved.name, statsData(state), resolved));
  }),
  /** GET /api/account-health?filter&sort&range: every company's health, paged and sorted (staff). */
  route(
    'get',
    '/api/account-health',
    ({ state, user, query }) => {
      assertHealthReader(user);
      const { rows, total, start } = listAccountHealth(statsData(state), query, state.clock.now());
      const span = rows.length > 0 ? `${start}-${start + rows.length - 1}` : '*';
      return ok(rows, 200, { 'Content-Range': `account-health ${span}/${total}` });
    },
    { list: true },
  ),
  /** GET /api/account-health/{companyId}: one company's health (its page); 404 when not scored. */
  route('get', '/api/account-health/:id', ({ state, user, params }) => {
    assertHealthReader(user);
    const id = Number(params.id);
    const health = /^[1-9]\d{0,9}$/.test(params.id)
      ? accountHealthOf(statsData(state), id, state.clock.now())
      : undefined;
    if (!health) throw notFound(msg('record_not_found', { resource: 'account-health', id: params.id }));
    return ok(health);
  }),
];

function assertHealthReader(user: User): void {
  if (!roleCan(user.role, 'account-health', 'list'))
    throw forbidden(msg('stats_role', { name: 'account-health', role: user.role }));
}

/** Builds the aggregates' column caches over the current data now (see warmColumns). */
export function warmStats(pause: () => Promise<void>): Promise<void> {
  return warmColumns(statsData(currentState()), pause);
}
