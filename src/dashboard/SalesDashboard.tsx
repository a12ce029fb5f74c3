import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { FunnelStats, StatsParams, TimeToHireStats } from '../stats-types';
import { AccountHealthCards } from './AccountHealthCards';
import { formatValue } from './chartData';
import {
  funnelChart,
  mrrChart,
  offersChart,
  planMixChart,
  sourcesChart,
  stageTimeChart,
  timeToHireChart,
} from './chartDefs';
import { KpiCards } from './KpiCards';
import { StatsChartCard } from './StatsChartCard';

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
  const hiring = (hire: TimeToHireStats) => (
    <Typography variant="body2" color="text.secondary">
      {translate('app.dashboard.time_to_hire_summary', {
        hires: hire.hires,
        median: days(hire.medianDays),
        p75: days(hire.p75Days),
      })}
    </Typography>
  );

  return (
    <>
      <KpiCards params={params} />
      <Box sx={GRID}>
        <StatsChartCard
          stats="offers"
          params={params}
          toChart={offersChart}
          title="app.dashboard.charts.offers"
          name="offers-per-day"
        />
        <StatsChartCard
          stats="funnel"
          params={params}
          toChart={funnelChart}
          title="app.dashboard.charts.funnel"
          name="funnel"
          summary={cohort}
        />
        <StatsChartCard
          stats="time-to-hire"
          params={params}
          toChart={timeToHireChart}
          title="app.dashboard.charts.time_to_hire"
          name="time-to-hire"
          summary={hiring}
        />
        <StatsChartCard
          stats="time-to-hire"
          params={params}
          toChart={stageTimeChart}
          title="app.dashboard.charts.stage_time"
          name="time-in-stage"
        />
        <StatsChartCard
          stats="sources"
          params={params}
          toChart={sourcesChart}
          title="app.dashboard.charts.sources"
          name="sources"
        />
        <StatsChartCard
          stats="accounts"
          params={params}
          toChart={planMixChart}
          title="app.dashboard.charts.plan_mix"
          name="plan-mix"
        />
        <StatsChartCard
          stats="accounts"
          params={params}
          toChart={mrrChart}
          title="app.dashboard.charts.mrr"
          name="mrr"
        />
        <AccountHealthCards params={params} />
      </Box>
    </>
  );
}
