import type { StatsName, StatsResponseMap } from '../../../src/model/stats-types';
import { accountsStats, kpisStats } from './accounts';
import { funnelStats, offersStats, sourcesStats, timeToHireStats } from './activity';
import { boardsStats } from './boards';
import type { StatsData } from './columns';
import { recruiterStats, supportStats } from './dashboards';
import { accountHealthStats } from './health';
import { offerHealthStats } from './offer-health';
import type { StatsQuery } from './params';

export type { StatsData } from './columns';
export { warmColumns } from './columns';
export { resolveStatsQuery, type StatsCaller, type StatsQuery } from './params';

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
