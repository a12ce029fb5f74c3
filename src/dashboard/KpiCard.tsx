import ArrowDownIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpIcon from '@mui/icons-material/ArrowUpward';
import FlatIcon from '@mui/icons-material/Remove';
import { Card, CardContent, Skeleton, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatValue, type ValueFormat } from '../common/chartData';
import { numberFormat } from '../model/format';
import type { Currency } from '../model/types';
import { kpiDelta } from './series';

export interface KpiCardProps {
  /** i18n key of the label. */
  label: string;
  current: number | undefined;
  previous: number | undefined;
  format?: ValueFormat;
  currency?: Currency;
}

const ICONS = { up: ArrowUpIcon, down: ArrowDownIcon, flat: FlatIcon };
const COLOURS = { up: 'success.main', down: 'error.main', flat: 'text.secondary' };

/** A figure and its change against the previous period: arrow, sign and words, not colour alone. */
export function KpiCard({ label, current, previous, format = 'count', currency }: KpiCardProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const title = translate(label);
  if (current === undefined || previous === undefined)
    return (
      <Card aria-busy="true" aria-label={title}>
        <CardContent>
          <Typography variant="body2">{title}</Typography>
          <Skeleton width="60%" height={40} />
        </CardContent>
      </Card>
    );

  const series = { format, currency };
  const delta = kpiDelta(current, previous);
  const Icon = ICONS[delta.trend];
  // The words carry the direction ("Up", "Down"): the amount is shown without a sign.
  const change =
    delta.ratio === null
      ? formatValue(Math.abs(delta.change), series, locale)
      : numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(Math.abs(delta.ratio));

  return (
    <Card component="section" aria-label={title}>
      <CardContent>
        <Typography variant="body2" color="text.secondary" component="h2">
          {title}
        </Typography>
        <Typography variant="h4" component="p" data-testid="kpi-value">
          {formatValue(current, series, locale)}
        </Typography>
        <Typography
          variant="body2"
          sx={{ display: 'flex', alignItems: 'center', gap: 0.5, color: COLOURS[delta.trend] }}
          data-testid="kpi-delta"
        >
          <Icon fontSize="small" aria-hidden />
          {translate(`app.dashboard.trend.${delta.trend}`, {
            change,
            previous: formatValue(previous, series, locale),
          })}
        </Typography>
      </CardContent>
    </Card>
  );
}
