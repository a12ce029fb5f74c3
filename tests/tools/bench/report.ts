import type { ApiFigures } from './api';
import type { BundleFigures } from './bundle';
import { type ColdResults, coldMarkdown } from './coldstart';
import type { ScreenFigures } from './load';

/** What `npm run bench` measured (tests/tools/bench/RESULTS.json) and its Markdown (RESULTS.md). */
export interface Results {
  startedAt: string;
  durationS: number;
  machine: string;
  /** 1, 5 and 15-minute load averages at the start of each stage: the machine may be shared. */
  loadAverages: Record<string, string>;
  runs: number;
  bundles: BundleFigures[];
  demoLoads: ScreenFigures[];
  /** Issue 21: from the address bar, the demo and the real-API build beside react-admin's floor. */
  coldStarts?: ColdResults<'demo' | 'api'>;
  scaleLoads: Record<string, ScreenFigures[]>;
  /** The local API's start-up line per scale (seed time). */
  seeds: Record<string, string>;
  apiCalls: ApiFigures[];
  matching?: { quality: unknown; speed: unknown };
  /** tests/tools/bench/pipeline.ts at large: open → first cards, drop → settled, the biggest column. */
  pipeline?: unknown;
  /** tests/tools/bench/feeds.ts at large: the checks on one offer, a 5,000-offer feed. */
  feeds?: unknown;
}

/** The issue's targets (#9), checked against the figures. */
export function targets(r: Results): Array<[string, string, string, boolean]> {
  const rows: Array<[string, string, string, boolean]> = [];
  const api = r.bundles.find((b) => b.variant === 'api');
  if (api)
    rows.push([
      'initial JS, VITE_API_URL build',
      '≤ 380 KB gzip',
      `${api.initialJsGzipKb} KB`,
      api.initialJsGzipKb <= 380,
    ]);
  const demo = (prefix: string) => r.demoLoads.find((l) => l.name.startsWith(prefix));
  const candidates = demo('candidates');
  if (candidates)
    rows.push([
      'demo scale: first candidate rows after sign-in (median)',
      '< 900 ms',
      `${candidates.afterLoginMs} ms`,
      !candidates.error && candidates.afterLoginMs < 900,
    ]);
  for (const screen of r.demoLoads.filter((l) => l.name.includes('dashboard')))
    rows.push([
      `demo scale: ${screen.name} (median), API requests`,
      '< 1,000 ms, ≤ 10',
      `${screen.afterLoginMs} ms, ${screen.apiRequests}`,
      !screen.error && screen.afterLoginMs < 1000 && screen.apiRequests <= 10,
    ]);
  const { small, large } = r.scaleLoads;
  if (small && large)
    for (const [i, s] of small.entries()) {
      const ratio = large[i].afterLoginMs / s.afterLoginMs;
      rows.push([
        `large / small: ${s.name}`,
        '≤ 1.2',
        ratio.toFixed(2),
        !s.error && !large[i].error && ratio <= 1.2,
      ]);
    }
  return rows;
}

const spread = (runs: number[] = []) => (runs.length ? `${Math.min(...runs)}–${Math.max(...runs)}` : '');

function loadTable(loads: ScreenFigures[]): string[] {
  return [
    '| screen | login form ms | demo API ready ms | sign-in → data ms (runs min–max) | requests | API requests after sign-in | KB received | API KB | JS heap MB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...loads.map((l) =>
      l.error
        ? `| ${l.name} | failed: ${l.error} | | | | | | | |`
        : `| ${l.name} | ${l.loginFormMs} | ${l.apiReadyMs || '—'} | ${l.afterLoginMs} (${spread(l.afterLoginRunsMs)}) | ${l.requests} | ${l.apiRequests} | ${l.transferKb} | ${l.apiKb} | ${l.heapMb} |`,
    ),
  ];
}

