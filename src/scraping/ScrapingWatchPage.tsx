import { Box, Chip, Skeleton, Tab, Tabs, Typography } from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import { DataTable, List, useRecordContext, useTranslate } from 'react-admin';
import { ListHelp } from '../common/ListHelp';
import type { WatchedCompany, WatchedUser } from '../model/scraping';
import type { QuotaOverride } from '../model/usage';
import { CompanyActions, WatchActions } from './WatchActions';

// recharts comes with the first chart opened, as on the dashboards.
const ActivityChart = lazy(() =>
  import('./charts/ActivityChart').then((m) => ({ default: m.ActivityChart })),
);

/**
 * #/scraping-watch (support, admin): by user or by company (tabs), the flagged ones first,
 * sortable and paged by the API; a row opens on 30 days of activity against the plan's peers, the
 * reasons and the actions (a user: lower the quota, lock, warn the company; a company: lower all
 * its users' quotas, warn its contact).
 */
export function ScrapingWatchPage() {
  const translate = useTranslate();
  const [tab, setTab] = useState<'users' | 'companies'>('users');
  return (
    <Box>
      <Tabs
        value={tab}
        onChange={(_, value) => setTab(value)}
        aria-label={translate('app.scraping.tabs.label')}
        sx={{ mt: 1 }}
      >
        <Tab value="users" label={translate('app.scraping.tabs.users')} />
        <Tab value="companies" label={translate('app.scraping.tabs.companies')} />
      </Tabs>
      {tab === 'users' ? <UserWatchList /> : <CompanyWatchList />}
    </Box>
  );
}

function UserWatchList() {
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
      aside={<ListHelp>{translate('app.scraping.explanation')}</ListHelp>}
    >
      <DataTable<WatchedUser> rowClick="expand" expand={<WatchPanel />} bulkActionButtons={false}>
        <DataTable.Col source="name" label={t('fields.name')} />
        <DataTable.Col source="companyName" label={t('fields.company')} />
        <DataTable.Col
          source="score"
          label={t('fields.score')}
          render={(row) => <ScoreCell {...(row as WatchedUser)} />}
        />
        <DataTable.Col source="profileViews" label={t('fields.profile_views')} />
        <DataTable.Col
          source="reasons"
          label={t('fields.reasons')}
          disableSort
          render={(row) => <ReasonsCell reasons={(row as WatchedUser).reasons} />}
        />
        <DataTable.Col
          source="status"
          label={t('fields.status')}
          render={(row) => translate(`resources.users.statuses.${(row as WatchedUser).status}`)}
        />
      </DataTable>
    </List>
  );
}

/** The score with a word: a chip saying "Flagged" (never the colour alone). */
function ScoreCell({
  score,
  flagged,
  quota,
}: {
  score: number;
  flagged: boolean;
  quota?: QuotaOverride | null;
}) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
      <span>{score}</span>
      {flagged && <Chip size="small" color="error" label={translate('app.scraping.flagged')} />}
      {quota && (
        <Chip
          size="small"
          variant="outlined"
          label={translate('app.scraping.quota.lowered', { count: quota.dailyProfiles })}
        />
      )}
    </Box>
  );
}

function ReasonsCell({ reasons }: { reasons: Array<{ signal: string; text: string }> }) {
  if (reasons.length === 0) return <span>—</span>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {reasons.map((reason) => (
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

function CompanyWatchList() {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.scraping.${key}`);
  return (
    <List
      resource="scraping-watch-companies"
      title="app.scraping.title"
      sort={{ field: 'score', order: 'DESC' }}
      perPage={25}
      disableSyncWithLocation
      storeKey="scraping-watch-companies"
      exporter={false}
      actions={false}
      aside={<ListHelp>{translate('app.scraping.company.explanation')}</ListHelp>}
    >
      <DataTable<WatchedCompany> rowClick="expand" expand={<CompanyPanel />} bulkActionButtons={false}>
        <DataTable.Col source="name" label={t('company.fields.name')} />
        <DataTable.Col source="plan" label={t('company.fields.plan')} />
        <DataTable.Col
          source="score"
          label={t('fields.score')}
          render={(row) => <ScoreCell {...(row as WatchedCompany)} />}
        />
        <DataTable.Col source="profileViews" label={t('company.fields.profile_views')} />
        <DataTable.Col source="readers" label={t('company.fields.readers')} />
        <DataTable.Col
          source="reasons"
          label={t('fields.reasons')}
          disableSort
          render={(row) => <ReasonsCell reasons={(row as WatchedCompany).reasons} />}
        />
      </DataTable>
    </List>
  );
}

/** The expanded company: its recruiters with their own scores, the chart and the actions. */
function CompanyPanel() {
  const translate = useTranslate();
  const row = useRecordContext<WatchedCompany>();
  if (!row) return null;
  return (
    <Box sx={{ p: 1 }}>
      <Typography variant="subtitle2" component="h3">
        {translate('app.scraping.company.users')}
      </Typography>
      <Box component="ul" sx={{ mt: 0, pl: 2 }}>
        {row.users.map((user) => (
          <li key={user.id}>
            {translate('app.scraping.company.user_line', {
              name: user.name,
              email: user.email,
              score: user.score,
              views: user.profileViews,
            })}
            {user.flagged && ` · ${translate('app.scraping.flagged')}`}
            {user.quota &&
              ` · ${translate('app.scraping.quota.lowered', { count: user.quota.dailyProfiles })}`}
          </li>
        ))}
      </Box>
      <Suspense fallback={<Skeleton variant="rectangular" height={220} />}>
        <ActivityChart row={row} kind="company" />
      </Suspense>
      <CompanyActions row={row} />
    </Box>
  );
}
