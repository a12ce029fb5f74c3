import { type ChildProcess, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../../e2e/app';
import { type ApiFigures, run as apiCalls } from './api';
import { type BundleFigures, measureBundle } from './bundle';
import { coldStartStage } from './coldstart';
import { launch, measureLoads, type ScreenFigures } from './load';
import { startLocalApi } from './local-api';
import { run as matchingQuality } from './matching-quality';
import { servePreview } from './preview';
import { markdown, type Results } from './report';

/**
 * `npm run bench` (never part of `npm test`), 8 to 15 minutes depending on the machine's load:
 *   1. bundle sizes of the real-API and demo builds;
 *   2. cold loads of the demo build at the demo scale (its mock API in the database worker);
 *   2b. cold starts counted from navigation (tests/tools/bench/coldstart.ts): the demo build, the real-API
 *      build against the local API at the demo scale, and react-admin's floor, in turns;
 *   3. cold loads of the real-API build against the local API (docs/demo-and-scales.md) at small and large
 *      scale, same origin (a proxy, as behind a reverse proxy), both served at once and loaded in
 *      turns, for the large / small ratio;
 *   4. the API's call times over HTTP against each of those local APIs (large seeded once);
 *   5. matching quality, and speed at large scale;
 *   6. the dashboard payloads; 7. the pipeline board; 8. moderation checks and a 5,000-offer feed
 *      at large scale (tests/tools/bench/feeds.ts, also runnable alone).
 * Writes tests/tools/bench/RESULTS.md and tests/tools/bench/RESULTS.json.
 * Options: --runs N (default 5), --skip-large (quick run), --skip-matching.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'skip-large': { type: 'boolean', default: false },
    'skip-matching': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const SCALES = values['skip-large'] ? (['small'] as const) : (['small', 'large'] as const);
const started = performance.now();
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const loads: Record<string, string> = {};

function progress(line: string): void {
  const seconds = Math.round((performance.now() - started) / 1000);
  console.log(`bench [${String(seconds).padStart(4)} s] ${line}`);
}

function stage(name: string): void {
  loads[name] = load();
  progress(`${name} (load average ${loads[name]})`);
}

/** Runs a bench module in its own process (a large data set gets its own heap) and parses its JSON. */
function runJson<T>(module: string, args: readonly unknown[]): T {
  const code = `import('./${module}').then((m) => m.run(...${JSON.stringify(args)})).then((r) => console.log(JSON.stringify(r)))`;
  const out = execFileSync(
    process.execPath,
    ['--max-old-space-size=8000', '--expose-gc', '--import', 'tsx', '-e', code],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(out.slice(out.indexOf('{'))) as T;
}

async function main() {
  const startedAt = new Date().toISOString();
  stage('1/7 bundle sizes (two production builds)');
  // The real-API build calls /api on its own origin, so the same build serves both scales below.
  const bundles: BundleFigures[] = [await measureBundle('api', '/api'), await measureBundle('demo')];
  for (const b of bundles) progress(`  ${b.variant}: initial JS ${b.initialJsGzipKb} KB gzip`);

  stage(`2/7 cold loads of the demo build, demo scale, ${RUNS} runs a screen`);
  const demoServer = await servePreview(join(ROOT, 'dist-bench/demo'));
  const { demo: demoLoads } = await measureLoads({ demo: demoServer.url }, RUNS, undefined, progress).finally(
    () => demoServer.close(),
  );

  stage(`2b/7 cold starts from navigation: demo, real-API build (demo scale), floor, ${RUNS} runs`);
  const coldStarts = await coldStartStage(RUNS, progress);

  // Both scales served at once, their loads taking turns, so the large / small ratio compares like
  // with like on a machine whose load drifts.
  const apis: Array<{ scale: (typeof SCALES)[number]; port: number; child: ChildProcess }> = [];
  const servers: Array<{ url: string; close: () => Promise<void> }> = [];
  const seeds: Record<string, string> = {};
  let scaleLoads: Record<string, ScreenFigures[]> = {};
  const apiFigures: ApiFigures[] = [];
  try {
    for (const scale of SCALES) {
      stage(`3/7 local API at ${scale} scale: seeding`);
      const port = await freePort();
      const api = await startLocalApi(scale, port);
      apis.push({ scale, port, child: api.child });
      seeds[scale] = api.line;
      progress(`  ${api.line}`);
    }
    const targets: Record<string, string> = {};
    for (const { scale, port } of apis) {
      const server = await servePreview(join(ROOT, 'dist-bench/api'), `http://127.0.0.1:${port}`);
      servers.push(server);
      targets[scale] = server.url;
    }
    stage(`3/7 cold loads of the real-API build at ${SCALES.join(' and ')} scale, ${RUNS} runs each`);
    scaleLoads = await measureLoads(targets, RUNS, undefined, progress);
    for (const { scale, port } of apis) {
      stage(`4/7 API calls over HTTP at ${scale} scale`);
      apiFigures.push(await apiCalls(scale, 40, `http://127.0.0.1:${port}/api`));
    }
  } finally {
    for (const server of servers) await server.close();
    for (const { child } of apis) child.kill();
  }

  let matching: Results['matching'];
  if (!values['skip-matching']) {
    stage('5/7 matching: quality, and speed at large scale (seeds it once more)');
    const quality = matchingQuality();
    const speed = values['skip-large']
      ? undefined
      : runJson<Record<string, unknown>>('tests/tools/bench/matching-speed.ts', [{}]);
    matching = { quality, speed };
  }

  let pipeline: unknown;
  if (!values['skip-large']) {
    stage('6/7 dashboard payload bytes and endpoint times, small and large (issue 6)');
    (await import('./dashboard-payload')).run(SCALES); // its own report: results/dashboard-payload.md
    stage('7/7 pipeline board at large scale: open, drop, the biggest column (issue 5)');
    pipeline = runJson<unknown>('tests/tools/bench/pipeline.ts', ['large']);
  }

  let feeds: unknown;
  if (!values['skip-large']) {
    stage('8/8 moderation checks on one offer, and a 5,000-offer feed, at large scale (issue 19)');
    feeds = runJson<unknown>('tests/tools/bench/feeds.ts', ['large']);
  }

  const results: Results = {
    startedAt,
    durationS: Math.round((performance.now() - started) / 1000),
    machine: await machine(),
    loadAverages: loads,
    runs: RUNS,
    bundles,
    demoLoads,
    coldStarts,
    scaleLoads,
    seeds,
    apiCalls: apiFigures,
    matching,
    pipeline,
    feeds,
  };
  writeFileSync(join(ROOT, 'tests/tools/bench/RESULTS.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(ROOT, 'tests/tools/bench/RESULTS.md'), markdown(results));
  progress('done: tests/tools/bench/RESULTS.md, tests/tools/bench/RESULTS.json');
  console.log(markdown(results));
}

async function machine(): Promise<string> {
  const browser = await launch();
  const chromium = browser.version();
  await browser.close();
  return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${chromium}`;
}

await main();
