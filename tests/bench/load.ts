import { type Browser, chromium, type Page } from 'playwright-core';

/**
 * Cold loads in headless Chromium, each in a new browser context (empty cache, no service worker):
 * time to the login form, then, signed in through the form, time from "Sign in" to the first rows
 * or cards or charts of each screen; requests made; JS heap. Median of `runs`.
 */
export interface ScreenSpec {
  name: string;
  hash: string;
  email: string;
  /** What "the screen has shown its data" means. */
  ready: string;
}

export interface ScreenFigures {
  name: string;
  loginFormMs: number;
  afterLoginMs: number;
  requests: number;
  apiRequests: number;
  transferKb: number;
  heapMb: number;
  /** Set when the screen never showed its data: the figures are then meaningless. */
  error?: string;
}

export const SCREENS: ScreenSpec[] = [
  { name: 'candidates list', hash: '#/candidates', email: 'recruiter@acme.test', ready: 'table tbody tr' },
  { name: 'offers list', hash: '#/offers', email: 'recruiter@acme.test', ready: 'table tbody tr' },
  { name: 'pipeline first cards', hash: '#/pipeline', email: 'recruiter@acme.test', ready: '[data-card-id]' },
  { name: 'sales dashboard charts', hash: '#/', email: 'sales@backoffice.test', ready: '.recharts-surface' },
];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function signIn(page: Page, email: string): Promise<void> {
  await page
    .getByLabel(/^(Email|E-mail|Adresse e-mail)/i)
    .first()
    .fill(email);
  await page
    .getByLabel(/^(Password|Mot de passe)/i)
    .first()
    .fill('demo');
  await page.getByRole('button', { name: /^(sign in|se connecter|connexion)$/i }).click();
}

async function loadOnce(browser: Browser, baseUrl: string, screen: ScreenSpec): Promise<ScreenFigures> {
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'allow' });
  const page = await context.newPage();
  let requests = 0;
  let apiRequests = 0;
  let transfer = 0;
  page.on('request', (request) => {
    requests++;
    if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests++;
  });
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) transfer += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  try {
    const start = performance.now();
    await page.goto(`${baseUrl}/${screen.hash}`, { waitUntil: 'commit' });
    await page
      .getByLabel(/^(Email|E-mail|Adresse e-mail)/i)
      .first()
      .waitFor({ timeout: 60_000 });
    const loginFormMs = performance.now() - start;
    const signInStart = performance.now();
    await signIn(page, screen.email);
    await page.locator(screen.ready).first().waitFor({ timeout: 60_000 });
    const afterLoginMs = performance.now() - signInStart;
    const heap = (await page.evaluate(
      () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    )) as number;
    return {
      name: screen.name,
      loginFormMs: Math.round(loginFormMs),
      afterLoginMs: Math.round(afterLoginMs),
      requests,
      apiRequests,
      transferKb: Math.round(transfer / 1024),
      heapMb: Math.round(heap / 1e6),
    };
  } finally {
    await context.close();
  }
}

export async function measureLoads(baseUrl: string, runs = 5, screens = SCREENS): Promise<ScreenFigures[]> {
  const browser = await launch();
  try {
    const results: ScreenFigures[] = [];
    await loadOnce(browser, baseUrl, screens[0]).catch(() => undefined); // warm the OS file cache
    for (const screen of screens) {
      const samples: ScreenFigures[] = [];
      try {
        for (let i = 0; i < runs; i++) samples.push(await loadOnce(browser, baseUrl, screen));
      } catch (error) {
        const reason = (error as Error).message.split('\n')[0];
        results.push({
          name: screen.name,
          loginFormMs: 0,
          afterLoginMs: 0,
          requests: 0,
          apiRequests: 0,
          transferKb: 0,
          heapMb: 0,
          error: reason,
        });
        continue;
      }
      const pick = (key: keyof Omit<ScreenFigures, 'name' | 'error'>) => median(samples.map((s) => s[key]));
      results.push({
        name: screen.name,
        loginFormMs: pick('loginFormMs'),
        afterLoginMs: pick('afterLoginMs'),
        requests: pick('requests'),
        apiRequests: pick('apiRequests'),
        transferKb: pick('transferKb'),
        heapMb: pick('heapMb'),
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}
