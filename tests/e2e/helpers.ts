import type { Locator, Page } from '@playwright/test';
import type { Role } from '../../src/model/types';

/** The demo accounts of docs/demo-and-scales.md (password "demo"); src/config.ts reads import.meta.env, so not imported here. */
export const DEMO_ACCOUNTS: Record<
  'admin' | 'support' | 'sales' | 'acme' | 'globex',
  { email: string; role: Role }
> = {
  admin: { email: 'admin@backoffice.test', role: 'admin' },
  support: { email: 'support@backoffice.test', role: 'support' },
  sales: { email: 'sales@backoffice.test', role: 'sales' },
  acme: { email: 'recruiter@acme.test', role: 'recruiter' },
  globex: { email: 'recruiter@globex.test', role: 'recruiter' },
};
export const DEMO_PASSWORD = 'demo';

/** Time for the demo to boot: download, seed the mock in the page, register the worker. */
export const APP_BOOT_TIMEOUT_MS = 45_000;

/** Opens the app at a react-admin hash route, e.g. `#/offers/12/show`, and waits for it to render. */
export async function openApp(page: Page, hash = '#/'): Promise<void> {
  await page.goto(`/${hash}`, { waitUntil: 'commit' });
  await waitForApp(page);
}

/**
 * Waits until React has rendered something and the demo's mock API has started (the app renders
 * first; src/providers/apiReady.ts marks `<html data-api>`), so tests may call the API at once.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (document.querySelector('#root')?.childElementCount ?? 0) > 0 &&
      document.documentElement.dataset.api !== 'starting',
    null,
    { timeout: APP_BOOT_TIMEOUT_MS },
  );
}

export function emailField(page: Page): Locator {
  return page.getByLabel(/^(Email|E-mail|Adresse e-mail|Courriel)/i).first();
}

export function passwordField(page: Page): Locator {
  return page.getByLabel(/^(Password|Mot de passe)/i).first();
}

/** Waits until the login form is on screen. */
export async function expectLoginPage(page: Page): Promise<void> {
  await emailField(page).waitFor({ state: 'visible' });
  await passwordField(page).waitFor({ state: 'visible' });
}

/** Logs in through the login form and waits for the menu. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await submitLoginForm(page, email, password);
  await waitForMenu(page);
}

/** Fills and sends the login form (opening it when it is not on screen), at any width. */
async function submitLoginForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (!(await emailField(page).isVisible())) await openApp(page, '#/login');
  await expectLoginPage(page);
  await emailField(page).fill(email);
  await passwordField(page).fill(password);
  await page.getByRole('button', { name: /^(sign in|log in|login|connexion|se connecter)$/i }).click();
}

/**
 * A route no screen claims: the layout with its not-found message, and nothing to fetch. A test that
 * prepares its data through the API (which lives in the demo's page) starts here, then opens its
 * screen, which then reads the data as prepared.
 */
export const BLANK_PAGE = '#/e2e-blank';

/** What a signed-in tab keeps: the app's token and user (src/providers/session.ts) and the demo API's sessions (mocks/database.ts). */
const SESSION_KEYS = ['turnover.token', 'turnover.user', 'turnover.mock.sessions'] as const;

/** Each account's signed-in sessionStorage, from this worker's first sign-in through the form. */
const signedInTabs = new Map<string, Record<string, string>>();

/**
 * Opens `hash` signed in as `email`, the way a returning user's reload of a signed-in tab does: the
 * tab gets the session of this worker's first sign-in through the form for that account, and the app
 * starts on the page asked for. For tests whose subject is not signing in (the shell, session, i18n
 * and accessibility tests use the form): filling it, and drawing the dashboard behind it, cost about
 * 1.5 s of CPU per test, a third of the suite. Works at any width (it waits for no menu).
 */
