import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { freePort } from '../../e2e/app';
import { buildVariant } from './bundle';
import { launch, median, SCREENS, type ScreenSpec, shownInPage } from './load';
import { startLocalApi } from './local-api';
import { servePreview } from './preview';

/**
 * Cold start as a user lives it, counted from navigation (issue 21): headless Chromium, a new
 * context per load (empty cache, no service worker), a browser that types into the login form and
 * clicks "Sign in" as soon as it can, then a reload of the same tab with its live session. Each app
 * under test is loaded in turns with the framework's floor (tests/tools/bench/floor: one <Admin>, one
 * resource over MSW, built with the same Vite), so every figure gets a ratio from the same minutes.
 * `npm run bench` runs it as a stage; alone, it builds what is missing and writes the table to
 * tests/tools/bench/results/coldstart.md (and .json):
 *   node --import tsx tests/tools/bench/coldstart.ts [--runs 5] [--screens candidates,offers] [--rebuild]
 */
const ROOT = resolve(import.meta.dirname, '../../..');
export const FLOOR_OUT_DIR = resolve(ROOT, 'dist-bench/floor');

/** Builds the floor app into dist-bench/floor: react-admin's own cost, measured beside ours. */
export async function buildFloor(): Promise<string> {
  await build({
    root: resolve(ROOT, 'tests/tools/bench/floor'),
    configFile: false,
    publicDir: resolve(ROOT, 'public'),
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir: FLOOR_OUT_DIR, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  return FLOOR_OUT_DIR;
}

/** How to sign in to an app and what its screen's data looks like. */
export interface ColdTarget {
  url: string;
  /** The login form's first field, and its password field. */
  loginField: string;
  passwordField: string;
  password: string;
}

export const APP_TARGET = {
  loginField: 'input[name="email"]',
  passwordField: 'input[name="password"]',
  password: 'demo',
} as const;

export const FLOOR_TARGET = {
  loginField: 'input[name="username"]',
  passwordField: 'input[name="password"]',
  password: 'floor',
} as const;

/** The floor's one screen: its posts list's first rows (react-admin's DataTable). */
export const FLOOR_SCREEN: ScreenSpec = {
  name: 'floor: first rows',
  hash: '#/posts',
  email: 'someone',
  ready: 'tbody tr.RaDataTable-rowEven, tbody tr.RaDataTable-rowOdd',
};

export interface ColdFigures {
  /** Navigation → the first paint with content (the browser's first-contentful-paint). */
  firstPaintMs: number;
  /** Navigation → the login form on screen. */
  loginFormMs: number;
  /** Navigation → the first character typed into the login form handled by the page. */
  loginTypedMs: number;
  /** Navigation → the screen's data, signing in as soon as the form takes input. */
  dataMs: number;
  /** Navigation → the demo's API started (`<html data-api="ready">`: its seed done); 0 in other builds. */
  apiReadyMs: number;
  /** Reload of the signed-in tab → the screen's data again (the new page's clock). */
  reloadDataMs: number;
  /** Whether the reload showed the login form at any moment (it should not). */
  reloadShowedLogin: boolean;
  /** JS files requested from navigation to the data (workers' imports included). */
  jsRequests: number;
  /** Main-thread tasks over 50 ms from navigation to the data: their sum and the longest. */
  longTasksMs: number;
  longestTaskMs: number;
  /** The same, between the login form showing and the click on "Sign in" (the user typing). */
  longTasksWhileTypingMs: number;
  /** JS heap of the page's main thread at the data, and of its dedicated workers (MB). */
  heapMb: number;
  /** The page's heap once a full garbage collection has run: what it holds, without its garbage (MB). */
  liveHeapMb: number;
  workerHeapMb: number;
}

interface PageMarks {
  longTasks: Array<[number, number]>;
  typedAt?: number;
  clickAt?: number;
  apiReadyAt?: number;
  loginSeen: boolean;
}

declare global {
  interface Window {
    __cold?: PageMarks;
  }
}

const LOAD_TIMEOUT_MS = 90_000;

/** In-page clock (ms since navigation) at the frame where `ready` matched and `pending` did not. */
async function shownAt(page: Page, ready: string, pending?: string, inView?: boolean): Promise<number> {
  const handle = await page.waitForFunction(
    shownInPage,
    { ready, pending, inView },
    { timeout: LOAD_TIMEOUT_MS, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Installed before any of the page's scripts, on every navigation (reloads included). */
function marksScript(loginField: string): void {
  const marks: PageMarks = { longTasks: [], loginSeen: false };
  window.__cold = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'input',
    () => {
      marks.typedAt ??= performance.now();
    },
    true,
  );
  document.addEventListener(
    'click',
    () => {
      marks.clickAt ??= performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    if (!marks.loginSeen && document.querySelector(loginField)) marks.loginSeen = true;
    if (document.documentElement.dataset.api === 'ready') marks.apiReadyAt ??= performance.now();
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-api'] });
}

/**
 * The JS heap of the context's dedicated and shared workers (each a V8 isolate of its own, which
 * Runtime.getHeapUsage on the page does not see), through a browser-wide DevTools session.
 */
async function workerHeapsMb(browser: Browser, contextId: string): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: Array<{ targetId: string; type: string; browserContextId?: string }>;
    };
    let total = 0;
    for (const target of targetInfos) {
      if (target.browserContextId !== contextId || !['worker', 'shared_worker'].includes(target.type))
        continue;
      const { sessionId } = (await cdp.send('Target.attachToTarget', {
        targetId: target.targetId,
        flatten: false,
      })) as { sessionId: string };
      const used = new Promise<number>((done) => {
        const onMessage = (event: { sessionId: string; message: string }) => {
          const reply = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
          if (event.sessionId !== sessionId || reply.id !== 1) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          done(reply.result?.usedSize ?? 0);
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
      });
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }),
      });
      total += await used;
      await cdp.send('Target.detachFromTarget', { sessionId });
    }
    return total / 1e6;
  } finally {
    await cdp.detach();
  }
}

