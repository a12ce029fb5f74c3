import { useTheme } from '@mui/material';
import { memo, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, YAxis } from 'recharts';
import { ChartLegend, DASHED } from '../ChartLegend';
import { type ChartData, formatCategory, formatValue } from '../chartData';
import { CHART_HEIGHT, LEGEND_HEIGHT } from '../chartSize';
import { seriesColours } from '../palette';
import { renderTick } from './axisTick';
import { CategoryAxis } from './CategoryAxis';

export interface SeriesChartProps {
  data: ChartData;
  height?: number;
}

const MARGIN = { top: 8, right: 8, bottom: 0, left: 8 };

/**
 * Bars and lines over one category axis, from a ChartData (recharts lives only in this lazily
 * loaded chunk). A second axis carries a series of another unit (a rate, another currency).
 * Drawn once per data: memoised, no animation, no label measured in the DOM (CategoryAxis, axisTick).
 */
export const SeriesChart = memo(function SeriesChart({ data, height = CHART_HEIGHT }: SeriesChartProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const theme = useTheme();
  const colours = seriesColours(theme.palette.mode);
  const { category, series, rows } = data;
  const bySeries = new Map(series.map((s) => [s.key, s]));
  const left = series.find((s) => (s.axis ?? 'left') === 'left');
  const right = series.find((s) => s.axis === 'right');
  const label = (value: unknown) => formatCategory(value as string, category, locale, translate);
  const tick = { fill: theme.palette.text.secondary, fontSize: 12 };
  // The tooltip joins on the first pointer or keyboard visit: most charts are read, not probed,
  // and a mounted recharts Tooltip costs every chart its share of the dashboard's drawing.
  const [probed, setProbed] = useState(false);
  const probe = () => setProbed(true);

  return (
    <>
      <ResponsiveContainer
        width="100%"
        height={height - LEGEND_HEIGHT}
        onPointerEnter={probe}
        onFocus={probe}
      >
        <ComposedChart data={rows} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} vertical={false} />
          <CategoryAxis
            category={category}
            rows={rows}
            format={label}
            tick={tick}
            valueAxes={(left ? 1 : 0) + (right ? 1 : 0)}
            margins={MARGIN.left + MARGIN.right}
          />
          {/* interval 0: five ticks never collide, so none is measured to find out. */}
          {(['left', 'right'] as const).map((side) => {
            const axisSeries = side === 'left' ? left : right;
            return (
              axisSeries && (
                <YAxis
                  key={side}
                  yAxisId={side}
                  orientation={side}
                  tick={renderTick((v) => formatValue(v as number, axisSeries, locale), tick)}
                  interval={0}
                  // Counts tick in whole numbers (0, 1, 2, not 0, 0.5, 1).
                  allowDecimals={axisSeries.format !== 'count'}
                />
              )
            );
          })}
          {probed && (
            <Tooltip
              labelFormatter={label}
              formatter={(value, _name, item) => {
                const s = bySeries.get(String(item.dataKey));
                return s && typeof value === 'number' ? formatValue(value, s, locale) : String(value ?? '–');
              }}
              contentStyle={{ background: theme.palette.background.paper, color: theme.palette.text.primary }}
            />
          )}
          {series.map((s, index) => {
            const colour = colours[index % colours.length];
            const common = { dataKey: s.key, name: translate(s.label), yAxisId: s.axis ?? 'left' };
            return s.kind === 'bar' ? (
              <Bar key={s.key} {...common} fill={colour} isAnimationActive={false} />
            ) : (
              <Line
                key={s.key}
                {...common}
                type="monotone"
                stroke={colour}
                strokeWidth={2}
                strokeDasharray={s.dashed ? DASHED : undefined}
                dot={rows.length <= 31}
                connectNulls={false}
                isAnimationActive={false}
              />
            );
          })}
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend series={series} colours={colours} />
    </>
  );
});