export async function openSignedIn(page: Page, email: string, hash: string): Promise<void> {
  // A document of the app's origin that runs no script: the tab's sessionStorage, before the app starts.
  await page.goto('/demoServiceWorker.js', { waitUntil: 'domcontentloaded' });
  const stored = signedInTabs.get(email);
  if (stored) {
    await page.evaluate((items) => {
      for (const [key, value] of Object.entries(items)) sessionStorage.setItem(key, value);
    }, stored);
    await openApp(page, hash);
    return;
  }
  // Signed out first: the tab may hold another account's session.
  await page.evaluate(() => sessionStorage.clear());
  await submitLoginForm(page, email);
  await page.waitForFunction(
    () => sessionStorage.getItem('turnover.token') !== null && !window.location.hash.includes('login'),
  );
  signedInTabs.set(
    email,
    await page.evaluate(
      (keys) => Object.fromEntries(keys.map((key) => [key, sessionStorage.getItem(key) ?? ''])),
      SESSION_KEYS,
    ),
  );
  await openApp(page, hash);
}

/**
 * Opens a route as `email`, signing in again when the tab's session is gone (a reload keeps it: the
 * demo API's sessions are mirrored in the tab's sessionStorage, mocks/database.ts).
 */
export async function ensureSignedIn(page: Page, email: string, hash: string): Promise<void> {
  await openApp(page, hash);
  const token = await sessionToken(page);
  const valid =
    token !== null &&
    (await page.evaluate(
      async (bearer) => (await fetch('/api/auth/me', { headers: { Authorization: `Bearer ${bearer}` } })).ok,
      token,
    ));
  if (valid) return;
  // Start the tab clean rather than race the app's own 401 redirect.
  await page.evaluate(() => sessionStorage.clear());
  await page.reload({ waitUntil: 'commit' });
  await waitForApp(page);
  await login(page, email);
  await openApp(page, hash);
}

/** "Reset demo data" (confirming if asked), then waits for the reloaded app. */
export async function resetDemoData(page: Page): Promise<void> {
  const reloaded = page.waitForEvent('load');
  await page
    .getByRole('button', { name: /reset demo data|réinitialiser la démo/i })
    .or(page.getByRole('menuitem', { name: /reset demo data|réinitialiser la démo/i }))
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  if (await dialog.isVisible().catch(() => false)) {
    await dialog
      .getByRole('button', { name: /confirm|reset|yes|ok|réinitialiser/i })
      .last()
      .click();
  }
  await reloaded;
}

/** react-admin's menu: the links of the sidebar (role="menuitem" in RA 5). */
export function menu(page: Page): Locator {
  return page.locator('.RaMenu-root, [class*="RaMenu-"]').first();
}

export async function waitForMenu(page: Page): Promise<void> {
  await menu(page).getByRole('menuitem').first().waitFor({ state: 'visible' });
}

/** The visible menu entries' labels, in order. */
export async function menuEntries(page: Page): Promise<string[]> {
  await waitForMenu(page);
  const labels = await menu(page).getByRole('menuitem').allInnerTexts();
  return labels.map((label) => label.trim()).filter(Boolean);
}

/** Opens the user menu and clicks an entry (logout, language, ...). */
export async function userMenuAction(page: Page, name: RegExp): Promise<void> {
  await page
    .getByRole('button', { name: /profile|profil|user|utilisateur|account|compte/i })
    .first()
    .click();
  await page.getByRole('menuitem', { name }).click();
}

/** Picks a language in the user menu's switcher. */
export async function chooseLanguage(page: Page, language: RegExp): Promise<void> {
  await page
    .getByRole('button', { name: /profile|profil|user|utilisateur|account|compte/i })
    .first()
    .click();
  const direct = page.getByRole('menuitem', { name: language });
  if (!(await direct.isVisible().catch(() => false))) {
    await page.getByRole('menuitem', { name: /^(language|langue)/i }).click();
  }
  await page
    .getByRole('menuitem', { name: language })
    .or(page.getByRole('option', { name: language }))
    .first()
    .click();
}