/** One cold load of `screen` at `target`, then a reload of the signed-in tab. */
export async function coldLoad(
  browser: Browser,
  target: ColdTarget,
  screen: ScreenSpec,
): Promise<ColdFigures> {
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'allow' });
  const page = await context.newPage();
  let phase = 'the login form';
  try {
    const cdp = await context.newCDPSession(page);
    const { targetInfo } = (await cdp.send('Target.getTargetInfo')) as {
      targetInfo: { browserContextId: string };
    };
    await page.addInitScript(marksScript, target.loginField);
    let jsRequests = 0;
    let counting = true;
    context.on('request', (request) => {
      if (counting && new URL(request.url()).pathname.endsWith('.js')) jsRequests++;
    });

    await page.goto(`${target.url}/${screen.hash}`, { waitUntil: 'commit' });
    const formShown = shownAt(page, target.loginField);
    // As a person with the form's fields already in mind: type the moment they take input, click.
    await page.locator(target.loginField).fill(screen.email, { timeout: LOAD_TIMEOUT_MS });
    await page.locator(target.passwordField).fill(target.password);
    await page.locator('button[type="submit"]').click();
    phase = 'the data';
    const dataMs = await shownAt(page, screen.ready, screen.pending, screen.pendingInView);
    counting = false;
    phase = 'the login form (after the data)';
    const loginFormMs = await formShown;
    const marks = (await page.evaluate(() => window.__cold)) as PageMarks;
    const firstPaintMs = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    );
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('HeapProfiler.collectGarbage');
    const live = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const workerHeapMb = await workerHeapsMb(browser, targetInfo.browserContextId);
    const before = marks.longTasks.filter(([start]) => start < dataMs);
    const clickAt = marks.clickAt ?? dataMs;
    // Tasks that held the page between the form showing and the click. The task the click itself
    // is dispatched in (pointerover to click, then the app's response to "Sign in") contains the
    // click's time: it is the sign-in, not a wait while typing, and its cost shows in the data's time.
    const whileTyping = marks.longTasks.filter(
      ([start, duration]) => start + duration > loginFormMs && start + duration <= clickAt,
    );

    phase = 'the data after a reload';
    await page.reload({ waitUntil: 'commit' });
    const reloadDataMs = await shownAt(page, screen.ready, screen.pending, screen.pendingInView);
    const reloadShowedLogin = await page.evaluate(() => window.__cold?.loginSeen ?? false);
    return {
      firstPaintMs: Math.round(firstPaintMs),
      loginFormMs: Math.round(loginFormMs),
      loginTypedMs: Math.round(marks.typedAt ?? 0),
      apiReadyMs: Math.round(marks.apiReadyAt ?? 0),
      dataMs: Math.round(dataMs),
      reloadDataMs: Math.round(reloadDataMs),
      reloadShowedLogin,
      jsRequests,
      longTasksMs: Math.round(before.reduce((sum, [, duration]) => sum + duration, 0)),
      longestTaskMs: Math.round(Math.max(0, ...before.map(([, duration]) => duration))),
      longTasksWhileTypingMs: Math.round(whileTyping.reduce((sum, [, duration]) => sum + duration, 0)),
      heapMb: Math.round(usedSize / 1e5) / 10,
      liveHeapMb: Math.round(live.usedSize / 1e5) / 10,
      workerHeapMb: Math.round(workerHeapMb * 10) / 10,
    };
  } catch (error) {
    // Where it stopped, and the page's state then: enough to tell a slow load from a stuck one.
    const state = await page
      .evaluate(() => ({
        url: location.href,
        api: document.documentElement.dataset.api,
        controlled: navigator.serviceWorker?.controller !== null,
      }))
      .catch(() => undefined);
    throw new Error(
      `waiting for ${phase}: ${(error as Error).message.split('\n')[0]} ${JSON.stringify(state)}`,
    );
  } finally {
    await context.close();
  }
}

