import { useChartWidth, XAxis } from 'recharts';
import type { ChartCategory, ChartRow } from '../chartData';
import { renderTick, type TickStyle } from './axisTick';
import { labelInterval } from './labelInterval';

interface CategoryAxisProps {
  category: ChartCategory;
  rows: ChartRow[];
  format: (value: unknown) => string;
  tick: TickStyle;
  /** Value axes beside the plot (each takes recharts' default 60 px). */
  valueAxes: number;
  /** The chart's left and right margins together. */
  margins: number;
}

const VALUE_AXIS_PX = 60;

/**
 * The category (x) axis. Every stage, source or plan is named; dates and months show every n-th
 * label, n from the plot's width and the longest label (labelInterval).
 */
export function CategoryAxis({ category, rows, format, tick, valueAxes, margins }: CategoryAxisProps) {
  const width = useChartWidth() ?? 0;
  let interval = 0;
  if (category.kind === 'date' || category.kind === 'month') {
    const longest = rows.reduce((most, row) => Math.max(most, format(row[category.key]).length), 0);
    interval = labelInterval(rows.length, longest, width - margins - valueAxes * VALUE_AXIS_PX);
  }
  return <XAxis dataKey={category.key} tick={renderTick(format, tick)} interval={interval} />;
}
