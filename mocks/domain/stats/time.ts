/**
 * Date and order-statistics helpers for the stats aggregates. Timestamps are ISO strings in UTC, so
 * range tests compare strings (no parsing in hot loops) and day numbers are read from the digits.
 */
export const DAY_MS = 86_400_000;

const ZERO = 48;
const digits = (s: string, start: number, count: number): number => {
  let n = 0;
  for (let i = start; i < start + count; i++) n = n * 10 + (s.charCodeAt(i) - ZERO);
  return n;
};

/** Days since 1970-01-01 of a 'YYYY-MM-DD…' string, from its digits (Howard Hinnant's days_from_civil). */
export function isoDay(s: string): number {
  let y = digits(s, 0, 4);
  const m = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export const dayToIso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const dayOfMs = (ms: number): number => Math.floor(ms / DAY_MS);
export const msToIso = (ms: number): string => new Date(ms).toISOString();

/** A strict YYYY-MM-DD calendar date as a day number, or null. */
export function parseDay(s: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const ms = Date.parse(`${s}T00:00:00.000Z`);
  if (Number.isNaN(ms) || dayToIso(dayOfMs(ms)) !== s) return null;
  return dayOfMs(ms);
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Quantile q of a sorted array by linear interpolation (type 7, as spreadsheets do); null when empty. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Sorts a copy of a subset (hires, stage durations), never a whole collection. */
export const sortedCopy = (values: number[]): Float64Array => Float64Array.from(values).sort();

export const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);