const NUMERIC = [
  'firstPaintMs',
  'loginFormMs',
  'loginTypedMs',
  'dataMs',
  'apiReadyMs',
  'reloadDataMs',
  'jsRequests',
  'longTasksMs',
  'longestTaskMs',
  'longTasksWhileTypingMs',
  'heapMb',
  'liveHeapMb',
  'workerHeapMb',
] as const;

export type ColdSummary = { [K in (typeof NUMERIC)[number]]: number } & {
  /** min–max of the runs, per timed figure. */
  spread: Partial<Record<(typeof NUMERIC)[number], [number, number]>>;
  reloadShowedLogin: boolean;
  runs: number;
  /** Runs that failed (their figures are left out), with the first one's reason. */
  failedRuns?: number;
  failure?: string;
  /** Set when no run succeeded: the figures are then meaningless. */
  error?: string;
};

function summarise(samples: ColdFigures[]): ColdSummary {
  const summary = { spread: {}, runs: samples.length } as ColdSummary;
  for (const key of NUMERIC) {
    const values = samples.map((s) => s[key]);
    summary[key] = median(values);
    summary.spread[key] = [Math.min(...values), Math.max(...values)];
  }
  summary.reloadShowedLogin = samples.some((s) => s.reloadShowedLogin);
  return summary;
}

export interface ColdResults<K extends string> {
  /** Per screen: each app's figures, and the floor's from the same rounds. */
  screens: Array<{ screen: string; floor: ColdSummary; apps: Record<K, ColdSummary> }>;
  /** 1, 5 and 15-minute load averages when the stage ended. */
  loadAverage?: string;
}

/**
 * Every screen at each app (e.g. `{ demo: url, api: url }`), the floor loaded in the same rounds:
 * round after round, floor then each app, so the machine's drifting load weighs on all alike.
 */
