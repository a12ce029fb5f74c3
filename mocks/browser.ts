import { setupWorker } from 'msw/browser';
import type { Scale } from './db/types';
import { handlers, onWrite, replayWrite, resetDb } from './handlers';

/**
 * The demo's API: the same handlers in a service worker. Data is dated from today (start of the UTC
 * day, so a reload the same day rebuilds the same seed) and the clock is the real one; the demo
 * journal replays earlier writes over the fresh seed, then records new ones.
 */
export const worker = setupWorker(...handlers);

export async function startMockApi({ scale = 'demo' }: { scale?: Scale } = {}): Promise<void> {
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const options = { scale, referenceDate: today.toISOString(), now: () => Date.now() };
  const state = resetDb(options);
  const { startJournal } = await import('./db/journal');
  await startJournal(
    { onWrite, replayWrite, reseed: () => resetDb(options) },
    { dataset: `${state.seed}:${scale}` },
  ).catch((error: unknown) => console.warn('demo journal unavailable', error));
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
  });
}
