import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { freePort } from '../e2e/app';
import type { ApiFigures } from './api';
import { type BundleFigures, measureBundle } from './bundle';
import { measureLoads, type ScreenFigures } from './load';
import { run as matchingQuality } from './matching-quality';

/**
 * `npm run bench` (never part of `npm test`): bundle sizes, cold loads in Chromium at the demo
 * scale, the same loads of the real-API build against the local API at small and large scale, the
 * API's own call times at small and large, and matching quality/speed. Writes
 * tests/bench/results/latest.json and tests/bench/RESULTS.md. `-- --skip-large` for a quick run.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: { 'skip-large': { type: 'boolean', default: false }, runs: { type: 'string', default: '5' } },
});
const RUNS = Number(values.runs);
const SCALES = values['skip-large'] ? (['small'] as const) : (['small', 'large'] as const);

async function servePreview(outDir: string) {
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** Starts `mocks/server.ts` in a child process and resolves once it listens. */
async function startLocalApi(scale: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--max-old-space-size=8000',
      '--import',
      'tsx',
      'mocks/server.ts',
      '--scale',
      scale,
      '--port',
      String(port),
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((ready, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('mock API')) ready();
    });
    child.on('exit', (code) => fail(new Error(`local API exited with ${code}`)));
  });
  return child;
}

/** Runs a bench module in its own process (so large data sets do not share one heap) and parses its JSON. */
function runJson<T>(module: string, args: readonly unknown[]): T {
  const code = `import('./${module}').then((m) => m.run(...${JSON.stringify(args)})).then((r) => console.log(JSON.stringify(r)))`;
  const out = execFileSync(
    process.execPath,
    ['--max-old-space-size=8000', '--expose-gc', '--import', 'tsx', '-e', code],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(out.slice(out.indexOf('{'))) as T;
}

async function main() {
  const startedAt = new Date().toISOString();
  console.log('bench: bundle sizes');
  const bundles: BundleFigures[] = [await measureBundle('api'), await measureBundle('demo')];

  console.log('bench: cold loads of the demo build (demo scale, mock in the page)');
  const demoServer = await servePreview(join(ROOT, 'dist-bench/demo'));
  const demoLoads = await measureLoads(demoServer.url, RUNS).finally(() => demoServer.close());

  const scaleLoads: Record<string, ScreenFigures[]> = {};
  for (const scale of SCALES) {
    console.log(`bench: real-API build against the local API at ${scale} scale`);
    const apiPort = await freePort();
    const api = await startLocalApi(scale, apiPort);
    try {
      const outDir = join(ROOT, `dist-bench/api-local-${scale}`);
      process.env.VITE_API_URL = `http://127.0.0.1:${apiPort}/api`;
      await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
      delete process.env.VITE_API_URL;
      const server = await servePreview(outDir);
      scaleLoads[scale] = await measureLoads(server.url, RUNS).finally(() => server.close());
    } finally {
      api.kill();
    }
  }

  const apiCalls: ApiFigures[] = SCALES.map((scale) => {
    console.log(`bench: API calls in-process at ${scale} scale`);
    return runJson<ApiFigures>('tests/bench/api.ts', [scale]);
  });
  console.log('bench: matching');
  const quality = matchingQuality();
  const speed = values['skip-large']
    ? undefined
    : runJson<Record<string, unknown>>('tests/bench/matching-speed.ts', [{}]);
  (await import('./dashboard-payload')).run(SCALES); // issue 6: its own report in results/dashboard-payload.md

  // Issue 5: open → first cards, drop → settled, and the biggest real column (own API process).
  console.log('bench: pipeline board at large scale');
  const pipeline = values['skip-large'] ? undefined : runJson<unknown>('tests/bench/pipeline.ts', ['large']);

  const results = {
    startedAt,
    machine: machine(),
    bundles,
    demoLoads,
    scaleLoads,
    apiCalls,
    matching: { quality, speed },
    pipeline,
  };
  mkdirSync(join(ROOT, 'tests/bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'tests/bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(ROOT, 'tests/bench/RESULTS.md'), markdown(results));
  console.log(markdown(results));
}

function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

type Results = {
  startedAt: string;
  machine: string;
  bundles: BundleFigures[];
  demoLoads: ScreenFigures[];
  scaleLoads: Record<string, ScreenFigures[]>;
  apiCalls: ApiFigures[];
  matching: { quality: unknown; speed: unknown };
  pipeline?: unknown;
};

function markdown(r: Results): string {
  const lines = [
    '# Benchmark results',
    '',
    `Machine: ${r.machine}. Date: ${r.startedAt}. Command: \`npm run bench\`. Medians of ${RUNS} cold loads (new context each) in headless Chromium.`,
    '',
    '## Bundle (gzip)',
    '',
    '| build | initial JS KB | initial CSS KB | all JS KB | largest chunks |',
    '| --- | --- | --- | --- | --- |',
    ...r.bundles.map(
      (b) =>
        `| ${b.variant === 'api' ? 'VITE_API_URL' : 'demo'} | ${b.initialJsGzipKb} | ${b.initialCssGzipKb} | ${b.totalJsGzipKb} | ${b.largestChunks
          .slice(0, 4)
          .map((c) => `${c.file} ${c.gzipKb}`)
          .join(', ')} |`,
    ),
    '',
    '## Cold loads, demo build at the demo scale (mock API in the page)',
    '',
    ...loadTable(r.demoLoads),
  ];
  for (const [scale, loads] of Object.entries(r.scaleLoads)) {
    lines.push(
      '',
      `## Cold loads, VITE_API_URL build against the local API at ${scale} scale`,
      '',
      ...loadTable(loads),
    );
  }
  if (r.scaleLoads.small && r.scaleLoads.large) {
    lines.push(
      '',
      '## Ratio large / small (after-login time, bytes)',
      '',
      '| screen | time ratio | bytes small KB | bytes large KB |',
      '| --- | --- | --- | --- |',
    );
    r.scaleLoads.small.forEach((small, i) => {
      const large = r.scaleLoads.large[i];
      lines.push(
        `| ${small.name} | ${(large.afterLoginMs / small.afterLoginMs).toFixed(2)} | ${small.transferKb} | ${large.transferKb} |`,
      );
    });
  }
  for (const api of r.apiCalls) {
    lines.push(
      '',
      `## API calls in-process at ${api.scale} scale (seed ${api.seedMs} ms, heap ${api.heapMb} MB)`,
      '',
      '| call | first ms | median ms | p95 ms | bytes |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const c of api.calls)
      lines.push(`| ${c.name} | ${c.warmupMs} | ${c.medianMs} | ${c.p95Ms} | ${c.bytes} |`);
  }
  lines.push('', '## Matching', '', '```json', JSON.stringify(r.matching, null, 2), '```', '');
  if (r.pipeline)
    lines.push(
      '## Pipeline board (large scale)',
      '',
      '```json',
      JSON.stringify(r.pipeline, null, 2),
      '```',
      '',
    );
  return lines.join('\n');
}

function loadTable(loads: ScreenFigures[]): string[] {
  return [
    '| screen | login form ms | sign-in → data ms | requests | API requests | transfer KB | JS heap MB |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...loads.map(
      (l) =>
        `| ${l.name} | ${l.loginFormMs} | ${l.afterLoginMs} | ${l.requests} | ${l.apiRequests} | ${l.transferKb} | ${l.heapMb} |`,
    ),
  ];
}

await main();