export async function measureColdStarts<K extends string>(
  apps: Record<K, string>,
  floorUrl: string,
  runs = 5,
  screens: readonly ScreenSpec[] = SCREENS,
  progress: (line: string) => void = () => undefined,
): Promise<ColdResults<K>> {
  const names = Object.keys(apps) as K[];
  const floor: ColdTarget = { url: floorUrl, ...FLOOR_TARGET };
  const browser = await launch();
  const results: ColdResults<K> = { screens: [] };
  try {
    for (const screen of screens) {
      const floorSamples: ColdFigures[] = [];
      const samples = Object.fromEntries(names.map((name) => [name, [] as ColdFigures[]])) as Record<
        K,
        ColdFigures[]
      >;
      const failed: Partial<Record<K | 'floor', string[]>> = {};
      const attempt = async (key: K | 'floor', load: () => Promise<ColdFigures>, into: ColdFigures[]) => {
        try {
          into.push(await load());
        } catch (error) {
          const reason = (error as Error).message.split('\n')[0];
          failed[key] = [...(failed[key] ?? []), reason];
          progress(`  ${key}, ${screen.name}: a run FAILED (${reason})`);
        }
      };
      // One unmeasured round first: the OS file cache, the local API's lazily built indexes.
      await coldLoad(browser, floor, FLOOR_SCREEN).catch(() => undefined);
      for (const name of names)
        await coldLoad(browser, { url: apps[name], ...APP_TARGET }, screen).catch(() => undefined);
      for (let i = 0; i < runs; i++) {
        await attempt('floor', () => coldLoad(browser, floor, FLOOR_SCREEN), floorSamples);
        for (const name of names)
          await attempt(
            name,
            () => coldLoad(browser, { url: apps[name], ...APP_TARGET }, screen),
            samples[name],
          );
      }
      const summary = (key: K | 'floor', list: ColdFigures[]): ColdSummary => {
        const failures = failed[key] ?? [];
        if (list.length === 0) return { ...summarise([]), error: failures[0] ?? 'no run' };
        return failures.length > 0
          ? { ...summarise(list), failedRuns: failures.length, failure: failures[0] }
          : summarise(list);
      };
      const entry = {
        screen: screen.name,
        floor: summary('floor', floorSamples),
        apps: Object.fromEntries(names.map((name) => [name, summary(name, samples[name])])) as Record<
          K,
          ColdSummary
        >,
      };
      for (const name of names) {
        const app = entry.apps[name];
        progress(
          `  ${name}, ${screen.name}: data ${app.dataMs} ms from navigation (floor ${entry.floor.dataMs}), reload ${app.reloadDataMs} ms (floor ${entry.floor.reloadDataMs}), ${app.jsRequests} JS requests`,
        );
      }
      results.screens.push(entry);
    }
    return results;
  } finally {
    await browser.close();
  }
}

const ratio = (value: number, floor: number) => (floor > 0 ? (value / floor).toFixed(2) : '—');
const range = (s: ColdSummary, key: keyof ColdSummary['spread']) => {
  const [min, max] = s.spread[key] ?? [0, 0];
  return `${min}–${max}`;
};

/** The Markdown table: one row per screen and app, each time with its ratio to the floor's. */
export function coldTable<K extends string>(results: ColdResults<K>, labels: Record<K, string>): string[] {
  const lines = [
    '| screen | build | first paint ms | login form ms | first key typed ms (floor first paint) | navigation → data ms (runs) | ×floor | demo API ready ms | reload → data ms (runs) | ×floor | JS requests before data | long tasks ms (longest; while typing) | heap MB page (live) + workers |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { screen, floor, apps } of results.screens) {
    const row = (label: string, s: ColdSummary, isFloor: boolean) =>
      s.error
        ? `| ${screen} | ${label} | failed: ${s.error} | | | | | | | | | | |`
        : `| ${screen} | ${label}${s.failedRuns ? ` (${s.failedRuns} run(s) failed: ${s.failure})` : ''} | ${s.firstPaintMs} | ${s.loginFormMs} | ${s.loginTypedMs} (${floor.firstPaintMs}) | ${s.dataMs} (${range(s, 'dataMs')}) | ${isFloor ? '1' : ratio(s.dataMs, floor.dataMs)} | ${s.apiReadyMs || '–'} | ${s.reloadDataMs} (${range(s, 'reloadDataMs')})${s.reloadShowedLogin ? ' login shown' : ''} | ${isFloor ? '1' : ratio(s.reloadDataMs, floor.reloadDataMs)} | ${s.jsRequests} | ${s.longTasksMs} (${s.longestTaskMs}; ${s.longTasksWhileTypingMs}) | ${s.heapMb} (${s.liveHeapMb}) + ${s.workerHeapMb} |`;
    lines.push(row('floor', floor, true));
    for (const name of Object.keys(apps) as K[]) lines.push(row(labels[name], apps[name], false));
  }
  return lines;
}

