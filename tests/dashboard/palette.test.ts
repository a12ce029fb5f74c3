import { createTheme } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import { type ChartSeries, formatCategory, formatValue } from '../../src/common/chartData';
import { seriesColours } from '../../src/common/palette';
import {
  funnelChart,
  mrrChart,
  offersChart,
  planMixChart,
  sourcesChart,
  stageTimeChart,
  timeToHireChart,
} from '../../src/dashboard/chartDefs';
import { darkTheme, lightTheme } from '../../src/layout/themes';
import type {
  AccountsStats,
  FunnelStats,
  OffersStats,
  SourcesStats,
  TimeToHireStats,
} from '../../src/model/stats-types';

/** Okabe & Ito (2008), the palette told apart by the common colour-vision deficiencies. */
const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];

/** WCAG relative luminance and contrast ratio of two #rgb or #rrggbb colours. */
function luminance(colour: string): number {
  const hex = colour.length === 4 ? colour.replace(/\w/g, (c) => c + c) : colour;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** The most series any dashboard chart draws at once. */
const empty = {
  range: { country: null },
  buckets: [],
  stages: [],
  distribution: [],
  sources: [],
  months: [],
  planMix: {},
};
const CHARTS = [
  offersChart({ ...empty, bucket: 'day' } as unknown as OffersStats),
  funnelChart(empty as unknown as FunnelStats),
  timeToHireChart(empty as unknown as TimeToHireStats),
  stageTimeChart(empty as unknown as TimeToHireStats),
  sourcesChart(empty as unknown as SourcesStats),
  planMixChart(empty as unknown as AccountsStats),
  mrrChart(empty as unknown as AccountsStats),
];
const MOST_SERIES = Math.max(...CHARTS.map((chart) => chart.series.length));

describe('chart colours', () => {
  it.each([
    ['light', lightTheme],
    ['dark', darkTheme],
  ] as const)(
    'in the %s theme: Okabe–Ito colours, each series at least 3:1 against the card',
    (mode, theme) => {
      const paper = createTheme(theme).palette.background.paper;
      const colours = seriesColours(mode);
      for (const colour of colours) expect(OKABE_ITO).toContain(colour.toUpperCase());
      expect(new Set(colours).size).toBe(colours.length);
      expect(MOST_SERIES).toBe(3);
      for (const colour of colours.slice(0, MOST_SERIES))
        expect([colour, contrast(colour, paper) >= 3]).toEqual([colour, true]);
    },
  );

  it('tells derived lines apart without colour: the moving average and the second currency are dashed', () => {
    const dashed = CHARTS.flatMap((chart) => chart.series.filter((s) => s.dashed).map((s) => s.key));
    expect(dashed).toEqual(['average', 'GBP']);
  });
});

describe('numbers as the tooltip, the axis and the table show them', () => {
  const money = (currency: 'EUR' | 'GBP'): Pick<ChartSeries, 'format' | 'currency'> => ({
    format: 'money',
    currency,
  });
  const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

  it('follows the reader’s language', () => {
    expect(nbsp(formatValue(12345, { format: 'count' }, 'fr'))).toBe('12 345');
    expect(formatValue(12345, { format: 'count' }, 'en')).toBe('12,345');
    expect(nbsp(formatValue(37.5, { format: 'percent' }, 'fr'))).toBe('37,5 %');
    expect(formatValue(37.5, { format: 'percent' }, 'en')).toBe('37.5%');
    expect(nbsp(formatValue(10620.5, money('EUR'), 'fr'))).toBe('10 621 €');
    expect(formatValue(4868, money('GBP'), 'en')).toBe('£4,868');
    expect(nbsp(formatValue(3.25, { format: 'decimal' }, 'fr'))).toBe('3,25');
    expect(nbsp(formatValue(12.5, { format: 'days' }, 'fr'))).toBe('12,5 j');
    expect(formatValue(null, { format: 'count' }, 'en')).toBe('–');
  });

  it('names dates and months in the reader’s language', () => {
    const day = { key: 'date', label: 'x', kind: 'date' } as const;
    const month = { key: 'month', label: 'x', kind: 'month' } as const;
    const translate = (key: string) => key;
    expect(formatCategory('2026-10-27', day, 'fr', translate)).toBe('27 oct.');
    expect(formatCategory('2026-10-27', day, 'en', translate)).toBe('27 Oct');
    expect(formatCategory('2026-10', month, 'fr', translate)).toBe('oct. 2026');
  });
});
