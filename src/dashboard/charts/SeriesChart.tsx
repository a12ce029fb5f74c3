import { useTheme } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type ChartData, formatCategory, formatValue } from '../chartData';
import { seriesColours } from '../palette';

export interface SeriesChartProps {
  data: ChartData;
  height?: number;
}

/**
 * Bars and lines over one category axis, from a ChartData (recharts lives only in this lazily
 * loaded chunk). A second axis carries a series of another unit (a rate, another currency).
 */
export function SeriesChart({ data, height = 260 }: SeriesChartProps) {
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

  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
        <XAxis
          dataKey={category.key}
          tickFormatter={label}
          tick={tick}
          // Every stage, source or plan is named; dates may skip ticks.
          interval={category.kind === 'enum' || category.kind === 'text' ? 0 : 'preserveStartEnd'}
        />
        {left && (
          <YAxis yAxisId="left" tick={tick} tickFormatter={(v: number) => formatValue(v, left, locale)} />
        )}
        {right && (
          <YAxis
            yAxisId="right"
            orientation="right"
            tick={tick}
            tickFormatter={(v: number) => formatValue(v, right, locale)}
          />
        )}
        <Tooltip
          labelFormatter={label}
          formatter={(value, _name, item) => {
            const s = bySeries.get(String(item.dataKey));
            return s && typeof value === 'number' ? formatValue(value, s, locale) : String(value ?? '–');
          }}
          contentStyle={{ background: theme.palette.background.paper, color: theme.palette.text.primary }}
        />
        <Legend />
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
              strokeDasharray={s.dashed ? '6 4' : undefined}
              dot={rows.length <= 31}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
