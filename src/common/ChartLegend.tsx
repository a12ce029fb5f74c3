import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ChartSeries } from './chartData';

interface ChartLegendProps {
  series: ChartSeries[];
  colours: readonly string[];
}

const SWATCH = 16;
const LIST = {
  display: 'flex',
  flexWrap: 'wrap',
  justifyContent: 'center',
  gap: 2,
  listStyle: 'none',
  m: 0,
  p: 0,
};
/** The dash pattern of a dashed line, in the chart and its legend alike. */
export const DASHED = '6 4';

/**
 * Each series' name beside its mark: a square for bars, a line (dashed when the series is) for
 * lines, so shape and dash tell series apart, not colour alone. Plain HTML under the chart: the
 * recharts Legend measures itself and redraws its chart once more, about a sixth of a dashboard's
 * drawing time.
 */
export function ChartLegend({ series, colours }: ChartLegendProps) {
  const translate = useTranslate();
  return (
    <Typography component="ul" variant="body2" sx={LIST}>
      {series.map((s, index) => {
        const colour = colours[index % colours.length];
        return (
          <li key={s.key} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
            <svg width={SWATCH} height={SWATCH} aria-hidden focusable="false">
              {s.kind === 'bar' ? (
                <rect width={SWATCH} height={SWATCH} fill={colour} />
              ) : (
                <line
                  x1={0}
                  y1={SWATCH / 2}
                  x2={SWATCH}
                  y2={SWATCH / 2}
                  stroke={colour}
                  strokeWidth={2}
                  strokeDasharray={s.dashed ? DASHED : undefined}
                />
              )}
            </svg>
            {translate(s.label)}
          </li>
        );
      })}
    </Typography>
  );
}
