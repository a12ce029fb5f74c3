import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, suiteBrowserPath } from './chromium';

const headless = process.env.E2E_HEADED !== '1';

/**
 * The browser suite: `npm run test:e2e [-- files...] [-g title]`. Playwright drives Debian's Chromium
 * (its headless shell when installed; CHROME_PATH to override; no browser is downloaded) against
 * what global-setup.ts starts. Env: E2E_MODE (preview|dev), E2E_WORKERS (default 3), E2E_HEADED=1.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  globalSetup: './global-setup.ts',
  // Failure screenshots and traces (`npx playwright show-trace <zip>`); dist-* is git-ignored.
  outputDir: '../../dist-e2e/results',
  reporter: [['list']],
  timeout: 90_000,
  // A flaky test is a bug to fix, not a run to repeat.
  retries: 0,
  // Three on two cores: a test spends much of its time waiting (for the page to settle, a tooltip,
  // a reload), and a third browser fills those gaps; measured 2.3 min against 3.9 min on 2 for the
  // layout tests on the same busy machine.
  workers: Number(process.env.E2E_WORKERS ?? 3),
  // Every test has its own context (its own tab data and session), so the tests of one file may run
  // in different workers: the long files (accessibility, layout) no longer hold one worker to the end.
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  use: {
    baseURL: process.env.E2E_BASE_URL,
    headless,
    screenshot: { mode: 'only-on-failure', fullPage: true },
    // The trace keeps actions and network. No DOM snapshots: recording them changed the app's history
    // handling (a Back after an address typed in the bar left a half-filled offer unasked). No
    // screencast either: "retain-on-failure" records it during every test, and encoding its frames
    // was a fifth of the suite's CPU (the lists file: 64 s of CPU against 38 s without, 34 s wall
    // against 24 s); the failure screenshot above shows the page as the test failed.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    launchOptions: {
      executablePath: suiteBrowserPath(headless),
      args: CHROMIUM_ARGS,
    },
  },
});