/** Heap budgets at the first data, main thread only (issue 21). */
const HEAP_BUDGET_MB: Record<string, number> = { demo: 40, api: 25 };

/** The issue's goals, one row per goal and app: [goal, wanted, measured per screen, met]. */
export function coldTargets<K extends string>(
  results: ColdResults<K>,
  labels: Record<K, string>,
): Array<[string, string, string, boolean]> {
  const rows: Array<[string, string, string, boolean]> = [];
  const names = Object.keys(labels) as K[];
  const short = (screen: string) => screen.split(':')[0];
  const row = (
    goal: string,
    wanted: string,
    measure: (app: ColdSummary, floor: ColdSummary) => [string, boolean],
  ) => {
    for (const name of names) {
      const parts = results.screens.map(({ screen, floor, apps }) => {
        const app = apps[name];
        if (app.error || floor.error) return { text: `${short(screen)} failed`, ok: false };
        const [text, ok] = measure(app, floor);
        // A run that never showed its data fails every goal of its screen.
        const failedRuns = app.failedRuns ? ` (${app.failedRuns} run(s) failed)` : '';
        return { text: `${short(screen)} ${text}${failedRuns}`, ok: ok && !app.failedRuns };
      });
      rows.push([
        `${labels[name]}: ${goal}`,
        wanted,
        parts.map((p) => p.text).join(', '),
        parts.every((p) => p.ok),
      ]);
    }
  };
  row('navigation → data, ÷ floor', '≤ 1.1', (app, floor) => {
    const r = app.dataMs / floor.dataMs;
    return [r.toFixed(2), r <= 1.1];
  });
  row('reload with the session → data, ÷ floor', '≤ 1.1, no login form', (app, floor) => {
    const r = app.reloadDataMs / floor.reloadDataMs;
    return [
      `${r.toFixed(2)}${app.reloadShowedLogin ? ' (login shown)' : ''}`,
      r <= 1.1 && !app.reloadShowedLogin,
    ];
  });
  row('first key typed vs the floor’s first paint, ms', 'typed ≤ floor paint', (app, floor) => [
    `${app.loginTypedMs} vs ${floor.firstPaintMs}`,
    app.loginTypedMs <= floor.firstPaintMs,
  ]);
  row('long tasks while the login form is up, ms', '0', (app) => [
    String(app.longTasksWhileTypingMs),
    app.longTasksWhileTypingMs === 0,
  ]);
  row('JS requests before the data', '≤ 25', (app) => [String(app.jsRequests), app.jsRequests <= 25]);
  for (const name of names) {
    const budget = HEAP_BUDGET_MB[name];
    if (budget === undefined) continue;
    const parts = results.screens.map(({ screen, apps }) => ({
      text: `${short(screen)} ${apps[name].heapMb}, live ${apps[name].liveHeapMb} (+${apps[name].workerHeapMb} in workers)`,
      ok: !apps[name].error && apps[name].heapMb <= budget,
    }));
    rows.push([
      `${labels[name]}: page JS heap at the data, MB`,
      `≤ ${budget}`,
      parts.map((p) => p.text).join(', '),
      parts.every((p) => p.ok),
    ]);
  }
  return rows;
}

