import { type Browser, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from '../../e2e/chromium';

/**
 * Cold loads in headless Chromium, each in a new browser context (empty cache, no service worker):
 * time to the login form; then, signed in through the form, time from "Sign in" to the screen's
 * data (the app returns to the page first asked for); API requests made after signing in, bytes
 * received (all, and the API's), JS heap. Median of `runs`.
 */
export interface ScreenSpec {
  name: string;
  hash: string;
  email: string;
  /** What "the screen has shown its data" means: a CSS selector that matches. */
  ready: string;
  /** ... and none of this one remains (placeholders still loading), e.g. chart skeletons. */
  pending?: string;
  /**
   * Only the `pending` elements whose box meets the viewport count (the context's default 1280×720,
   * unscrolled): a dashboard draws a chart as it nears the viewport, so those below wait for a scroll.
   */
  pendingInView?: boolean;
}

/**
 * Run in the page, every frame: the page's clock once `ready` matches and no `pending` element
 * remains (with `inView`, none within the viewport), else false. Self-contained: it is serialised.
 */
export const shownInPage = ({
  ready,
  pending,
  inView,
}: {
  ready: string;
  pending?: string;
  inView?: boolean;
}) =>
  document.querySelector(ready) !== null &&
  (!pending ||
    !Array.from(document.querySelectorAll(pending)).some((element) => {
      if (!inView) return true;
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
    })) &&
  performance.now();

export interface ScreenFigures {
  name: string;
  /** Navigation → the login form on screen. */
  loginFormMs: number;
  /** Demo build: navigation → its mock API seeded and started (0 for the real-API build). */
  apiReadyMs: number;
  /** "Sign in" clicked → the screen's data on screen (both on the page's clock). */
  afterLoginMs: number;
  /** Every run's afterLoginMs, in order (the median above is one of them). */
  afterLoginRunsMs?: number[];
  /** Every request of the page (assets included), from navigation. */
  requests: number;
  /** API requests after signing in (the sign-in call itself excluded). */
  apiRequests: number;
  /** Bytes received over the network from navigation (compressed as sent). */
  transferKb: number;
  /** JSON bytes of the API's answers after signing in (from the mock's worker in the demo). */
  apiKb: number;
  heapMb: number;
  /** Set when the screen never showed its data: the figures are then meaningless. */
  error?: string;
}

/** Data rows of a react-admin DataTable (its loading placeholder rows have neither class). */
const TABLE_ROWS = 'tbody tr.RaDataTable-rowEven, tbody tr.RaDataTable-rowOdd';
const CHARTS = 'main svg.recharts-surface';
/** Skeletons, and any chart's box (ChartCard's data-chart) whose chart is not drawn yet: with
 * `pendingInView`, those on the first screen (a chart further down is drawn when scrolled near). */
const CHART_PLACEHOLDERS = 'main .MuiSkeleton-root, main [data-chart]:not(:has(svg.recharts-surface))';

export const SCREENS: ScreenSpec[] = [
  { name: 'candidates: first rows', hash: '#/candidates', email: 'recruiter@acme.test', ready: TABLE_ROWS },
  { name: 'offers: first rows', hash: '#/offers', email: 'recruiter@acme.test', ready: TABLE_ROWS },
  {
    name: 'pipeline: first cards',
    hash: '#/pipeline',
    email: 'recruiter@acme.test',
    ready: '[data-card-id]',
  },
  {
    name: 'sales dashboard: charts in view',
    hash: '#/',
    email: 'sales@backoffice.test',
    ready: CHARTS,
    pending: CHART_PLACEHOLDERS,
    pendingInView: true,
  },
  {
    name: 'recruiter dashboard: charts in view',
    hash: '#/',
    email: 'recruiter@acme.test',
    ready: CHARTS,
    pending: CHART_PLACEHOLDERS,
    pendingInView: true,
  },
];

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    args: CHROMIUM_ARGS,
  });
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const LOAD_TIMEOUT_MS = 60_000;

/** Fills the login form with `email` and the demo password, then clicks "Sign in". */
export async function signIn(page: Page, email: string): Promise<void> {
  await page
    .getByLabel(/^Email/i)
    .first()
    .fill(email);
  await page
    .getByLabel(/^Password/i)
    .first()
    .fill('demo');
  await page.getByRole('button', { name: /^sign in$/i }).click();
}

