import { type ReactNode, useMemo } from 'react';
import { ChartCard } from '../common/ChartCard';
import type { ChartData } from '../common/chartData';
import type { StatsName, StatsParams, StatsResponse } from '../model/stats-types';
import { useStats } from './useStats';

interface StatsChartCardProps<N extends StatsName> {
  stats: N;
  params: StatsParams;
  /** The payload's plotted numbers (chartDefs.ts); a module-level function, so it never changes. */
  toChart: (stats: StatsResponse<N>) => ChartData;
  /** i18n key of the title. */
  title: string;
  /** File name of the CSV download. */
  name: string;
  summary?: (stats: StatsResponse<N>) => ReactNode;
}

/**
 * One chart and the endpoint it reads: it re-renders when its own figures arrive, not when a
 * sibling's do, and hands the chart the same object until they change (the chart is memoised).
 */
export function StatsChartCard<N extends StatsName>({
  stats,
  params,
  toChart,
  title,
  name,
  summary,
}: StatsChartCardProps<N>) {
  const { data, isPending, error } = useStats(stats, params);
  const chart = useMemo(() => data && toChart(data), [data, toChart]);
  return (
    <ChartCard
      title={title}
      name={name}
      data={chart}
      isPending={isPending}
      error={error}
      summary={data && summary?.(data)}
    />
  );
}

/** A card of a list: drawn for the period it is given; `trend`, over the longer period of a trend. */
export interface StatsCard {
  trend: boolean;
  draw: (params: StatsParams) => ReactNode;
}

/**
 * A card as data, for a dashboard that maps over its cards: `toChart` and `summary` are checked
 * against the endpoint's payload here, where the endpoint is still known.
 */
export function statsCard<N extends StatsName>({
  trend = false,
  ...card
}: Omit<StatsChartCardProps<N>, 'params'> & { trend?: boolean }): StatsCard {
  return { trend, draw: (params) => <StatsChartCard key={card.name} {...card} params={params} /> };
}
