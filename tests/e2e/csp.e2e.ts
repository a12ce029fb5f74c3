import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { describe, test, useOptions } from './fixtures';
import { DEMO_ACCOUNTS, expectLoginPage, login, waitForMenu } from './helpers';
import { npmPreview, PROD_DIST, prodServer } from './prod-server';

/**
 * Issue 10, serving: the real-API build behind Debian's nginx with deploy/nginx.conf. The bundle holds
 * no mock, the headers are the hardened ones, and the strict CSP breaks nothing on the main screens.
 */
const SLOW = { timeoutMs: 300_000 };

/** Words only the mock or the seed would bring into a bundle. */
const MOCK_MARKERS = /mockServiceWorker|\bmsw\b|@faker-js|faker\.|setupWorker|generateDb|acme\.test/i;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name));
}

/** Collects CSP violations from the page's events and from Chromium's console reports. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
  ];
}

/** Opens a screen and waits until its data is on screen: the route applied, nothing loading. */
async function openScreen(page: Page, url: string, hash: string): Promise<void> {
  await page.goto(`${url}/${hash}`, { waitUntil: 'commit' });
  await page.waitForFunction((target) => window.location.hash === target, hash);
  await waitForMenu(page);
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[role="progressbar"], .MuiSkeleton-root, [aria-busy="true"]').length === 0,
  );
}

/** The files a first visit loads: index.html's script and preloads, and their static imports. */
function initialFiles(): string[] {
  const html = readFileSync(join(PROD_DIST, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(PROD_DIST, file), 'utf8');
    // Static `import ... from "./x.js"` and `import "./x.js"`; dynamic `import("./x.js")` is lazy.
    for (const m of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g))
      queue.push(`assets/${m[1]}`);
  }
  return [...seen];
}

describe('production build behind nginx', () => {
  describe(() => {
    useOptions(SLOW);
    test('the real-API build holds no mock, faker or seed code', async () => {
      await prodServer();
      const files = filesUnder(PROD_DIST).filter((file) => /\.(js|html|css|json)$/.test(file));
      assert.ok(
        files.some((file) => file.endsWith('.js')),
        'the build has bundles',
      );
      const leaks = files.filter((file) => MOCK_MARKERS.test(readFileSync(file, 'utf8')));
      assert.deepEqual(leaks, []);
      assert.ok(!files.some((file) => file.endsWith('mockServiceWorker.js')), 'no MSW worker shipped');
    });
  });

  describe(() => {
    useOptions(SLOW);
    test('recharts is not in the initial bundle: it loads with the first chart', async () => {
      await prodServer();
      const initial = initialFiles();
      assert.ok(
        initial.some((file) => /index-.*\.js$/.test(file)),
        `the entry is found: ${initial}`,
      );
      const RECHARTS = /recharts-surface|recharts-wrapper/;
      const withCharts = filesUnder(join(PROD_DIST, 'assets')).filter((file) =>
        RECHARTS.test(readFileSync(file, 'utf8')),
      );
      assert.ok(withCharts.length > 0, 'the build holds recharts somewhere (the check can fail)');
      const eager = initial.filter((file) => RECHARTS.test(readFileSync(join(PROD_DIST, file), 'utf8')));
      assert.deepEqual(eager, []);
    });
  });

  describe(() => {
    useOptions(SLOW);
    test('`npm run preview` serves the real-API build, deep links included', async () => {
      const preview = await npmPreview();
      try {
        const html = readFileSync(join(PROD_DIST, 'index.html'), 'utf8');
        const index = await fetch(`${preview.url}/`);
        assert.equal(index.status, 200);
        assert.equal(await index.text(), html);
        const entry = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
        const bundle = await fetch(`${preview.url}${entry}`);
        assert.equal(bundle.status, 200);
        assert.match(bundle.headers.get('Content-Type') ?? '', /javascript/);
        const deep = await fetch(`${preview.url}/companies/3/show`, { headers: { Accept: 'text/html' } });
        assert.equal(await deep.text(), html);
      } finally {
        preview.stop();
      }
    });
  });

  describe(() => {
    useOptions(SLOW);
    test('nginx sends the hardened headers, caches hashed assets and falls back to index.html', async () => {
      const { url } = await prodServer();
      const index = await fetch(`${url}/`);
      const csp = index.headers.get('Content-Security-Policy') ?? '';
      for (const directive of [
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ])
        assert.ok(csp.includes(directive), `CSP has ${directive}: ${csp}`);
      assert.doesNotMatch(/script-src[^;]*/.exec(csp)?.[0] ?? '', /unsafe-inline|unsafe-eval/);
      assert.match(index.headers.get('Strict-Transport-Security') ?? '', /max-age=\d{7,}/);
      assert.equal(index.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.equal(index.headers.get('Referrer-Policy'), 'no-referrer');
      assert.equal(index.headers.get('Cross-Origin-Opener-Policy'), 'same-origin');
      assert.equal(index.headers.get('Cache-Control'), 'no-cache');
      const html = await index.text();
      const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      assert.ok(asset, 'index.html loads a hashed bundle');
      const bundle = await fetch(`${url}${asset}`);
      assert.match(bundle.headers.get('Cache-Control') ?? '', /max-age=31536000.*immutable/);
      assert.ok(bundle.headers.get('Content-Security-Policy'), 'assets keep the security headers');
      const deep = await fetch(`${url}/candidates/12/show`);
      assert.equal(deep.status, 200);
      assert.equal(await deep.text(), html, 'unknown paths serve the app');
      assert.equal((await fetch(`${url}/assets/missing.js`)).status, 404, 'a missing asset is not the app');
      const api = await fetch(`${url}/api/offers`);
      assert.equal(api.status, 401);
      assert.equal(api.headers.get('Cache-Control'), 'no-store');
    });
  });

  describe(() => {
    useOptions(SLOW);
    test('zero CSP violations on the login page and the main screens', async ({ page }) => {
      const { url } = await prodServer();
      const violations = await watchCsp(page);
      await page.goto(`${url}/#/login`, { waitUntil: 'commit' });
      await expectLoginPage(page); // so login() types here rather than open the demo app
      await login(page, DEMO_ACCOUNTS.admin.email);
      for (const hash of [
        '#/',
        '#/candidates',
        '#/offers',
        '#/applications',
        '#/companies',
        '#/users',
        '#/audit-logs',
      ])
        await openScreen(page, url, hash);
      assert.deepEqual(await violations(), []);
      // The watch works: an injected inline script is blocked and reported.
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.ran = true';
        document.body.append(script);
      });
      await page.waitForFunction(
        () => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0,
      );
      assert.equal(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran), undefined);
    });
  });

  describe(() => {
    useOptions(SLOW);
    test('zero CSP violations on a recruiter’s pipeline and candidate search', async ({ page }) => {
      const { url } = await prodServer();
      const violations = await watchCsp(page);
      await page.goto(`${url}/#/login`, { waitUntil: 'commit' });
      await expectLoginPage(page);
      await login(page, DEMO_ACCOUNTS.acme.email);
      for (const hash of ['#/pipeline', '#/candidates', '#/offers/create']) await openScreen(page, url, hash);
      assert.deepEqual(await violations(), []);
    });
  });
});
