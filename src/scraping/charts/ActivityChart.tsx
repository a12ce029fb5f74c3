import { useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { seriesColours } from '../../common/palette';
import type { WatchedUser } from '../../model/scraping';

/**
 * A user's daily profile views over 30 days (solid line) against the band of their plan's peers,
 * from the median to the 99th percentile (shaded, dashed edge): colour is never the only signal.
 * The figures are also in the text alternative, for those who do not see the chart.
 */
export function ActivityChart({
  row,
  kind = 'user',
}: {
  row: Pick<WatchedUser, 'name' | 'days'>;
  /** A company's line is all its users' views; its band, the companies of its plan. */
  kind?: 'user' | 'company';
}) {
  const keys = kind === 'company' ? 'app.scraping.company' : 'app.scraping';
  const translate = useTranslate();
  const colours = seriesColours(useTheme().palette.mode);
  const data = row.days.map((d) => ({ ...d, band: [d.peerMedian, d.peerP99], label: d.day.slice(5) }));
  const last = row.days.at(-1);
  const busiest = Math.max(...row.days.map((d) => d.profileViews));
  return (
    <figure style={{ margin: 0 }}>
      <div
        role="img"
        aria-label={translate(`${keys}.chart_alt`, {
          name: row.name,
          busiest,
          today: last?.profileViews ?? 0,
          p99: last?.peerP99 ?? 0,
        })}
        style={{ width: '100%', height: 220 }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" interval={6} />
            <YAxis allowDecimals={false} />
            <Area
              dataKey="band"
              stroke={colours[1]}
              strokeDasharray="4 3"
              fill={colours[1]}
              fillOpacity={0.2}
              isAnimationActive={false}
            />
            <Line
              dataKey="profileViews"
              stroke={colours[0]}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption style={{ fontSize: '0.8rem' }}>{translate(`${keys}.chart_legend`)}</figcaption>
    </figure>
  );
}
