import type { StatsParams } from '../model/stats-types';
import type { Country } from '../model/types';

/** The dashboard's period and market, as kept in the URL (`#/?range=7d&country=FR`). */
export const RANGE_PRESETS = ['7d', '30d', 'quarter', 'year', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** Rolling periods ending today (UTC days, as the API counts them). */
const PRESET_DAYS: Record<Exclude<RangePreset, 'custom'>, number> = {
  '7d': 7,
  '30d': 30,
  quarter: 90,
  year: 365,
};

export interface DashboardFilter {
  preset: RangePreset;
  from: string; // YYYY-MM-DD
  to: string; // YYYY-MM-DD, inclusive
  country: Country | null;
}

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const isDate = (value: string | null): value is string =>
  value !== null && DATE.test(value) && isoDay(Date.parse(`${value}T00:00:00Z`)) === value;

/** The days of a preset ending `today` (ms), e.g. 7d on 2026-11-02 → 2026-10-27..2026-11-02. */
export function presetRange(
  preset: Exclude<RangePreset, 'custom'>,
  today: number,
): { from: string; to: string } {
  const end = Math.floor(today / DAY_MS) * DAY_MS;
  return { from: isoDay(end - (PRESET_DAYS[preset] - 1) * DAY_MS), to: isoDay(end) };
}

/** Reads the URL's search; anything missing or invalid falls back to the last 30 days, all markets. */
export function parseFilter(search: string, today: number): DashboardFilter {
  const params = new URLSearchParams(search);
  const country = params.get('country');
  const market: Country | null = country === 'FR' || country === 'GB' ? country : null;
  const raw = params.get('range');
  const preset = (RANGE_PRESETS as readonly string[]).includes(raw ?? '') ? (raw as RangePreset) : '30d';
  const from = params.get('from');
  const to = params.get('to');
  if (preset === 'custom') {
    if (isDate(from) && isDate(to) && from <= to) return { preset, from, to, country: market };
    return { preset: '30d', ...presetRange('30d', today), country: market };
  }
  return { preset, ...presetRange(preset, today), country: market };
}

/** The URL search for a filter: presets stay relative (a bookmark of "7 days" means the last 7 days). */
export function filterSearch(filter: DashboardFilter): string {
  const params = new URLSearchParams({ range: filter.preset });
  if (filter.preset === 'custom') {
    params.set('from', filter.from);
    params.set('to', filter.to);
  }
  if (filter.country) params.set('country', filter.country);
  return `?${params}`;
}

/** What the stats endpoints receive. */
export function statsParams(filter: DashboardFilter): StatsParams {
  return { from: filter.from, to: filter.to, ...(filter.country ? { country: filter.country } : {}) };
}

/** Monthly points MRR is drawn over at least: it moves slowly, so a month or a quarter says little. */
export const TREND_MONTHS = 12;

/**
 * The stats parameters of the MRR trend: the period, widened back to the first day of the
 * TREND_MONTHS calendar months ending with the period's last month when it is shorter.
 */
export function trendParams(params: StatsParams): StatsParams {
  if (!params.to) return params;
  const to = new Date(`${params.to}T00:00:00Z`);
  const start = isoDay(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - (TREND_MONTHS - 1), 1));
  return params.from !== undefined && params.from <= start ? params : { ...params, from: start };
}
