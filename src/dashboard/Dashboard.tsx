import { Box, Typography } from '@mui/material';
import { useMemo } from 'react';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import type { Permissions } from '../providers/authProvider';
import { DashboardFilters } from './DashboardFilters';
import { RecruiterDashboard } from './RecruiterDashboard';
import { statsParams } from './range';
import { SalesDashboard } from './SalesDashboard';
import { SupportDashboard } from './SupportDashboard';
import { useDashboardFilter } from './useDashboardFilter';

/** The role-aware home page (docs/roles-and-permissions.md): analytics for sales and admins, pipeline for recruiters, accounts for support. */
export function Dashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions | null>();
  const [filter, setFilter] = useDashboardFilter();
  const role = permissions?.role;
  const params = useMemo(() => statsParams(filter), [filter]);

  return (
    <Box sx={{ py: 2 }}>
      <Title title="app.menu.dashboard" />
      <Typography variant="h5" component="h1">
        {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
      </Typography>
      {role && (
        <Typography color="text.secondary">
          {translate('app.dashboard.signed_in_as', { role: translate(`app.roles.${role}`) })}
        </Typography>
      )}
      {role && role !== 'support' && (
        <DashboardFilters filter={filter} onChange={setFilter} withCountry={role !== 'recruiter'} />
      )}
      {(role === 'sales' || role === 'admin') && <SalesDashboard params={params} />}
      {role === 'recruiter' && <RecruiterDashboard params={params} />}
      {role === 'support' && <SupportDashboard />}
    </Box>
  );
}
