import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { database } from './database';

/**
 * The demo's API in the browser. MSW's service worker hands every request to this page, which
 * forwards /api requests to the demo's database worker (mocks/database.ts): the seeded data and the
 * handlers live there, off the main thread. Data is dated from today (start of the UTC day, so the
 * same day gives the same seed) and the clock is the real one; the demo journal replays earlier
 * writes over the fresh seed, then records new ones.
 */

/**
 * Registers MSW's service worker while the database worker (already started by mocks/start.ts)
 * seeds; resolves when both are up (API calls wait for it: src/providers/apiReady.ts).
 */
export async function startMockApi(): Promise<void> {
  const db = database();
  const worker = setupWorker(http.all('*/api/*', ({ request }) => db.forward(request)));
  const registered = worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
  });
  await Promise.all([db.ready, registered]);
}
