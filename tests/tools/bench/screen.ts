import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession } from 'playwright-core';
import { freePort } from '../../e2e/app';
import { buildFloor, coldTable, measureColdStarts } from './coldstart';
import { type LoadProbe, launch, loadOnce, measureLoads, SCREENS } from './load';
import { startLocalApi } from './local-api';
import { servePreview } from './preview';
import { type CpuProfile, mainThreadTime } from './profile';

/**
 * One screen's cold loads, to work on it without the whole `npm run bench`:
 *   node --import tsx tests/tools/bench/screen.ts sales [--runs 5] [--url URL] [--outDir DIR ...] [--profile]
 * The screen is any part of its name in load.ts (`sales`, `recruiter`, `candidates`...). Serves the
 * demo build in dist-bench/demo (`npx vite build --outDir dist-bench/demo`) unless --url is given.
 * Several --outDir (e.g. a build before a change and one after) are served at once and loaded in
 * turns, run after run, so that a shared machine's changing load weighs on them alike.
 * --profile: after the runs, one more load under a CPU profile from "Sign in" to the data, with the
 * page's main-thread time by script (the demo's mock API runs there too) and its busiest functions;
 * the profile is saved (--profile-file) to open in Chromium's DevTools.
 * --cold: instead, the cold start from navigation (tests/tools/bench/coldstart.ts): login form, typing,
 * data, reload with the session; the framework's floor (built into dist-bench/floor) loaded in the
 * same rounds, for the ratios.
 * --api-scale SCALE: the builds are real-API ones calling /api on their own origin: a local API at
 * SCALE is started and /api proxied to it.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    url: { type: 'string' },
    outDir: { type: 'string', multiple: true },
    profile: { type: 'boolean', default: false },
    cold: { type: 'boolean', default: false },
    'api-scale': { type: 'string' },
    'profile-file': { type: 'string', default: 'tests/tools/bench/results/screen.cpuprofile.tmp' },
  },
});
const wanted = positionals[0] ?? 'sales';
const screen = SCREENS.find((s) => s.name.includes(wanted));
if (!screen) throw new Error(`no screen named like "${wanted}": ${SCREENS.map((s) => s.name).join(', ')}`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function cpuProbe(): LoadProbe & { profile?: CpuProfile } {
  const probe: LoadProbe & { profile?: CpuProfile } = {
    async start(cdp: CDPSession) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    },
    async stop(cdp: CDPSession) {
      probe.profile = ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
    },
  };
  return probe;
}

const servers: Record<string, { url: string; close(): Promise<void> }> = {};
const apiScale = values['api-scale'];
const apiPort = await freePort();
const api = apiScale ? await startLocalApi(apiScale, apiPort) : undefined;
const apiTarget = api && `http://127.0.0.1:${apiPort}`;
if (values.url) servers[values.url] = { url: values.url, close: async () => undefined };
else
  for (const outDir of values.outDir ?? ['dist-bench/demo'])
    servers[outDir] = await servePreview(outDir, apiTarget);
const targets = Object.fromEntries(Object.entries(servers).map(([name, server]) => [name, server.url]));
try {
  console.log(
    `${screen.name}: ${Object.keys(targets).join(', ')}, ${values.runs} runs (load average ${load()})`,
  );
  if (values.cold) {
    const floor = await servePreview(await buildFloor());
    try {
      const cold = await measureColdStarts(targets, floor.url, Number(values.runs), [screen], console.log);
      const labels = Object.fromEntries(Object.keys(targets).map((name) => [name, name]));
      console.log(coldTable(cold, labels).join('\n'));
    } finally {
      await floor.close();
    }
  } else {
    const figures = await measureLoads(targets, Number(values.runs), [screen], console.log);
    for (const [name, [result]] of Object.entries(figures)) console.log(name, JSON.stringify(result));
  }
  console.log(`load average ${load()}`);
  if (values.profile) {
    const [name, url] = Object.entries(targets)[0];
    const browser = await launch();
    const probe = cpuProbe();
    try {
      const profiled = await loadOnce(browser, url, screen, probe);
      console.log(
        `profiled load of ${name}: ${profiled.afterLoginMs} ms after sign-in (the profiler slows it)`,
      );
    } finally {
      await browser.close();
    }
    if (probe.profile) {
      const file = values['profile-file'];
      writeFileSync(resolve(ROOT, file), JSON.stringify(probe.profile));
      console.log(mainThreadTime(probe.profile));
      console.log(`profile: ${file} (DevTools → Performance → load profile)`);
    }
  }
} finally {
  for (const server of Object.values(servers)) await server.close();
  api?.child.kill();
}
