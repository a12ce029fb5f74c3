import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import { build } from 'vite';
import { eagerAssets } from '../tools/bench/bundle';
import { SCREENS, type ScreenSpec, shownInPage } from '../tools/bench/load';
import { describe, test, useOptions } from './fixtures';
import { DEMO_PASSWORD, emailField, passwordField } from './helpers';
import { PROD_DIST, prodServer } from './prod-server';

/**
 * Size and round trips. What index.html loads before anything is clicked stays within the initial
 * JS of the demo before issue 21 (306.6 kB gzip) in both builds, and the heavy parts load only
 * where used (issue 9); a first screen fetches a handful of JS files, not the eighty it took before
 * its chunks were grouped (issue 21). `npm run bench` reports the figures; this keeps them from
 * creeping back.
 */
// The 306.6 kB above, in the KiB this test counts. Since the signed-in screens' English loads with
// sign-in (src/providers/i18nProvider.ts), not up front: 287.7 KiB in the demo build (from 302.4),
// 286.1 KiB in the real-API build.
const INITIAL_JS_BUDGET_KB = 299.4;
const JS_REQUESTS_BEFORE_DATA = 25;

/** Strings only each lazily loaded part brings into a bundle. */
const LAZY_PARTS: Record<string, RegExp> = {
  'recharts (dashboard charts)': /recharts-surface/,
  'the rich-text editor (tiptap)': /ProseMirror/,
  'drag and drop (@hello-pangea/dnd)': /data-rfd-draggable-id/,
  'the French catalog': /Se connecter|Chargement/,
  "the signed-in screens' English": /Applications funnel|Desired daily rate/,
};

/** One of tough-cookie's messages: found in a bundle, the jar came along (MSW's browser chunk: 430 KB with it, 131 KB without). */
const COOKIE_JAR_MARKER = 'Cookie has domain set to a public suffix';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO_DIST = join(ROOT, 'dist-e2e/bundle-demo');

/** The demo build, made once for the size check (the suite's own app may be a dev server). */
let demoBuilt: Promise<unknown> | undefined;
function demoBuild(): Promise<unknown> {
  const apiUrl = process.env.VITE_API_URL;
  delete process.env.VITE_API_URL;
  demoBuilt ??= build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: DEMO_DIST, emptyOutDir: true },
  }).finally(() => {
    if (apiUrl !== undefined) process.env.VITE_API_URL = apiUrl;
  });
  return demoBuilt;
}

function initialScripts(dist: string): string[] {
  return eagerAssets(readFileSync(join(dist, 'index.html'), 'utf8'))
    .filter((href) => href.endsWith('.js'))
    .map((href) => readFileSync(join(dist, href), 'utf8'));
}

/** JS requests from navigation to `screen`'s data, signing in through the form on the way. */
async function jsRequestsBeforeData(
  context: BrowserContext,
  url: string,
  screen: ScreenSpec,
): Promise<string[]> {
  const page = await context.newPage();
  const files: string[] = [];
  let counting = true;
  context.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (counting && pathname.endsWith('.js')) files.push(pathname);
  });
  await page.goto(`${url}/${screen.hash}`, { waitUntil: 'commit' });
  await emailField(page).fill(screen.email, { timeout: 60_000 });
  await passwordField(page).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^sign in$/i }).click();
  // The bench's own "data shown" (a dashboard: its charts in view).
  await page.waitForFunction(
    shownInPage,
    { ready: screen.ready, pending: screen.pending, inView: screen.pendingInView },
    { timeout: 60_000 },
  );
  counting = false;
  return files;
}

describe('bundle', () => {
  for (const variant of ['real-API', 'demo'] as const)
    describe(() => {
      useOptions({ timeoutMs: 300_000 });
      test(`the ${variant} build loads at most ${INITIAL_JS_BUDGET_KB} KB of gzipped JavaScript up front, without the parts loaded when used${variant === 'demo' ? ', and its mock carries no cookie jar' : ''}`, async () => {
        if (variant === 'demo') await demoBuild();
        else await prodServer();
        const scripts = initialScripts(variant === 'demo' ? DEMO_DIST : PROD_DIST);
        const kb = scripts.reduce((sum, code) => sum + gzipSync(code).length, 0) / 1024;
        assert.ok(kb <= INITIAL_JS_BUDGET_KB, `initial JS is ${kb.toFixed(1)} KB gzip`);
        for (const [part, marker] of Object.entries(LAZY_PARTS))
          assert.ok(!scripts.some((code) => marker.test(code)), `${part} is not in the initial bundle`);
        // Checked here, on this test's build: a second test building the same folder in another
        // worker emptied it under this one.
        if (variant === 'demo') {
          const assets = join(DEMO_DIST, 'assets');
          const withJar = readdirSync(assets).filter(
            (file) =>
              file.endsWith('.js') && readFileSync(join(assets, file), 'utf8').includes(COOKIE_JAR_MARKER),
          );
          assert.deepEqual(
            withJar,
            [],
            'vite.config.ts swaps MSW’s cookie store for mocks/msw-cookie-store.ts',
          );
        }
      });
    });

  for (const screen of SCREENS)
    for (const variant of ['demo', 'real-API'] as const)
      describe(() => {
        useOptions({ timeoutMs: 300_000 });
        test(`the ${variant} build fetches at most ${JS_REQUESTS_BEFORE_DATA} JS files from the address bar to ${screen.name}`, async ({
          context,
          baseURL,
        }) => {
          const url = variant === 'demo' ? String(baseURL) : (await prodServer()).url;
          const files = await jsRequestsBeforeData(context, url, screen);
          assert.ok(
            files.length <= JS_REQUESTS_BEFORE_DATA,
            `${files.length} JS requests before the data: ${files.join(' ')}`,
          );
        });
      });
});
