import { Box } from '@mui/material';
import type { StatsParams } from '../model/stats-types';
import { MyTasks } from '../tasks/MyTasks';
import { funnelChart, rejectionsChart } from './chartDefs';
import { KpiCards } from './KpiCards';
import { OfferHealthCard } from './OfferHealthCard';
import { RecruiterLists } from './RecruiterLists';
import { StatsChartCard } from './StatsChartCard';
import { useStats } from './useStats';

const GRID = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 420px), 1fr))',
};

/** A recruiter's own company (the API scopes every figure to it): funnel, offers, interviews, activity. */
export function RecruiterDashboard({ params }: { params: StatsParams }) {
  const recruiter = useStats('recruiter', params);
  return (
    <>
      <KpiCards params={params} staff={false} />
      <Box sx={GRID}>
        <StatsChartCard
          stats="funnel"
          params={params}
          toChart={funnelChart}
          title="app.dashboard.charts.funnel"
          name="funnel"
        />
        <StatsChartCard
          stats="funnel"
          params={params}
          toChart={rejectionsChart}
          title="app.dashboard.charts.rejections"
          name="rejections"
        />
        <RecruiterLists data={recruiter.data} isPending={recruiter.isPending} error={recruiter.error} />
        <MyTasks />
      </Box>
      <Box sx={{ mt: 2 }}>
        <OfferHealthCard params={params} />
      </Box>
    </>
  );
}
