// A chart's sizes, read by its card (outside the lazily loaded charts/ folder) and by the chart itself.

/** A chart's height by default: its plot, then room for its legend under it. */
export const CHART_HEIGHT = 260;
/** Room under the plot for the legend's line (it may wrap on a narrow card). */
export const LEGEND_HEIGHT = 28;
