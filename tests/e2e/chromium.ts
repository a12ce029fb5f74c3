import { existsSync } from 'node:fs';

/**
 * Debian's Chromium as the browser suite and the benchmarks launch it: no downloaded browser, and
 * no background traffic (updates, sync, QUIC) to disturb a test or a measurement.
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Debian's headless shell (package chromium-headless-shell): the same engine without the browser's
 * UI layers, which is what Playwright itself runs headless. Opening the app in a new context costs
 * it about 30% less CPU than the full browser (4.3 s against 6.1 s for five opens); the whole suite,
 * bound by its pages' rendering on 2 cores, took about as long (6.1 min against 6.0). The
 * benchmarks keep the full browser, as a user has it.
 */
const HEADLESS_SHELL_PATH = '/usr/bin/chromium-headless-shell';

/** The browser of the suite: CHROME_PATH when set, else the headless shell when headless and installed. */
export function suiteBrowserPath(headless: boolean): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return headless && existsSync(HEADLESS_SHELL_PATH) ? HEADLESS_SHELL_PATH : CHROME_PATH;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