export function markdown(r: Results): string {
  const lines = [
    '# Benchmark results',
    '',
    `Command: \`npm run bench\` (${r.durationS} s). Date: ${r.startedAt}. Machine: ${r.machine}.`,
    '',
    `Load averages (1/5/15 min) at each stage, the machine being shared: ${Object.entries(r.loadAverages)
      .map(([stage, load]) => `${stage.split(' ')[0]} ${load}`)
      .join('; ')}. Times on a busy machine are upper bounds.`,
    '',
    `Cold loads: headless Chromium, a new context per run (empty cache), median of ${r.runs}; the app asked at the screen's URL, signed in through the form, then timed from "Sign in" to the screen's data (table rows, pipeline cards, every chart drawn).`,
    '',
    '## Targets (issue #9)',
    '',
    '| target | wanted | measured | met |',
    '| --- | --- | --- | --- |',
    ...targets(r).map(
      ([what, wanted, got, ok]) => `| ${what} | ${wanted} | ${got} | ${ok ? 'yes' : '**no**'} |`,
    ),
    '',
    '## Bundle (gzip)',
    '',
    '| build | initial JS KB | initial CSS KB | all JS KB | largest chunks KB |',
    '| --- | --- | --- | --- | --- |',
    ...r.bundles.map(
      (b) =>
        `| ${b.variant === 'api' ? 'VITE_API_URL' : 'demo'} | ${b.initialJsGzipKb} | ${b.initialCssGzipKb} | ${b.totalJsGzipKb} | ${b.largestChunks
          .slice(0, 5)
          .map((c) => `${c.file} ${c.gzipKb}`)
          .join(', ')} |`,
    ),
  ];
  const api = r.bundles.find((b) => b.variant === 'api');
  if (api)
    lines.push(
      '',
      'Initial JS of the VITE_API_URL build by package (estimated KB gzip): ' +
        api.initialByPackage.map((p) => `${p.name} ${p.gzipKb}`).join(', '),
    );
  lines.push(
    '',
    ...(r.coldStarts ? [...coldMarkdown(r.coldStarts, r.runs), ''] : []),
    '## Cold loads: demo build, demo scale (mock API in the page)',
    '',
    ...loadTable(r.demoLoads),
  );
  for (const [scale, loads] of Object.entries(r.scaleLoads))
    lines.push(
      '',
      `## Cold loads: VITE_API_URL build against the local API, ${scale} scale`,
      '',
      `${r.seeds[scale] ?? ''}`,
      '',
      ...loadTable(loads),
    );
  if (r.scaleLoads.small && r.scaleLoads.large) {
    lines.push(
      '',
      '## Large / small',
      '',
      '| screen | time ratio | KB received small | large | API KB small | large |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const [i, small] of r.scaleLoads.small.entries()) {
      const large = r.scaleLoads.large[i];
      lines.push(
        `| ${small.name} | ${(large.afterLoginMs / small.afterLoginMs).toFixed(2)} | ${small.transferKb} | ${large.transferKb} | ${small.apiKb} | ${large.apiKb} |`,
      );
    }
  }
  for (const calls of r.apiCalls) {
    lines.push(
      '',
      `## API calls at ${calls.scale} scale (${calls.via}${calls.seedMs ? `, seeded in ${calls.seedMs} ms` : ''})`,
      '',
      '| call | first ms | median ms | p95 ms | bytes |',
      '| --- | --- | --- | --- | --- |',
      ...calls.calls.map((c) => `| ${c.name} | ${c.warmupMs} | ${c.medianMs} | ${c.p95Ms} | ${c.bytes} |`),
    );
  }
  if (r.matching) lines.push('', '## Matching', '', '```json', JSON.stringify(r.matching, null, 2), '```');
  if (r.pipeline)
    lines.push(
      '',
      '## Pipeline board (large scale)',
      '',
      '```json',
      JSON.stringify(r.pipeline, null, 2),
      '```',
    );
  if (r.feeds)
    lines.push(
      '',
      '## Moderation checks and offer feeds (large scale)',
      '',
      '```json',
      JSON.stringify(r.feeds, null, 2),
      '```',
    );
  lines.push('');
  return lines.join('\n');
}
