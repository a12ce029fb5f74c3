/** Pure helpers over the API's KPI pairs (no raw records: docs/api.md). */

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
