import DownloadIcon from '@mui/icons-material/Download';
import { Box, Button, Card, CardContent, CardHeader, Skeleton, Typography, useTheme } from '@mui/material';
import { type ReactNode, Suspense, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useInView } from 'react-intersection-observer';
import { ChartLegend } from './ChartLegend';
import { ChartTable } from './ChartTable';
import { chartCsv } from './chartCsv';
import type { ChartData } from './chartData';
import { CHART_HEIGHT, LEGEND_HEIGHT } from './chartSize';
import { downloadCsv } from './csv';
import { lazyComponent, useCodeLoaded } from './lazyPage';
import { seriesColours } from './palette';

// recharts stays out of the initial bundle: it loads with the first chart card, while its data does.
const SeriesChart = lazyComponent(() => import('./charts/SeriesChart').then((m) => m.SeriesChart));

export interface ChartCardProps {
  /** i18n key of the title. */
  title: string;
  /** File name (without extension) of the CSV download. */
  name: string;
  data: ChartData | undefined;
  isPending: boolean;
  error?: unknown;
  /** Figures shown above the chart (e.g. median and p75). */
  summary?: ReactNode;
}

/**
 * A chart is drawn once its card comes within a screen's height of the viewport, and stays drawn:
 * each recharts chart is a store with its subscriptions, and the sales dashboard's nine held ~9 MB
 * of its heap before anyone scrolled to them. The margin gives a card a screen of scrolling to draw
 * in, so no empty box shows for long. Without IntersectionObserver (jsdom), every chart is drawn.
 */
const observable = () => typeof IntersectionObserver !== 'undefined';
const NEAR_VIEWPORT = '100% 0px';

const isEmpty = (data: ChartData) =>
  data.rows.length === 0 || data.rows.every((row) => data.series.every((s) => !row[s.key]));

/** A chart with its table view (toggle), its CSV download, a skeleton and an empty state. */
export function ChartCard({ title, name, data, isPending, error, summary }: ChartCardProps) {
  const translate = useTranslate();
  const theme = useTheme();
  const [asTable, setAsTable] = useState(false);
  const heading = translate(title);
  const ready = data && !isEmpty(data) ? data : null;
  // The chart's code loads with the card, alongside its figures; the skeleton stays until both are here.
  const chartCode = useCodeLoaded(SeriesChart);
  // The card itself is watched from its first render, so whether it is near is known by the time
  // its figures arrive; those are fetched whether it is or not.
  const [watch] = useState(observable);
  const { ref, inView } = useInView({
    rootMargin: NEAR_VIEWPORT,
    triggerOnce: true,
    skip: !watch,
    initialInView: !watch,
  });
  const chartLabel = translate('app.dashboard.chart_of', { title: heading });

  return (
    <Card ref={ref} component="section" aria-label={heading} sx={{ height: '100%' }}>
      <CardHeader
        title={heading}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
        action={
          ready && (
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button size="small" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
                {translate(asTable ? 'app.dashboard.show_chart' : 'app.dashboard.show_table')}
              </Button>
              <Button
                size="small"
                startIcon={<DownloadIcon />}
                aria-label={translate('app.dashboard.download_csv_of', { title: heading })}
                onClick={() => downloadCsv(chartCsv(ready, translate), `${name}.csv`)}
              >
                CSV
              </Button>
            </Box>
          )
        }
      />
      <CardContent>
        {summary}
        {isPending || (ready && !asTable && inView && !chartCode) ? (
          <Skeleton
            variant="rectangular"
            height={CHART_HEIGHT}
            aria-label={translate('app.dashboard.loading')}
          />
        ) : error ? (
          <Typography color="error">{translate('app.dashboard.error')}</Typography>
        ) : !ready ? (
          <Typography color="text.secondary">{translate('app.dashboard.empty')}</Typography>
        ) : asTable ? (
          <ChartTable data={ready} caption={heading} />
        ) : !inView ? (
          // Not loading, only not drawn yet: the chart's text alternative over an empty plot and the
          // legend (cheap HTML), as tall as the chart will be, so drawing it moves nothing.
          <div role="img" aria-label={chartLabel} data-chart={name}>
            <Box sx={{ height: CHART_HEIGHT - LEGEND_HEIGHT }} />
            <ChartLegend series={ready.series} colours={seriesColours(theme.palette.mode)} />
          </div>
        ) : (
          <Suspense fallback={<Skeleton variant="rectangular" height={CHART_HEIGHT} />}>
            <div role="img" aria-label={chartLabel} data-chart={name}>
              <SeriesChart data={ready} />
            </div>
          </Suspense>
        )}
      </CardContent>
    </Card>
  );
}
