import type { StatsName, StatsResponseMap } from '../../src/stats-types';
import { accountsStats, kpisStats } from './stats-accounts';
import { funnelStats, offersStats, sourcesStats, timeToHireStats } from './stats-activity';
import { boardsStats } from './stats-boards';
import { recruiterStats, supportStats } from './stats-dashboards';
import { accountHealthStats } from './stats-health';
import { offerHealthStats } from './stats-offer-health';
import type { StatsQuery } from './stats-params';
import type { StatsData } from './stats-scope';

export { warmColumns } from './stats-columns';
export { resolveStatsQuery, type StatsCaller, type StatsQuery } from './stats-params';
export type { StatsData } from './stats-scope';

/**
 * The aggregates behind `GET /stats/{name}`: pure functions of the data and a validated, scoped
 * query (resolveStatsQuery). Each is one pass per collection it reads, with a bounded payload.
 */
const COMPUTE: { [N in StatsName]: (data: StatsData, query: StatsQuery) => StatsResponseMap[N] } = {
  offers: offersStats,
  funnel: funnelStats,
  'time-to-hire': timeToHireStats,
  sources: sourcesStats,
  accounts: accountsStats,
  'account-health': accountHealthStats,
  'offer-health': offerHealthStats,
  kpis: kpisStats,
  recruiter: recruiterStats,
  support: supportStats,
  boards: boardsStats,
};

export function computeStats<N extends StatsName>(
  name: N,
  data: StatsData,
  query: StatsQuery,
): StatsResponseMap[N] {
  return COMPUTE[name](data, query);
}