/** In-page clock (ms since navigation) when `selector` showed and `pending` did not, checked every frame. */
async function shownAt(page: Page, ready: string, pending?: string, inView?: boolean): Promise<number> {
  const handle = await page.waitForFunction(
    shownInPage,
    { ready, pending, inView },
    { timeout: LOAD_TIMEOUT_MS, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Optional instrumentation of one load (a CPU profile, a trace): started just before "Sign in", stopped once the data showed. */
export interface LoadProbe {
  start(cdp: CDPSession): Promise<void>;
  stop(cdp: CDPSession): Promise<void>;
}

export async function loadOnce(
  browser: Browser,
  baseUrl: string,
  screen: ScreenSpec,
  probe?: LoadProbe,
): Promise<ScreenFigures> {
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'allow' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Times are taken in the page (its clock starts at navigation), so the driver's own round trips
  // do not count: the sign-in click as the page received it, each screen's data at the frame it showed.
  await page.addInitScript(() => {
    document.addEventListener(
      'click',
      () => {
        (window as unknown as { signInAt?: number }).signInAt ??= performance.now();
      },
      true,
    );
  });
  let signedIn = false;
  let requests = 0;
  let apiRequests = 0;
  const sizes: Array<Promise<{ bytes: number; api: boolean }>> = [];
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');
  page.on('request', (request) => {
    requests++;
    if (signedIn && isApi(request.url()) && !request.url().includes('/api/auth/')) apiRequests++;
  });
  page.on('requestfinished', (request) => {
    sizes.push(
      request
        .sizes()
        .then((s) => ({ bytes: s.responseBodySize + s.responseHeadersSize, api: false }))
        .catch(() => ({ bytes: 0, api: false })),
    );
  });
  // The API's share as JSON bytes (the demo's answers come from its service worker, unsized above).
  page.on('response', (response) => {
    if (!signedIn || !isApi(response.url()) || response.url().includes('/api/auth/')) return;
    sizes.push(
      response
        .body()
        .then((body) => ({ bytes: body.length, api: true }))
        .catch(() => ({ bytes: 0, api: true })),
    );
  });
  try {
    await page.goto(`${baseUrl}/${screen.hash}`, { waitUntil: 'commit' });
    const loginFormMs = await shownAt(page, 'input[name="email"]');
    // The demo seeds its mock API while the login form is on screen; a person types for longer
    // than that, so sign in once it is up and report how long it took apart.
    await page.waitForFunction(() => document.documentElement.dataset.api !== 'starting', null, {
      timeout: LOAD_TIMEOUT_MS,
    });
    const apiReadyMs = await page.evaluate(() =>
      document.documentElement.dataset.api === 'ready' ? performance.now() : 0,
    );
    signedIn = true;
    await probe?.start(cdp);
    await signIn(page, screen.email);
    const dataAt = await shownAt(page, screen.ready, screen.pending, screen.pendingInView);
    await probe?.stop(cdp);
    const signInAt = await page.evaluate(() => (window as unknown as { signInAt: number }).signInAt);
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const received = await Promise.all(sizes);
    const sum = (list: typeof received) => list.reduce((total, s) => total + s.bytes, 0);
    return {
      name: screen.name,
      loginFormMs: Math.round(loginFormMs),
      apiReadyMs: Math.round(apiReadyMs),
      afterLoginMs: Math.round(dataAt - signInAt),
      requests,
      apiRequests,
      transferKb: Math.round(sum(received.filter((s) => !s.api)) / 1024),
      apiKb: Math.round((sum(received.filter((s) => s.api)) / 1024) * 10) / 10,
      heapMb: Math.round(usedSize / 1e6),
    };
  } finally {
    await context.close();
  }
}

const NUMERIC = [
  'loginFormMs',
  'apiReadyMs',
  'afterLoginMs',
  'requests',
  'apiRequests',
  'transferKb',
  'apiKb',
  'heapMb',
] as const;

/**
 * Cold loads of every screen at each target (e.g. `{ small: url, large: url }`), the targets taking
 * turns run after run so that a shared machine's changing load weighs on them alike.
 */
export async function measureLoads<K extends string>(
  targets: Record<K, string>,
  runs = 5,
  screens = SCREENS,
  progress: (line: string) => void = () => undefined,
): Promise<Record<K, ScreenFigures[]>> {
  const names = Object.keys(targets) as K[];
  const results = Object.fromEntries(names.map((name) => [name, []])) as unknown as Record<
    K,
    ScreenFigures[]
  >;
  const browser = await launch();
  try {
    for (const screen of screens) {
      // One unmeasured load first: the OS file cache, and the API's lazily built indexes and caches
      // (a server's first request of a kind is not what its users wait for).
      for (const name of names) await loadOnce(browser, targets[name], screen).catch(() => undefined);
      const samples = Object.fromEntries(names.map((name) => [name, []])) as unknown as Record<
        K,
        ScreenFigures[]
      >;
      try {
        for (let i = 0; i < runs; i++)
          for (const name of names) samples[name].push(await loadOnce(browser, targets[name], screen));
      } catch (error) {
        const reason = (error as Error).message.split('\n')[0];
        progress(`  ${screen.name}: FAILED (${reason})`);
        const zero = Object.fromEntries(NUMERIC.map((key) => [key, 0])) as Record<
          (typeof NUMERIC)[number],
          0
        >;
        for (const name of names) results[name].push({ name: screen.name, ...zero, error: reason });
        continue;
      }
      for (const name of names) {
        const figures = { name: screen.name } as ScreenFigures;
        for (const key of NUMERIC) figures[key] = median(samples[name].map((s) => s[key]));
        figures.afterLoginRunsMs = samples[name].map((s) => s.afterLoginMs);
        const runsMs = samples[name].map((s) => s.afterLoginMs).join(', ');
        progress(`  ${name}, ${screen.name}: ${figures.afterLoginMs} ms after sign-in (runs: ${runsMs})`);
        results[name].push(figures);
      }
    }
    return results;
  } finally {
    await browser.close();
  }
}
