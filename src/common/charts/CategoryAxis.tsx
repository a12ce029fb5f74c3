import { useChartWidth, XAxis } from 'recharts';
import type { ChartCategory, ChartRow } from '../chartData';
import { renderTick, type TickStyle } from './axisTick';
import { labelInterval } from './labelInterval';
import { categoryTickLayout } from './tickLayout';

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
/** Room between the axis and its labels, so the first label clears the value axis' lowest one. */
const TICK_MARGIN_PX = 6;

/**
 * The category (x) axis. Dates and months show every n-th label, n from the plot's width and the
 * longest label (labelInterval). Every stage, source, plan or reason is named: on one line when
 * the labels fit, else on up to three lines, else slanted (categoryTickLayout).
 */
export function CategoryAxis({ category, rows, format, tick, valueAxes, margins }: CategoryAxisProps) {
  const plotWidth = (useChartWidth() ?? 0) - margins - valueAxes * VALUE_AXIS_PX;
  const labels = rows.map((row) => format(row[category.key]));
  if (category.kind === 'date' || category.kind === 'month') {
    const longest = labels.reduce((most, label) => Math.max(most, label.length), 0);
    return (
      <XAxis
        dataKey={category.key}
        tick={renderTick(format, tick)}
        interval={labelInterval(rows.length, longest, plotWidth)}
        tickMargin={TICK_MARGIN_PX}
      />
    );
  }
  // Before the chart knows its width (the first render; jsdom): labels on one line, as they come.
  if (plotWidth <= 0) return <XAxis dataKey={category.key} tick={renderTick(format, tick)} interval={0} />;
  const layout = categoryTickLayout(labels, plotWidth / rows.length);
  return (
    <XAxis
      dataKey={category.key}
      tick={renderTick(format, tick, layout)}
      interval={0}
      height={layout.height + TICK_MARGIN_PX}
      tickMargin={TICK_MARGIN_PX}
    />
  );
}
