import { describe, expect, it } from 'vitest';
import { chartCsv } from '../../src/common/chartCsv';
import { funnelChart, mrrChart, offersChart } from '../../src/dashboard/chartDefs';
import { filterSearch, parseFilter, presetRange } from '../../src/dashboard/range';
import { kpiDelta } from '../../src/dashboard/series';
import type { AccountsStats, FunnelStats, OffersStats } from '../../src/model/stats-types';

const TODAY = Date.parse('2026-11-02T09:00:00Z');
const WEEK = { from: '2026-10-27', to: '2026-11-02' };
const range = { ...WEEK, days: 7, country: null, companyId: null };
const DAYS = [
  '2026-10-27',
  '2026-10-28',
  '2026-10-29',
  '2026-10-30',
  '2026-10-31',
  '2026-11-01',
  '2026-11-02',
];

describe('kpiDelta', () => {
  it('gives the change, its ratio to the previous period and a trend', () => {
    expect(kpiDelta(53, 49)).toEqual({ change: 4, ratio: 4 / 49, trend: 'up' });
    expect(kpiDelta(8, 10)).toEqual({ change: -2, ratio: -0.2, trend: 'down' });
    expect(kpiDelta(5, 5)).toEqual({ change: 0, ratio: 0, trend: 'flat' });
  });
  it('has no ratio when the previous period was zero', () => {
    expect(kpiDelta(3, 0)).toEqual({ change: 3, ratio: null, trend: 'up' });
  });
});

describe('date range in the URL', () => {
  it('resolves presets to inclusive UTC days ending today', () => {
    expect(presetRange('7d', TODAY)).toEqual({ from: '2026-10-27', to: '2026-11-02' });
    expect(presetRange('30d', TODAY)).toEqual({ from: '2026-10-04', to: '2026-11-02' });
    expect(presetRange('year', TODAY)).toEqual({ from: '2025-11-03', to: '2026-11-02' });
  });
  it('reads and writes presets, custom dates and the market', () => {
    expect(parseFilter('?range=7d&country=GB', TODAY)).toEqual({ preset: '7d', ...WEEK, country: 'GB' });
    const custom = parseFilter('?range=custom&from=2026-01-01&to=2026-03-31', TODAY);
    expect(custom).toEqual({ preset: 'custom', from: '2026-01-01', to: '2026-03-31', country: null });
    expect(filterSearch(custom)).toBe('?range=custom&from=2026-01-01&to=2026-03-31');
    expect(filterSearch({ preset: '7d', ...WEEK, country: 'FR' })).toBe('?range=7d&country=FR');
  });
  it('falls back to the last 30 days for anything invalid', () => {
    for (const search of [
      '',
      '?range=bogus',
      '?range=custom&from=2026-02-30&to=2026-03-01',
      '?range=custom&from=2026-03-02&to=2026-03-01',
    ]) {
      expect(parseFilter(`${search}&country=XX`, TODAY)).toEqual({
        preset: '30d',
        from: '2026-10-04',
        to: '2026-11-02',
        country: null,
      });
    }
  });
});

const translate = (key: string) => key.split('.').pop() ?? key;

describe('chart numbers', () => {
  const offers: OffersStats = {
    range,
    bucket: 'day',
    buckets: DAYS.map((date, i) => ({
      date,
      published: i * 2,
      closed: i % 2,
      expired: 9,
      // The API's average also counts the six days before the period: every day has one.
      publishedAverage7d: 3 + i / 4,
    })),
    totals: { published: 42, closed: 3, expired: 63 },
  };

  it('plots offers per day with the API’s 7-day average from the first day, and the CSV holds exactly those numbers', () => {
    const data = offersChart(offers);
    expect(data.series.map((s) => s.key)).toEqual(['published', 'average', 'closed']);
    expect(data.series[1]).toMatchObject({ kind: 'line', dashed: true });
    expect(data.rows.map((row) => row.average)).toEqual([3, 3.25, 3.5, 3.75, 4, 4.25, 4.5]);
    const csv = chartCsv(data, translate).split('\r\n');
    expect(csv[0]).toBe('day,published,average7,closed');
    expect(csv[1]).toBe('2026-10-27,0,3,0');
    expect(csv[7]).toBe('2026-11-02,12,4.5,0');
    expect(csv).toHaveLength(9); // header, 7 days, final newline
  });

  it('drops the 7-day average for weekly buckets', () => {
    const weekly = offersChart({
      ...offers,
      bucket: 'week',
      buckets: offers.buckets.map((b) => ({ ...b, publishedAverage7d: null })),
    });
    expect(weekly.series.map((s) => s.key)).toEqual(['published', 'closed']);
    expect(weekly.rows[0]).not.toHaveProperty('average');
  });

  it('plots funnel conversion as a percentage with one decimal, and MRR per currency in units', () => {
    const funnel = funnelChart({
      stages: [
        { stage: 'new', reached: 10, finishedReached: 8, conversion: null },
        { stage: 'screening', reached: 5, finishedReached: 3, conversion: 0.375 },
      ],
    } as FunnelStats);
    expect(chartCsv(funnel, translate).split('\r\n').slice(1, 3)).toEqual([
      'new,10,8,',
      'screening,5,3,37.5',
    ]);
    const mrr = mrrChart({
      range: { country: null },
      months: [{ month: '2026-10', mrr: { EUR: 1062050, GBP: 486800 } }],
    } as unknown as AccountsStats);
    expect(mrr.rows).toEqual([{ month: '2026-10', EUR: 10620.5, GBP: 4868 }]);
  });

  it('defuses spreadsheet formulas in translated headers and labels', () => {
    const data = funnelChart({
      stages: [{ stage: 'new', reached: -1, finishedReached: 0, conversion: null }],
    } as FunnelStats);
    const evil = (key: string) => (key.endsWith('.new') ? '=HYPERLINK("x")' : '@SUM(A1)');
    expect(chartCsv(data, evil).split('\r\n').slice(0, 2)).toEqual([
      `'@SUM(A1),'@SUM(A1),'@SUM(A1),'@SUM(A1)`,
      `"'=HYPERLINK(""x"")",-1,0,`,
    ]);
  });
});
