/**
 * Pipeline timings against the local API over real HTTP (the browser's network path minus React):
 *   - open → first cards: the six funnel columns' first pages in parallel, then the candidates
 *     behind those cards (chunks of 25), as the board does on opening;
 *   - drop → settled: the move POST, then the refetch of both columns it touched;
 *   - the biggest real column at that scale (pipeline-column.ts), over HTTP, then on the board in
 *     Chromium (pipeline-browser.ts: scrolled to 2,000 cards, long tasks, a move of the last card).
 *
 *   node --import tsx tests/tools/bench/pipeline.ts                       # starts `api --scale large` itself
 *   node --import tsx tests/tools/bench/pipeline.ts --url http://localhost:8787 --runs 20
 *   node --import tsx tests/tools/bench/pipeline.ts --no-browser        # API figures only (no build, no Chromium)
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { type Application, FUNNEL_STAGES, type Stage } from '../../../src/model/types';
import { client, quantile } from './http-client';
import { startLocalApi } from './local-api';
import { type BrowserColumnFigures, benchColumnInBrowser } from './pipeline-browser';
import { benchLargeColumn, type LargeColumnFigures } from './pipeline-column';

const PAGE = 25;

export interface PipelineFigures {
  url: string;
  runs: number;
  openMedianMs: number;
  openP95Ms: number;
  settleMedianMs: number;
  settleP95Ms: number;
  /** Cards in the largest column of the company benchmarked (its Content-Range total). */
  largestColumn: number;
}

const columnPath = (stage: Stage) =>
  `/applications?filter=${encodeURIComponent(JSON.stringify({ stage }))}&sort=${encodeURIComponent('["position","ASC"]')}&range=[0,${PAGE - 1}]`;

export async function benchPipeline(
  base: string,
  runs = 10,
  email = 'recruiter@acme.test',
): Promise<PipelineFigures> {
  // A session per board opening: the API allows 120 list calls a minute per token (anti-scraping).
  const open: number[] = [];
  let largestColumn = 0;
  for (let i = 0; i < runs; i++) {
    const api = await client(base, email);
    const started = performance.now();
    const columns = await Promise.all(
      FUNNEL_STAGES.map((stage) => api.get<Application[]>(columnPath(stage))),
    );
    const ids = [...new Set(columns.flatMap((c) => c.body.map((a) => a.candidateId)))];
    const chunks = Array.from({ length: Math.ceil(ids.length / PAGE) }, (_, k) =>
      ids.slice(k * PAGE, (k + 1) * PAGE),
    );
    await Promise.all(
      chunks.map((chunk) =>
        api.get(`/candidates?filter=${encodeURIComponent(JSON.stringify({ id: chunk }))}`),
      ),
    );
    open.push(performance.now() - started);
    largestColumn = Math.max(...columns.map((c) => c.total));
  }
  const settle: number[] = [];
  const api = await client(base, email);
  for (let i = 0; i < runs; i++) {
    // Back and forth between new and screening, so the columns keep their size.
    const [from, to]: Stage[] = i % 2 === 0 ? ['new', 'screening'] : ['screening', 'new'];
    const [card] = (await api.get<Application[]>(columnPath(from))).body;
    const started = performance.now();
    await api.post(`/applications/${card.id}/move`, { stage: to, position: 0, version: card.version });
    await Promise.all([api.get(columnPath(from)), api.get(columnPath(to))]);
    settle.push(performance.now() - started);
  }
  return {
    url: base,
    runs,
    openMedianMs: quantile(open, 0.5),
    openP95Ms: quantile(open, 0.95),
    settleMedianMs: quantile(settle, 0.5),
    settleP95Ms: quantile(settle, 0.95),
    largestColumn,
  };
}

export interface PipelineBench extends PipelineFigures {
  scale: string;
  /** The board's biggest real column at that scale (issue 5: "a column of 2,000 stays smooth"). */
  largeColumn: LargeColumnFigures;
  /** The same column on the board in Chromium (skipped with `browser = false`). */
  largeColumnInBrowser?: BrowserColumnFigures;
}

/** Both scenarios against one API: `url` when given, else a local API started at `scale`. */
export async function run(
  scale = 'large',
  runs = 10,
  url?: string,
  port = 8799,
  browser = true,
): Promise<PipelineBench> {
  const child = url ? undefined : (await startLocalApi(scale, port, { heapMb: 6000, echo: true })).child;
  try {
    const base = url ?? `http://localhost:${port}`;
    const figures = await benchPipeline(base, runs);
    const largeColumn = await benchLargeColumn(base, runs);
    const largeColumnInBrowser = browser
      ? await benchColumnInBrowser(base, largeColumn.email, largeColumn.stage)
      : undefined;
    return { scale: url ? 'external' : scale, ...figures, largeColumn, largeColumnInBrowser };
  } finally {
    child?.kill();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      scale: { type: 'string', default: 'large' },
      port: { type: 'string', default: '8799' },
      runs: { type: 'string', default: '10' },
      'no-browser': { type: 'boolean', default: false },
    },
  });
  const figures = await run(
    values.scale,
    Number(values.runs),
    values.url,
    Number(values.port),
    !values['no-browser'],
  );
  console.log(JSON.stringify(figures, null, 2));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
