import { dateFormat, formatMoney, numberFormat } from '../model/format';
import type { Currency } from '../model/types';

/**
 * One chart's numbers, the single source for the chart, its table view and its CSV: what is
 * plotted is exactly what the table shows and the CSV holds.
 */
export type ValueFormat = 'count' | 'decimal' | 'percent' | 'days' | 'money';

export interface ChartSeries {
  key: string;
  /** i18n key of the legend, column header and CSV header. */
  label: string;
  format: ValueFormat;
  currency?: Currency;
  kind: 'bar' | 'line';
  /** A second axis for a different unit (a rate beside counts, GBP beside EUR). */
  axis?: 'left' | 'right';
  /** Drawn dashed, so a derived line (moving average) is told apart without colour. */
  dashed?: boolean;
}

export interface ChartCategory {
  key: string;
  label: string; // i18n key
  /** date: YYYY-MM-DD, month: YYYY-MM, enum: translated with `prefix + value`, text: shown as is. */
  kind: 'date' | 'month' | 'enum' | 'text';
  prefix?: string;
}

export type ChartRow = Record<string, string | number | null>;

export interface ChartData {
  category: ChartCategory;
  series: ChartSeries[];
  rows: ChartRow[];
}

/** Percentages are plotted as 0..100 with one decimal (so the CSV holds what the axis reads). */
export const toPercent = (rate: number | null): number | null =>
  rate === null ? null : Math.round(rate * 1000) / 10;

/** Money is plotted in currency units (the API sends cents). */
export const toUnits = (cents: number): number => Math.round(cents) / 100;

/** A plotted value for reading: locale digits, %, currency, "d" for days. */
export function formatValue(
  value: number | null,
  series: Pick<ChartSeries, 'format' | 'currency'>,
  locale: string,
) {
  if (value === null) return '–';
  switch (series.format) {
    case 'count':
      return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    case 'percent':
      return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'money':
      return formatMoney(value, series.currency ?? 'EUR', locale);
    case 'days':
      return numberFormat(locale, { style: 'unit', unit: 'day', maximumFractionDigits: 1 }).format(value);
    default:
      return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  }
}

/** A category for reading: dates in the reader's language, enums translated. */
export function formatCategory(
  value: string | number | null,
  category: ChartCategory,
  locale: string,
  translate: (key: string) => string,
): string {
  if (value === null) return '';
  const text = String(value);
  if (category.kind === 'date')
    return dateFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${text}T00:00:00Z`),
    );
  if (category.kind === 'month')
    return dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${text}-01T00:00:00Z`),
    );
  if (category.kind === 'enum') return translate(`${category.prefix ?? ''}${text}`);
  return text;
}
