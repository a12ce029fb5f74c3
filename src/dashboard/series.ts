/** Pure helpers over the API's buckets and KPI pairs (no raw records: DESIGN.md §1). */

/**
 * Trailing moving average over `window` consecutive buckets, rounded to 2 decimals; null until a full
 * window is available, so the first points never average fewer days than the label says.
 */
export function movingAverage(values: readonly number[], window = 7): Array<number | null> {
  let sum = 0;
  return values.map((value, index) => {
    sum += value;
    if (index >= window) sum -= values[index - window];
    return index >= window - 1 ? Math.round((sum / window) * 100) / 100 : null;
  });
}

export type Trend = 'up' | 'down' | 'flat';

export interface KpiDelta {
  /** current − previous. */
  change: number;
  /** change ÷ previous (e.g. 0.25 for +25 %); null when the previous period had 0. */
  ratio: number | null;
  trend: Trend;
}

/** The change of a KPI against the previous period of the same length. */
export function kpiDelta(current: number, previous: number): KpiDelta {
  const change = current - previous;
  return {
    change,
    ratio: previous === 0 ? null : change / previous,
    trend: change > 0 ? 'up' : change < 0 ? 'down' : 'flat',
  };
}
