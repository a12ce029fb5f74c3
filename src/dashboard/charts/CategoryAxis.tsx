import { useChartWidth, XAxis } from 'recharts';
import type { ChartCategory, ChartRow } from '../chartData';
import { renderTick, type TickStyle } from './axisTick';

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

/** A 12 px label's average character width, and the room kept between two labels (estimates). */
const CHAR_PX = 7;
const GAP_PX = 12;
const VALUE_AXIS_PX = 60;

/**
 * The category (x) axis. Every stage, source or plan is named; dates and months show every n-th
 * label, n from the plot's width and the longest label's estimated width. recharts' own
 * 'preserveStartEnd' finds n by measuring each label in the DOM, one forced layout per label.
 */
export function CategoryAxis({ category, rows, format, tick, valueAxes, margins }: CategoryAxisProps) {
  const width = useChartWidth() ?? 0;
  let interval = 0;
  if (category.kind === 'date' || category.kind === 'month') {
    const longest = rows.reduce((most, row) => Math.max(most, format(row[category.key]).length), 0);
    const plot = width - margins - valueAxes * VALUE_AXIS_PX;
    const fitting = Math.max(1, Math.floor(plot / (longest * CHAR_PX + GAP_PX)));
    interval = Math.max(0, Math.ceil(rows.length / fitting) - 1);
  }
  return <XAxis dataKey={category.key} tick={renderTick(format, tick)} interval={interval} />;
}
