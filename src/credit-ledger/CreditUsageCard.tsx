import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ChartCard } from '../common/ChartCard';
import type { ChartData } from '../common/chartData';
import type { CreditUsage } from '../model/credit-usage';
import type { Company } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';

/** The API's monthly figures as a chart (and its table view and CSV), unchanged: no sums here. */
export function usageChartData(usage: CreditUsage): ChartData {
  return {
    category: { key: 'month', label: 'resources.credit-ledger.usage.month', kind: 'month' },
    series: (['cvUnlocks', 'jobSlots'] as const).map((key) => ({
      key,
      label: `resources.companies.fields.credits.${key}`,
      format: 'count',
      kind: 'bar',
    })),
    rows: usage.months.map(({ month, cvUnlocks, jobSlots }) => ({ month, cvUnlocks, jobSlots })),
  };
}

/**
 * The company's credits spent per month over the last year, from GET /companies/{id}/credit-usage.
 * `label={false}`: no field label when placed in a show layout.
 */
export function CreditUsageCard(_props: { label?: false }) {
  const company = useRecordContext<Company>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data, isPending, error } = useQuery({
    // Under 'companies': an adjustment or a refund (which invalidate it) refreshes the chart.
    queryKey: ['companies', 'credit-usage', company?.id],
    queryFn: () => dataProvider.getCreditUsage(company?.id as number).then(({ data }) => data),
    enabled: company !== undefined,
  });
  return (
    <ChartCard
      title="resources.credit-ledger.usage.title"
      name={`credit-usage-${company?.id}`}
      data={data && usageChartData(data)}
      isPending={isPending}
      error={error}
      summary={
        data && (
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('resources.credit-ledger.usage.summary', {
              cvUnlocks: data.totals.cvUnlocks,
              jobSlots: data.totals.jobSlots,
              months: data.months.length,
            })}
          </Typography>
        )
      }
    />
  );
}
