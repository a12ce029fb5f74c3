import { Card, CardContent, CardHeader, Skeleton, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { StatsParams } from '../stats-types';
import { AccountHealthTable } from './AccountHealthTable';
import { useStats } from './useStats';

/** Top and at-risk accounts (a snapshot as of the API's clock, not over the period). */
export function AccountHealthCards({ params }: { params: StatsParams }) {
  const translate = useTranslate();
  const { data, isPending, error } = useStats('account-health', params);
  const cards = [
    { key: 'top', rows: data?.top, note: null },
    {
      key: 'at_risk',
      rows: data?.atRisk,
      note: data && translate('app.dashboard.health.at_risk_total', { smart_count: data.atRiskTotal }),
    },
  ];
  return cards.map(({ key, rows, note }) => {
    const title = translate(`app.dashboard.health.${key}`);
    return (
      <Card key={key} component="section" aria-label={title} sx={{ overflowX: 'auto', gridColumn: '1 / -1' }}>
        <CardHeader
          title={title}
          slotProps={{ title: { variant: 'h6', component: 'h2' } }}
          subheader={note}
        />
        <CardContent>
          {error ? (
            <Typography color="error">{translate('app.dashboard.error')}</Typography>
          ) : isPending || !rows ? (
            <Skeleton variant="rectangular" height={160} aria-label={translate('app.dashboard.loading')} />
          ) : (
            <AccountHealthTable rows={rows} caption={title} />
          )}
          {data?.averageScore != null && key === 'top' && (
            <Typography variant="caption" color="text.secondary">
              {translate('app.dashboard.health.average', { score: data.averageScore, count: data.scored })}
            </Typography>
          )}
        </CardContent>
      </Card>
    );
  });
}
