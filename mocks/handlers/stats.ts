import type { MockState } from '../db/store';
import { currentState } from '../db/store';
import { computeStats, resolveStatsQuery, type StatsData, warmColumns } from '../domain/stats';
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
  };
}

/** GET /api/stats/{name}?from&to&country&companyId: the dashboards' aggregates (DESIGN.md §7). */
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
];

/** Builds the aggregates' column caches over the current data now (see warmColumns). */
export function warmStats(pause: () => Promise<void>): Promise<void> {
  return warmColumns(statsData(currentState()), pause);
}
