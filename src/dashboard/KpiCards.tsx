import { Box } from '@mui/material';
import type { KpiValues, StatsParams } from '../model/stats-types';
import { mrrCurrencies } from './currencies';
import { KpiCard } from './KpiCard';
import { useStats } from './useStats';

type CountKpi = Exclude<keyof KpiValues, 'mrr'>;
const STAFF: CountKpi[] = ['offersPublished', 'activeAccounts', 'applications', 'hires'];
const RECRUITER: CountKpi[] = ['offersPublished', 'applications', 'hires'];

/**
 * The KPI row; staff also see MRR, one card per currency (never summed across currencies), only in
 * the currencies of the market shown (mrrCurrencies; while loading, those of the market asked for).
 */
export function KpiCards({ params, staff = true }: { params: StatsParams; staff?: boolean }) {
  const { data } = useStats('kpis', params);
  const keys = staff ? STAFF : RECRUITER;
  const currencies = data
    ? mrrCurrencies(data.range.country, [data.current.mrr, data.previous.mrr])
    : mrrCurrencies(params.country ?? null, []);
  return (
    <Box
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', mb: 2 }}
    >
      {keys.map((key) => (
        <KpiCard
          key={key}
          label={`app.dashboard.kpis.${key}`}
          current={data?.current[key]}
          previous={data?.previous[key]}
        />
      ))}
      {staff &&
        currencies.map((currency) => (
          <KpiCard
            key={currency}
            label={`app.dashboard.kpis.mrr_${currency.toLowerCase()}`}
            current={data && data.current.mrr[currency] / 100}
            previous={data && data.previous.mrr[currency] / 100}
            format="money"
            currency={currency}
          />
        ))}
    </Box>
  );
}
