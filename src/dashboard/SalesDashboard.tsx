import { Box, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatValue } from '../common/chartData';
import { dateFormat } from '../model/format';
import type {
  AccountsStats,
  BoardsStats,
  FunnelStats,
  StatsParams,
  TimeToHireStats,
} from '../model/stats-types';
import { AccountHealthList } from './AccountHealthList';
import {
  boardMarketsChart,
  boardRejectionsChart,
  boardsChart,
  funnelChart,
  mrrChart,
  offersChart,
  planMixChart,
  sourcesChart,
  stageTimeChart,
  timeToHireChart,
} from './chartDefs';
import { KpiCards } from './KpiCards';
import { trendParams } from './range';
import { type StatsCard, statsCard } from './StatsChartCard';

const GRID = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 480px), 1fr))',
};

/** Sales and admins: the platform's figures over the period, every one from an aggregate endpoint. */
export function SalesDashboard({ params }: { params: StatsParams }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const days = (value: number | null) => formatValue(value, { format: 'days' }, locale);
  const cohort = (funnel: FunnelStats) => (
    <Typography variant="body2" color="text.secondary">
      {translate('app.dashboard.funnel_cohort', funnel)}
    </Typography>
  );
  const month = (day: string) =>
    dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${day}T00:00:00Z`),
    );
  const mrrSpan = (accounts: AccountsStats) => (
    <Typography variant="body2" color="text.secondary">
      {translate('app.dashboard.mrr_span', {
        from: month(accounts.range.from),
        to: month(accounts.range.to),
      })}
    </Typography>
  );
  // Plans and MRR come from one call, over at least a year of months (the plan mix is a snapshot).
  const accounts = useMemo(() => trendParams(params), [params]);
  const hiring = (hire: TimeToHireStats) => (
    <Typography variant="body2" color="text.secondary">
      {translate('app.dashboard.time_to_hire_summary', {
        hires: hire.hires,
        median: days(hire.medianDays),
        p75: days(hire.p75Days),
      })}
    </Typography>
  );
  // The queue is a snapshot (now), the decisions are the period's: the summary says both.
  const moderation = (boards: BoardsStats) => (
    <Typography variant="body2" color="text.secondary">
      {boards.backlog.pending === 0
        ? translate('app.dashboard.moderation_queue_empty')
        : translate('app.dashboard.moderation_queue', {
            smart_count: boards.backlog.pending,
            oldest: days(boards.backlog.oldestAgeDays),
          })}{' '}
      {translate('app.dashboard.moderation_decisions', {
        decisions: boards.decisions,
        median: days(boards.medianDecisionDays),
      })}
    </Typography>
  );
  const boardFigures = () => (
    <Typography variant="body2" color="text.secondary">
      {translate('app.dashboard.board_figures')}
    </Typography>
  );

  // In the grid's order; the plans and MRR read the longer months of a trend.
  const cards: StatsCard[] = [
    statsCard({
      stats: 'offers',
      toChart: offersChart,
      title: 'app.dashboard.charts.offers',
      name: 'offers-per-day',
    }),
    statsCard({
      stats: 'funnel',
      toChart: funnelChart,
      title: 'app.dashboard.charts.funnel',
      name: 'funnel',
      summary: cohort,
    }),
    statsCard({
      stats: 'time-to-hire',
      toChart: timeToHireChart,
      title: 'app.dashboard.charts.time_to_hire',
      name: 'time-to-hire',
      summary: hiring,
    }),
    statsCard({
      stats: 'time-to-hire',
      toChart: stageTimeChart,
      title: 'app.dashboard.charts.stage_time',
      name: 'time-in-stage',
    }),
    statsCard({
      stats: 'sources',
      toChart: sourcesChart,
      title: 'app.dashboard.charts.sources',
      name: 'sources',
    }),
    statsCard({
      stats: 'accounts',
      toChart: planMixChart,
      title: 'app.dashboard.charts.plan_mix',
      name: 'plan-mix',
      trend: true,
    }),
    statsCard({
      stats: 'accounts',
      toChart: mrrChart,
      title: 'app.dashboard.charts.mrr',
      name: 'mrr',
      summary: mrrSpan,
      trend: true,
    }),
    statsCard({
      stats: 'boards',
      toChart: boardsChart,
      title: 'app.dashboard.charts.boards',
      name: 'boards',
      summary: boardFigures,
    }),
    statsCard({
      stats: 'boards',
      toChart: boardMarketsChart,
      title: 'app.dashboard.charts.board_markets',
      name: 'boards-by-market',
      summary: boardFigures,
    }),
    statsCard({
      stats: 'boards',
      toChart: boardRejectionsChart,
      title: 'app.dashboard.charts.moderation',
      name: 'moderation',
      summary: moderation,
    }),
  ];

  return (
    <>
      <KpiCards params={params} />
      <Box sx={GRID}>
        {cards.map((card) => card.draw(card.trend ? accounts : params))}
        <AccountHealthList params={params} />
      </Box>
    </>
  );
}
