import { Card, CardContent, CardHeader, Skeleton, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { dateFormat } from '../model/format';

interface DashboardCardProps {
  title: string; // i18n key
  subheader?: ReactNode;
  isPending: boolean;
  error?: unknown;
  empty: boolean;
  children: ReactNode;
}

/** A widget of lists (not a chart): title, skeleton, error and empty states. */
export function DashboardCard({ title, subheader, isPending, error, empty, children }: DashboardCardProps) {
  const translate = useTranslate();
  const heading = translate(title);
  return (
    <Card component="section" aria-label={heading} sx={{ overflowX: 'auto' }}>
      <CardHeader
        title={heading}
        subheader={subheader}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
      />
      <CardContent>
        {isPending ? (
          <Skeleton variant="rectangular" height={120} aria-label={translate('app.dashboard.loading')} />
        ) : error ? (
          <Typography color="error">{translate('app.dashboard.error')}</Typography>
        ) : empty ? (
          <Typography color="text.secondary">{translate('app.dashboard.empty')}</Typography>
        ) : (
          children
        )}
      </CardContent>
    </Card>
  );
}

/** Date and time of an ISO timestamp in the reader's language. */
export function useFormatDate(): (iso: string | null, withTime?: boolean) => string {
  const [locale] = useLocaleState();
  return (iso, withTime = false) =>
    iso === null
      ? '–'
      : dateFormat(locale, { dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' } : {}) }).format(
          new Date(iso),
        );
}
