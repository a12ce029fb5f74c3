import { join, resolve } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { build } from 'vite';
import { PAGE_SIZE } from '../../../src/pipeline/stages';
import { quantile } from './http-client';
import { launch, signIn } from './load';
import { servePreview } from './preview';

/**
 * The board itself in headless Chromium (the real-API build against the local API at `large`),
 * on the biggest real column: open the board, open the exits lane, then scroll its "rejected"
 * column down page by page, as a recruiter would, to 2,000 cards. Per page: time from the scroll to
 * the first card of the page the API sent painted (found by its id: a windowed column keeps only
 * what is in view in the DOM); over the whole scroll: long tasks (>50 ms, the main thread blocked)
 * and the longest gap between two frames; then a keyboard move of the 2,000th card ("2": to
 * Screening): time to the card shown in its new column, to the API's confirmation, and what the
 * refresh costs.
 * Paced at one page per PACE_MS: three list calls a page (cards, names, offer titles) against the
 * API's 120 list calls a minute per session.
 */
export interface BrowserColumnFigures {
  openToFirstCardsMs: number;
  cardsLoaded: number;
  /** Cards in the column's DOM once `cardsLoaded` are loaded (all of them, unless it is windowed). */
  cardsInDom: number;
  pages: number;
  pageToPaintMedianMs: number;
  pageToPaintP95Ms: number;
  longTasks: { count: number; totalMs: number; maxMs: number };
  maxFrameGapMs: number;
  heapMb: number;
  moveOfLastCard: { shownMs: number; confirmedMs: number; refreshRequests: number };
  /** API calls refused or failed during the whole scenario (429s would show here): expected 0. */
  refusedCalls: number;
}

const ROOT = resolve(import.meta.dirname, '../../..');
const PACE_MS = 2000;
const cardsIn = (stage: string) => `[data-rfd-droppable-id="${stage}"] [data-card-id]`;

/** A page of `stage`'s column from `start`, as the board asks for it (filter and range in the URL). */
function isColumnPage(response: Response, stage: string, start: number): boolean {
  const url = new URL(response.url());
  if (!url.pathname.endsWith('/api/applications') || !response.ok()) return false;
  const filter = JSON.parse(url.searchParams.get('filter') ?? '{}') as { stage?: string };
  const range = JSON.parse(url.searchParams.get('range') ?? '[]') as number[];
  return filter.stage === stage && range[0] === start;
}

/**
 * Scrolls the column to its end, where the board asks for the page from `loaded`, and resolves with
 * the ms from the scroll to one of that page's cards painted and the page's card ids (null: none came).
 */
async function scrollForMore(
  page: Page,
  stage: string,
  loaded: number,
): Promise<{ ms: number; ids: number[] } | null> {
  const response = page.waitForResponse((r) => isColumnPage(r, stage, loaded), { timeout: 15_000 });
  // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
  const started = (await page.evaluate(`(() => {
    const box = document.querySelector('[data-testid="column-${stage}"]');
    box.scrollTop = box.scrollHeight;
    return performance.now();
  })()`)) as number;
  const arrived = await response.catch(() => null);
  if (!arrived) return null;
  const ids = ((await arrived.json()) as Array<{ id: number }>).map((card) => card.id);
  const painted = await page.waitForFunction(
    `(() => {
      const box = document.querySelector('[data-testid="column-${stage}"]');
      const shown = ${JSON.stringify(ids)}.some((id) => box.querySelector('[data-card-id="' + id + '"]'));
      return shown ? performance.now() : false;
    })()`,
    undefined,
    { polling: 'raf', timeout: 15_000 },
  );
  return { ms: ((await painted.jsonValue()) as number) - started, ids };
}

