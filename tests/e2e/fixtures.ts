import { writeFileSync } from 'node:fs';
import { type BrowserContextOptions, test as base } from '@playwright/test';
import { isReactProblem } from './react-console';

/**
 * The browser suite's `test`: Playwright's, where each test already gets a fresh context (its own
 * cookies, sessionStorage, IndexedDB and service worker), plus two checks run around every test.
 */

/** How long a locator waits; generous because CI machines (and ours) can be busy. */
export const LOCATOR_TIMEOUT_MS = 20_000;

export const test = base.extend<{ pageChecks: undefined }>({
  pageChecks: [
    async ({ page, context }, use, testInfo) => {
      // Locator waits give up well before the test's own deadline, so the message names the locator.
      const wait = Math.min(LOCATOR_TIMEOUT_MS, testInfo.timeout || LOCATOR_TIMEOUT_MS);
      context.setDefaultTimeout(wait);
      // Playwright sets a navigation default of its own (none): waitForURL and goto wait as long too.
      context.setDefaultNavigationTimeout(wait);
      // The page's diary: its addresses, console lines and uncaught errors, in order, timed from the
      // start of the test. A failed test prints it, so a failure seen once in CI (whose files are
      // gone with its clone) can still be read.
      const started = Date.now();
      const diary: string[] = [];
      const note = (line: string) => diary.push(`${((Date.now() - started) / 1000).toFixed(2)} s ${line}`);
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) note(`address ${frame.url()}`);
      });
      page.on('pageerror', (error) => note(`uncaught ${error.message}`));
      const reactProblems: string[] = [];
      page.on('console', (message) => {
        const firstLine = message.text().split('\n')[0];
        note(`console.${message.type()} ${firstLine.slice(0, 300)}`);
        if (isReactProblem(message.type(), message.text())) reactProblems.push(firstLine);
      });
      await use(undefined);
      if (testInfo.status !== testInfo.expectedStatus) {
        const storage = await page
          .evaluate(() => Object.keys(sessionStorage).join(', '))
          .catch((error: Error) => `unreadable (${error.message.split('\n')[0]})`);
        note(`end: sessionStorage keys: ${storage || 'none'}`);
        // A file, not a body: the list reporter cuts a text body at 300 characters; .ci/run prints it whole.
        const path = testInfo.outputPath('page-diary.txt');
        writeFileSync(path, `${diary.slice(-80).join('\n')}\n`);
        await testInfo.attach('page diary', { path, contentType: 'text/plain' });
      }
      // A test that passes while React complains (an update loop, a bad prop) has not really passed.
      if (reactProblems.length > 0)
        throw new Error(`React complained in the console:\n  ${reactProblems.slice(0, 5).join('\n  ')}`);
    },
    { auto: true },
  ],
});

export const describe = test.describe;

export interface TestOptions {
  /** Browser context options for this test (e.g. `{ locale: 'fr-FR' }`). */
  context?: BrowserContextOptions;
  timeoutMs?: number;
}

/**
 * Context options or a time budget for the tests of the enclosing describe block (often an untitled
 * one around a single test): Playwright's `test.use` and timeout.
 */
export function useOptions(options: TestOptions): void {
  if (options.context) test.use(options.context);
  if (options.timeoutMs) describe.configure({ timeout: options.timeoutMs });
}
