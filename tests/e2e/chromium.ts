/**
 * Debian's Chromium as the browser suite and the benchmarks launch it: no downloaded browser, and
 * no background traffic (updates, sync, QUIC) to disturb a test or a measurement.
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
