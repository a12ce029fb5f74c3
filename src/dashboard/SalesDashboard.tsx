import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { StatsParams } from '../stats-types';
import { AccountHealthCards } from './AccountHealthCards';
import { ChartCard } from './ChartCard';
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
import { useStats } from './useStats';

const GRID = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 480px), 1fr))',
};

/** Sales and admins: the platform's figures over the period, every one from an aggregate endpoint. */
export function SalesDashboard({ params }: { params: StatsParams }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const offers = useStats('offers', params);
  const funnel = useStats('funnel', params);
  const hire = useStats('time-to-hire', params);
  const sources = useStats('sources', params);
  const accounts = useStats('accounts', params);
  const days = (value: number | null) => formatValue(value, { format: 'days' }, locale);

  return (
    <>
      <KpiCards params={params} />
      <Box sx={GRID}>
        <ChartCard
          title="app.dashboard.charts.offers"
          name="offers-per-day"
          data={offers.data && offersChart(offers.data)}
          isPending={offers.isPending}
          error={offers.error}
        />
        <ChartCard
          title="app.dashboard.charts.funnel"
          name="funnel"
          data={funnel.data && funnelChart(funnel.data)}
          isPending={funnel.isPending}
          error={funnel.error}
          summary={
            funnel.data && (
              <Typography variant="body2" color="text.secondary">
                {translate('app.dashboard.funnel_cohort', funnel.data)}
              </Typography>
            )
          }
        />
        <ChartCard
          title="app.dashboard.charts.time_to_hire"
          name="time-to-hire"
          data={hire.data && timeToHireChart(hire.data)}
          isPending={hire.isPending}
          error={hire.error}
          summary={
            hire.data && (
              <Typography variant="body2" color="text.secondary">
                {translate('app.dashboard.time_to_hire_summary', {
                  hires: hire.data.hires,
                  median: days(hire.data.medianDays),
                  p75: days(hire.data.p75Days),
                })}
              </Typography>
            )
          }
        />
        <ChartCard
          title="app.dashboard.charts.stage_time"
          name="time-in-stage"
          data={hire.data && stageTimeChart(hire.data)}
          isPending={hire.isPending}
          error={hire.error}
        />
        <ChartCard
          title="app.dashboard.charts.sources"
          name="sources"
          data={sources.data && sourcesChart(sources.data)}
          isPending={sources.isPending}
          error={sources.error}
        />
        <ChartCard
          title="app.dashboard.charts.plan_mix"
          name="plan-mix"
          data={accounts.data && planMixChart(accounts.data)}
          isPending={accounts.isPending}
          error={accounts.error}
        />
        <ChartCard
          title="app.dashboard.charts.mrr"
          name="mrr"
          data={accounts.data && mrrChart(accounts.data)}
          isPending={accounts.isPending}
          error={accounts.error}
        />
        <AccountHealthCards params={params} />
      </Box>
    </>
  );
}
