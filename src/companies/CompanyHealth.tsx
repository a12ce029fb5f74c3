import { Box, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { useCanAccess, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { HealthComponents, HealthReasons, HealthScore, HealthTrend } from '../dashboard/AccountHealthFields';
import type { AccountHealthRow } from '../model/stats-types';
import type { Company } from '../model/types';

/**
 * The account's health score as the API computes it (`GET /account-health/{id}`, staff only): the
 * score, its change over 30 days, why it is at risk and its five components. Churned accounts
 * are not scored (404).
 */
export function CompanyHealth(_props: { label?: false }) {
  const company = useRecordContext<Company>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'account-health', action: 'show' });
  const { data, isPending, error } = useGetOne<AccountHealthRow>(
    'account-health',
    { id: company?.id ?? 0 },
    { enabled: canAccess === true && company !== undefined, retry: false },
  );
  if (!company || !canAccess) return null;
  const title = translate('app.dashboard.health.company_page');
  return (
    <Card variant="outlined" component="section" aria-label={title} sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
          {title}
        </Typography>
        {isPending ? (
          <Skeleton height={32} aria-label={translate('app.dashboard.loading')} />
        ) : error || !data ? (
          <Typography variant="body2" color="text.secondary">
            {translate('app.dashboard.health.company_page_none')}
          </Typography>
        ) : (
          <Stack sx={{ gap: 2 }}>
            <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
              <Box sx={{ width: 200 }}>
                <HealthScore score={data.score} />
              </Box>
              <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
                <Typography variant="body2" color="text.secondary">
                  {translate('app.dashboard.health.trend')}
                </Typography>
                <HealthTrend score={data.score} previousScore={data.previousScore} />
              </Stack>
              <HealthReasons reasons={data.reasons} />
            </Stack>
            <HealthComponents health={data} />
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