const COLD_LABELS = { demo: 'demo', api: 'VITE_API_URL, local API' } as const;

/** The stage's section of tests/tools/bench/RESULTS.md (and of results/coldstart.md when run alone). */
export function coldMarkdown(results: ColdResults<'demo' | 'api'>, runs: number): string[] {
  return [
    '## Cold start from the address bar (issue 21)',
    '',
    `Each screen loaded by a browser that types into the login form and clicks "Sign in" as soon as it can, then the same tab reloaded with its session; in turns with react-admin's floor (tests/tools/bench/floor: one \`<Admin>\`, one resource over MSW, the same Vite), median of ${runs} (runs min–max); load average (1/5/15 min) at the end of the stage ${results.loadAverage ?? '?'}. Heap: the page's main thread (in brackets, what is left of it after a full garbage collection) + its workers (the demo's data lives in its database worker).`,
    '',
    '| goal | wanted | measured | met |',
    '| --- | --- | --- | --- |',
    ...coldTargets(results, COLD_LABELS).map(
      ([what, wanted, got, ok]) => `| ${what} | ${wanted} | ${got} | ${ok ? 'yes' : '**no**'} |`,
    ),
    '',
    ...coldTable(results, COLD_LABELS),
  ];
}

/**
 * The stage of `npm run bench`: the demo build (dist-bench/demo) and the real-API build
 * (dist-bench/api, calling /api on its own origin, proxied to the local API at the demo scale),
 * each screen in turns with the floor.
 */
export async function coldStartStage(
  runs: number,
  progress: (line: string) => void,
  screens: readonly ScreenSpec[] = SCREENS,
): Promise<ColdResults<'demo' | 'api'>> {
  const floorDir = await buildFloor();
  const port = await freePort();
  // The bench loads one account's screens about 40 times a minute, far beyond a person: with the
  // anti-scraping limit of list calls left on, a reload met a 429 and measured its wait (12.8 s).
  const api = await startLocalApi('demo', port, { args: ['--list-calls', '1000000'] });
  progress(`  ${api.line}`);
  const servers = [
    // Sent as deploy/nginx.conf sends them: cached, not compressed on the fly (preview.ts says why).
    await servePreview(join(ROOT, 'dist-bench/demo'), undefined, { compress: false }),
    await servePreview(join(ROOT, 'dist-bench/api'), `http://127.0.0.1:${port}`, { compress: false }),
    await servePreview(floorDir, undefined, { compress: false }),
  ];
  try {
    const [demo, real, floor] = servers;
    const results = await measureColdStarts(
      { demo: demo.url, api: real.url },
      floor.url,
      runs,
      screens,
      progress,
    );
    results.loadAverage = loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    return results;
  } finally {
    for (const server of servers) await server.close();
    api.child.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      screens: { type: 'string' },
      rebuild: { type: 'boolean', default: false },
    },
  });
  const wanted = values.screens?.split(',');
  const screens = wanted ? SCREENS.filter((s) => wanted.some((w) => s.name.includes(w))) : SCREENS;
  for (const variant of ['demo', 'api'] as const)
    if (values.rebuild || !existsSync(join(ROOT, `dist-bench/${variant}/index.html`)))
      await buildVariant(variant, variant === 'api' ? '/api' : undefined);
  const startedAt = new Date().toISOString();
  const runs = Number(values.runs);
  const results = await coldStartStage(runs, console.log, screens);
  const report = [
    '# Cold start from the address bar',
    '',
    `Command: \`node --import tsx tests/tools/bench/coldstart.ts ${process.argv.slice(2).join(' ')}\`. Date: ${startedAt}.`,
    '',
    ...coldMarkdown(results, runs).slice(1),
    '',
  ].join('\n');
  writeFileSync(
    join(ROOT, 'tests/tools/bench/results/coldstart.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  writeFileSync(join(ROOT, 'tests/tools/bench/results/coldstart.md'), report);
  console.log(report);
}
