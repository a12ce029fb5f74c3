import { mkdirSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { type AppMode, startApp } from './app';
import { type RegisteredTest, registeredTests, runTest, setCurrentFile } from './harness';

/**
 * `npm run test:e2e [-- words...]`: starts the app on a free port, launches Debian's Chromium once,
 * runs every tests/e2e/**\/*.e2e.ts test (only those whose file or name contains one of the words,
 * if any are given), and ends with `e2e: N passed, M failed`. Env: CHROME_PATH, E2E_MODE
 * (preview|dev), E2E_WORKERS (tests run at once, default 2), E2E_HEADED=1.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const E2E_DIR = join(ROOT, 'tests/e2e');
const FAILURES_DIR = join(ROOT, 'dist-e2e/failures');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function findTestFiles(): string[] {
  return readdirSync(E2E_DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.e2e.ts'))
    .map((name) => join(E2E_DIR, name))
    .sort();
}

function slug(text: string): string {
  return text.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
}

/** Loads the app once before timing anything: the dev server compiles and pre-bundles on first hit. */
async function warmUp(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => (document.querySelector('#root')?.childElementCount ?? 0) > 0, null, {
      timeout: 120_000,
    });
  } catch (error) {
    console.warn(`e2e: warm-up did not see the app render (${(error as Error).message.split('\n')[0]})`);
  } finally {
    await context.close();
  }
}

async function runAll(tests: readonly RegisteredTest[], browser: Browser, url: string, workers: number) {
  let passed = 0;
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < tests.length) {
      const current = tests[next++];
      const started = performance.now();
      const error = await runTest(browser, url, current, async (page) => {
        mkdirSync(FAILURES_DIR, { recursive: true });
        await page.screenshot({ path: join(FAILURES_DIR, `${slug(current.name)}.png`), fullPage: true });
      });
      const ms = Math.round(performance.now() - started);
      const label = `${relative(ROOT, current.file)} › ${current.name} (${ms} ms)`;
      if (error) {
        failed++;
        const detail = (error.stack ?? error.message).split('\n').slice(0, 25).join('\n    ');
        console.log(`  ✗ ${label}\n    ${detail}`);
      } else {
        passed++;
        console.log(`  ✓ ${label}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, workers) }, worker));
  return { passed, failed };
}

async function main(): Promise<number> {
  const words = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const started = performance.now();
  for (const file of findTestFiles()) {
    setCurrentFile(file);
    await import(pathToFileURL(file).href);
  }
  const tests = registeredTests().filter(
    (t) => words.length === 0 || words.some((w) => relative(ROOT, t.file).includes(w) || t.name.includes(w)),
  );
  if (tests.length === 0) {
    console.log('e2e: no test matched\ne2e: 0 passed, 1 failed');
    return 1;
  }
  // Preview by default: a new context per test re-downloads the app, and the dev server's hundreds
  // of unbundled modules made that take 10+ s a test; the bundle costs one build instead.
  const mode: AppMode = process.env.E2E_MODE === 'dev' ? 'dev' : 'preview';
  const app = await startApp(mode);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: process.env.E2E_HEADED !== '1',
    args: CHROMIUM_ARGS,
  });
  try {
    await warmUp(browser, app.url);
    console.log(`e2e: ${tests.length} tests against ${app.url} (${mode})`);
    const { passed, failed } = await runAll(tests, browser, app.url, Number(process.env.E2E_WORKERS ?? 2));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (failed > 0) console.log(`screenshots of failures: ${relative(ROOT, FAILURES_DIR)}/`);
    console.log(`e2e took ${seconds} s`);
    console.log(`e2e: ${passed} passed, ${failed} failed`);
    return failed > 0 ? 1 : 0;
  } finally {
    await browser.close();
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
