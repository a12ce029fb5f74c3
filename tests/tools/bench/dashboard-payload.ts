import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Scale } from '../../../mocks/db/types';
import type { PayloadFigures } from '../../stats/payload-figures';

/**
 * Issue 6's benchmark: the dashboards' stats payload (bytes) and the stats endpoints' time through
 * the mock's handlers, at the small and the large scale, side by side. Part of `npm run bench`, or
 * alone: `node --import tsx tests/tools/bench/dashboard-payload.ts [--skip-large]`. Writes
 * tests/tools/bench/results/dashboard-payload.json and tests/tools/bench/results/dashboard-payload.md.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const REPEATS = 9;

function measure(scale: Scale): PayloadFigures {
  const out = execFileSync(
    process.execPath,
    [
      '--max-old-space-size=4096',
      '--import',
      'tsx',
      'tests/stats/payload-figures.ts',
      scale,
      String(REPEATS),
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(out.slice(out.indexOf('{'))) as PayloadFigures;
}

function markdown(all: PayloadFigures[]): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const [small, large] = all;
  const lines = [
    '# Dashboard payload and stats endpoint time',
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}. Date: ${new Date().toISOString()}. Command: \`node --import tsx tests/tools/bench/dashboard-payload.ts\` (also run by \`npm run bench\`). In-process through the MSW handlers (no HTTP), median of ${REPEATS} calls after a first one that builds the column caches.`,
    '',
    ...all.map(
      (f) =>
        `- ${f.scale}: ${f.rows.offers} offers, ${f.rows.applications} applications, ${f.rows.candidates} candidates, ${f.rows.companies} companies; seeded in ${f.seedMs} ms.`,
    ),
    '',
    '## Bytes loaded by each dashboard on opening (default 30 days)',
    '',
    `| dashboard | ${all.map((f) => `${f.scale} KB`).join(' | ')} |`,
    `| --- | ${all.map(() => '---').join(' | ')} |`,
    ...(['sales', 'recruiter', 'support'] as const).map(
      (role) => `| ${role} | ${all.map((f) => kb(f.dashboards[role])).join(' | ')} |`,
    ),
    '',
    '## Each endpoint',
    '',
    `| call | ${all.map((f) => `${f.scale} bytes | ${f.scale} first ms | ${f.scale} median ms`).join(' | ')} |`,
    `| --- | ${all.map(() => '--- | --- | ---').join(' | ')} |`,
    ...small.endpoints.map((endpoint, i) => {
      const cells = all.map((f) => {
        const e = f.endpoints[i];
        return `${e.bytes} | ${e.firstMs} | ${e.medianMs}`;
      });
      return `| ${endpoint.name} | ${cells.join(' | ')} |`;
    }),
  ];
  if (large)
    lines.push(
      '',
      `Data grows ${Math.round(large.rows.applications / small.rows.applications)}-fold; the sales dashboard's payload ${(large.dashboards.sales / small.dashboards.sales).toFixed(1)}-fold (capped lists fill up, buckets are fixed by the range).`,
    );
  return `${lines.join('\n')}\n`;
}

export function run(scales: readonly Scale[] = ['small', 'large']): PayloadFigures[] {
  const all = scales.map((scale) => {
    console.log(`bench: dashboard payload at ${scale} scale`);
    return measure(scale);
  });
  mkdirSync(join(ROOT, 'tests/tools/bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'tests/tools/bench/results/dashboard-payload.json'),
    `${JSON.stringify(all, null, 2)}\n`,
  );
  const report = markdown(all);
  writeFileSync(join(ROOT, 'tests/tools/bench/results/dashboard-payload.md'), report);
  console.log(report);
  return all;
}

if (import.meta.url === `file://${process.argv[1]}`)
  run(process.argv.includes('--skip-large') ? ['small'] : ['small', 'large']);
