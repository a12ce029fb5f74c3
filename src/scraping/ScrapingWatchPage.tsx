import { Box, Chip, Skeleton, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { DataTable, List, useRecordContext, useTranslate } from 'react-admin';
import type { WatchedUser } from '../model/scraping';
import { WatchActions } from './WatchActions';

// recharts comes with the first chart opened, as on the dashboards.
const ActivityChart = lazy(() =>
  import('./charts/ActivityChart').then((m) => ({ default: m.ActivityChart })),
);

/**
 * #/scraping-watch (support, admin): every recruiter's reading of the candidate database, the
 * flagged ones first, sortable and paged by the API; a row opens on 30 days of activity against
 * the plan's peers, the reasons, and the three actions (lower the quota, lock, warn the company).
 */
export function ScrapingWatchPage() {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.scraping.${key}`);
  return (
    <List
      resource="scraping-watch"
      title="app.scraping.title"
      sort={{ field: 'score', order: 'DESC' }}
      perPage={25}
      disableSyncWithLocation
      storeKey="scraping-watch"
      exporter={false}
      actions={false}
      aside={<WatchHelp />}
    >
      <DataTable<WatchedUser> rowClick="expand" expand={<WatchPanel />} bulkActionButtons={false}>
        <DataTable.Col source="name" label={t('fields.name')} />
        <DataTable.Col source="companyName" label={t('fields.company')} />
        <DataTable.Col
          source="score"
          label={t('fields.score')}
          render={(row) => <ScoreCell row={row as WatchedUser} />}
        />
        <DataTable.Col source="profileViews" label={t('fields.profile_views')} />
        <DataTable.Col
          source="reasons"
          label={t('fields.reasons')}
          disableSort
          render={(row) => <ReasonsCell row={row as WatchedUser} />}
        />
        <DataTable.Col
          source="status"
          label={t('fields.status')}
          render={(row) => translate(`app.scraping.status.${(row as WatchedUser).status}`)}
        />
      </DataTable>
    </List>
  );
}

/** The score with a word: a chip saying "Flagged" (never the colour alone). */
function ScoreCell({ row }: { row: WatchedUser }) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
      <span>{row.score}</span>
      {row.flagged && <Chip size="small" color="error" label={translate('app.scraping.flagged')} />}
      {row.quota && (
        <Chip
          size="small"
          variant="outlined"
          label={translate('app.scraping.quota.lowered', { count: row.quota.dailyProfiles })}
        />
      )}
    </Box>
  );
}

function ReasonsCell({ row }: { row: WatchedUser }) {
  if (row.reasons.length === 0) return <span>—</span>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {row.reasons.map((reason) => (
        <li key={reason.signal}>{reason.text}</li>
      ))}
    </Box>
  );
}

/** The expanded row: the chart, the plan and the actions. */
function WatchPanel() {
  const translate = useTranslate();
  const row = useRecordContext<WatchedUser>();
  if (!row) return null;
  return (
    <Box sx={{ p: 1 }}>
      <Typography variant="body2">
        {translate('app.scraping.panel', { email: row.email, company: row.companyName, plan: row.plan })}
      </Typography>
      <Suspense fallback={<Skeleton variant="rectangular" height={220} />}>
        <ActivityChart row={row} />
      </Suspense>
      <WatchActions row={row} />
    </Box>
  );
}

function WatchHelp() {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ p: 2, maxWidth: 280 }}>
      {translate('app.scraping.explanation')}
    </Typography>
  );
}