/** Records long tasks and the gaps between frames from now on (read by `readMainThread`). */
const WATCH_MAIN_THREAD = `(() => {
  window.longTasks = [];
  window.gaps = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  let last = performance.now();
  const tick = (now) => {
    window.gaps.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const READ_MAIN_THREAD = `({ longTasks: window.longTasks, gaps: window.gaps,
  heap: performance.memory ? performance.memory.usedJSHeapSize : 0 })`;

export async function benchColumnInBrowser(
  apiBase: string,
  email: string,
  stage = 'rejected',
  wanted = 2000,
): Promise<BrowserColumnFigures> {
  const outDir = join(ROOT, 'dist-bench/pipeline-large');
  process.env.VITE_API_URL = `${apiBase}/api`;
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  delete process.env.VITE_API_URL;
  const server = await servePreview(outDir);
  const browser = await launch();
  try {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    let refused = 0;
    page.on('response', (response) => {
      if (response.status() >= 400) refused++;
    });
    page.on('requestfailed', (request) => {
      // A refetch the board cancels on purpose (a move in progress) is not a failure.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') refused++;
    });
    // Sign in (the recruiter may land on the dashboard, in their own language), then open the board.
    await page.goto(`${server.url}/#/login`);
    await signIn(page, email);
    await page.locator('[role="menuitem"]').first().waitFor({ timeout: 60_000 });
    // The dashboard's own calls first (its stats, rebuilt after writes, can hold the API for seconds).
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    const started = performance.now();
    await page.evaluate(() => {
      window.location.hash = '#/pipeline';
    });
    await page
      .locator('[data-card-id]')
      .first()
      .waitFor({ timeout: 60_000 })
      .catch(async (error) => {
        await page.screenshot({ path: join(ROOT, 'dist-bench/pipeline-failure.png') });
        throw error;
      });
    const openToFirstCardsMs = Math.round(performance.now() - started);
    // The exits lane's toggle (its label is in the user's language).
    await page.locator('[role="region"] button[aria-expanded="false"]').first().click();
    await page.locator(cardsIn(stage)).first().waitFor({ timeout: 60_000 });
    await page.evaluate(WATCH_MAIN_THREAD);
    const perPage: number[] = [];
    let loaded = PAGE_SIZE; // the page the board opened with
    let lastIds: number[] = [];
    while (loaded < wanted) {
      const more = await scrollForMore(page, stage, loaded);
      if (!more) break;
      perPage.push(more.ms);
      loaded += more.ids.length;
      lastIds = more.ids;
      await page.waitForTimeout(Math.max(0, PACE_MS - more.ms));
    }
    const cardsInDom = await page.locator(cardsIn(stage)).count();
    const main = (await page.evaluate(READ_MAIN_THREAD)) as {
      longTasks: number[];
      gaps: number[];
      heap: number;
    };

    // The last card loaded goes to Screening by keyboard (at the column's end, where the window is).
    const id = lastIds.at(-1);
    await page.evaluate(`document.querySelector('[data-testid="column-${stage}"]').scrollTop = 1e9`);
    const last = page.locator(`[data-rfd-droppable-id="${stage}"] [data-card-id="${id}"]`);
    await last.waitFor();
    let refreshRequests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/api/applications')) refreshRequests++;
    });
    await last.focus();
    const confirmed = page.waitForResponse((r) => r.url().endsWith('/move') && r.ok(), { timeout: 30_000 });
    const moveStarted = performance.now();
    await page.keyboard.press('2');
    await page.locator(`[data-rfd-droppable-id="screening"] [data-card-id="${id}"]`).waitFor();
    const shownMs = Math.round(performance.now() - moveStarted);
    await confirmed;
    const confirmedMs = Math.round(performance.now() - moveStarted);
    await page.waitForTimeout(5000); // the refresh of both columns runs in the background
    const round = (value: number) => Math.round(value * 10) / 10;
    return {
      openToFirstCardsMs,
      cardsLoaded: loaded,
      cardsInDom,
      pages: perPage.length,
      pageToPaintMedianMs: quantile(perPage, 0.5),
      pageToPaintP95Ms: quantile(perPage, 0.95),
      longTasks: {
        count: main.longTasks.length,
        totalMs: Math.round(main.longTasks.reduce((a, b) => a + b, 0)),
        maxMs: round(Math.max(0, ...main.longTasks)),
      },
      maxFrameGapMs: round(Math.max(0, ...main.gaps)),
      heapMb: Math.round(main.heap / 1e6),
      moveOfLastCard: { shownMs, confirmedMs, refreshRequests },
      refusedCalls: refused,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
