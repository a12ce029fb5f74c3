import { type ChartData, toPercent, toUnits } from '../common/chartData';
import type {
  AccountsStats,
  BoardFigures,
  BoardsStats,
  FunnelStats,
  OffersStats,
  SourcesStats,
  TimeToHireStats,
} from '../model/stats-types';
import { PLANS, REJECTION_CATEGORIES } from '../model/types';
import { mrrCurrencies } from './currencies';

/** Payload → plotted numbers, one function per chart; nothing here aggregates raw records. */
const L = 'app.dashboard.series.';

export function offersChart(stats: OffersStats): ChartData {
  // The API averages daily buckets only (over 7 full days, those before the period included).
  const average = stats.bucket === 'day';
  return {
    category: { key: 'date', label: `app.dashboard.bucket.${stats.bucket}`, kind: 'date' },
    series: [
      { key: 'published', label: `${L}published`, format: 'count', kind: 'line' },
      ...(average
        ? [
            {
              key: 'average',
              label: `${L}average7`,
              format: 'decimal' as const,
              kind: 'line' as const,
              dashed: true,
            },
          ]
        : []),
      { key: 'closed', label: `${L}closed`, format: 'count', kind: 'line' },
    ],
    rows: stats.buckets.map((bucket) => ({
      date: bucket.date,
      published: bucket.published,
      ...(average ? { average: bucket.publishedAverage7d } : {}),
      closed: bucket.closed,
    })),
  };
}

export function funnelChart(stats: FunnelStats): ChartData {
  return {
    category: { key: 'stage', label: `${L}stage`, kind: 'enum', prefix: 'resources.applications.stage.' },
    series: [
      { key: 'reached', label: `${L}reached`, format: 'count', kind: 'bar' },
      { key: 'finishedReached', label: `${L}finished_reached`, format: 'count', kind: 'bar' },
      { key: 'conversion', label: `${L}conversion`, format: 'percent', kind: 'line', axis: 'right' },
    ],
    rows: stats.stages.map((s) => ({
      stage: s.stage,
      reached: s.reached,
      finishedReached: s.finishedReached,
      conversion: toPercent(s.conversion),
    })),
  };
}

/** The cohort's rejections by reason, the usual reasons in their fixed order. */
export function rejectionsChart(stats: FunnelStats): ChartData {
  return {
    category: {
      key: 'reason',
      label: `${L}rejection_reason`,
      kind: 'enum',
      prefix: 'resources.applications.rejection_category.',
    },
    series: [{ key: 'rejections', label: `${L}rejections`, format: 'count', kind: 'bar' }],
    rows: REJECTION_CATEGORIES.map((reason) => ({ reason, rejections: stats.rejections[reason] })),
  };
}

export function timeToHireChart(stats: TimeToHireStats): ChartData {
  return {
    category: { key: 'days', label: `${L}days_to_hire`, kind: 'text' },
    series: [{ key: 'hires', label: `${L}hires`, format: 'count', kind: 'bar' }],
    rows: stats.distribution.map((b) => ({
      days: b.max === null ? `${b.min}+` : `${b.min}–${b.max}`,
      hires: b.count,
    })),
  };
}

export function stageTimeChart(stats: TimeToHireStats): ChartData {
  return {
    category: { key: 'stage', label: `${L}stage`, kind: 'enum', prefix: 'resources.applications.stage.' },
    series: [{ key: 'medianDays', label: `${L}median_days`, format: 'days', kind: 'bar' }],
    rows: stats.stages.map((s) => ({ stage: s.stage, medianDays: s.medianDays })),
  };
}

export function sourcesChart(stats: SourcesStats): ChartData {
  return {
    category: { key: 'source', label: `${L}source`, kind: 'enum', prefix: 'app.sources.' },
    series: [
      { key: 'applications', label: `${L}applications`, format: 'count', kind: 'bar' },
      { key: 'hires', label: `${L}hires`, format: 'count', kind: 'bar' },
      // Sources are separate categories: a line between them would suggest an order that is not there.
      { key: 'hireRate', label: `${L}hire_rate`, format: 'percent', kind: 'bar', axis: 'right' },
    ],
    rows: stats.sources.map((s) => ({
      source: s.source,
      applications: s.applications,
      hires: s.hires,
      hireRate: toPercent(s.hireRate),
    })),
  };
}

export function planMixChart(stats: AccountsStats): ChartData {
  return {
    category: { key: 'plan', label: `${L}plan`, kind: 'enum', prefix: 'resources.companies.plans.' },
    series: [{ key: 'accounts', label: `${L}accounts`, format: 'count', kind: 'bar' }],
    rows: PLANS.map((plan) => ({ plan, accounts: stats.planMix[plan] })),
  };
}

/**
 * EUR and GBP are never added up: each has its own line and axis. With a market selected, only the
 * currencies it bills in (mrrCurrencies), so the UK shows no flat euro line at 0.
 */
export function mrrChart(stats: AccountsStats): ChartData {
  const currencies = mrrCurrencies(
    stats.range.country,
    stats.months.map((m) => m.mrr),
  );
  return {
    category: { key: 'month', label: `${L}month`, kind: 'month' },
    series: currencies.map((currency, index) => ({
      key: currency,
      label: `${L}mrr_${currency.toLowerCase()}`,
      format: 'money' as const,
      currency,
      kind: 'line' as const,
      ...(index > 0 ? { axis: 'right' as const, dashed: true } : {}),
    })),
    rows: stats.months.map((m) => ({
      month: m.month,
      ...Object.fromEntries(currencies.map((currency) => [currency, toUnits(m.mrr[currency])])),
    })),
  };
}

/** Live offers and the period's applications (counts), with views → applications (%) on its own axis. */
const BOARD_SERIES: ChartData['series'] = [
  { key: 'live', label: `${L}live`, format: 'count', kind: 'bar' },
  { key: 'applications', label: `${L}applications`, format: 'count', kind: 'bar' },
  { key: 'conversion', label: `${L}view_conversion`, format: 'percent', kind: 'bar', axis: 'right' },
];
const boardRow = (f: BoardFigures) => ({
  live: f.live,
  applications: f.applications,
  conversion: toPercent(f.conversion),
});

export function boardsChart(stats: BoardsStats): ChartData {
  return {
    category: { key: 'board', label: `${L}board`, kind: 'text' },
    series: BOARD_SERIES,
    rows: stats.boards.map((b) => ({ board: b.name, ...boardRow(b) })),
  };
}

export function boardMarketsChart(stats: BoardsStats): ChartData {
  return {
    category: { key: 'country', label: `${L}market`, kind: 'enum', prefix: 'resources.offers.country.' },
    series: BOARD_SERIES,
    rows: stats.countries.map((c) => ({ country: c.country, ...boardRow(c) })),
  };
}

/** The period's rejected publications by reason, the most frequent first (at most five). */
export function boardRejectionsChart(stats: BoardsStats): ChartData {
  return {
    category: {
      key: 'code',
      label: `${L}rejection_reason`,
      kind: 'enum',
      prefix: 'resources.offer-publications.codes.',
    },
    series: [{ key: 'rejections', label: `${L}rejections`, format: 'count', kind: 'bar' }],
    rows: stats.rejections.map((r) => ({ code: r.code, rejections: r.count })),
  };
}