export async function logout(page: Page): Promise<void> {
  await userMenuAction(page, /^(logout|log out|sign out|déconnexion|se déconnecter)$/i);
  await expectLoginPage(page);
}

/** The app's session token as stored in the tab (src/providers/session.ts), or null. */
export function sessionToken(page: Page): Promise<string | null> {
  return page.evaluate(() => sessionStorage.getItem('turnover.token'));
}

/**
 * Ends the tab's session on the server behind the app's back (as when it expires): the app learns
 * it only from a 401. Waits for the screen's own requests first, so none of them meets the 401.
 */
export async function revokeSessionOnServer(page: Page): Promise<void> {
  await settled(page);
  const token = await sessionToken(page);
  if (!token) throw new Error('not signed in');
  await page.evaluate(async (bearer) => {
    await fetch('/api/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${bearer}` } });
  }, token);
}

export interface PageApi {
  token: string;
  get<T>(path: string): Promise<T>;
  send<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/**
 * Calls the demo API from inside the page (through the page's mock worker) with a session of its
 * own, e.g. to look up another company's record without touching the app's session.
 */
export async function apiAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<PageApi> {
  const call = <T>(method: string, path: string, token: string | null, body?: unknown) =>
    page.evaluate(
      async ({ method, path, token, body }) => {
        const headers: Record<string, string> = { 'Content-Type': 'application/json' };
        if (token) headers.Authorization = `Bearer ${token}`;
        const response = await fetch(`/api${path}`, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
        return text ? JSON.parse(text) : null;
      },
      { method, path, token, body },
    ) as Promise<T>;
  const { token } = await call<{ token: string }>('POST', '/auth/login', null, { email, password });
  return {
    token,
    get: (path) => call('GET', path, token),
    send: (method, path, body) => call(method, path, token, body),
  };
}

/** Waits until nothing on the page is loading (no progress bar, no skeleton) for 300 ms. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { quietSince?: number };
      const main = document.querySelector('main, #main-content');
      const busy =
        !main ||
        (main.textContent ?? '').trim() === '' ||
        document.querySelector('[role="progressbar"], .MuiSkeleton-root') !== null;
      if (busy) {
        w.quietSince = undefined;
        return false;
      }
      w.quietSince ??= performance.now();
      return performance.now() - w.quietSince > 300;
    },
    null,
    { timeout: 30_000, polling: 100 },
  );
}

/** The id of the first record of `resource` the signed-in user may read (by id), through the tab's token. */
export function firstId(page: Page, resource: string): Promise<number | undefined> {
  return page.evaluate(async (name) => {
    const response = await fetch(`/api/${name}?sort=["id","ASC"]&range=[0,0]`, {
      headers: { Authorization: `Bearer ${sessionStorage.getItem('turnover.token')}` },
    });
    const rows = (await response.json()) as Array<{ id: number }>;
    return rows[0]?.id;
  }, resource);
}

/**
 * A chart card's drawn chart (its recharts svg), the card scrolled to first: a card draws its chart
 * only once it nears the viewport (src/common/ChartCard.tsx), so one further down waits for a scroll.
 */
export async function drawnChart(card: Locator, timeout = 60_000): Promise<Locator> {
  await card.scrollIntoViewIfNeeded({ timeout });
  const chart = card.locator('svg.recharts-surface');
  await chart.waitFor({ timeout });
  return chart;
}

/**
 * Scrolls to every chart card of the page in turn until each has drawn its chart, then back to the
 * top; the number of charts. The page's figures first: a card still loading has no chart box yet.
 */
export async function drawEveryChart(page: Page, timeout = 60_000): Promise<number> {
  const cards = page.locator('main section:has([data-chart])');
  await cards.first().waitFor({ timeout });
  await settled(page);
  const count = await cards.count();
  for (let i = 0; i < count; i++) await drawnChart(cards.nth(i), timeout);
  await page.evaluate(() => window.scrollTo(0, 0));
  return count;
}
