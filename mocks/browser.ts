import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { onDemoReset, reportJournalDiscarded } from '../src/providers/demoJournal';
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
 * seeds, and gives it what it needs of the page: DOMPurify for rich text, the app's "Reset demo
 * data", its notice of a discarded journal. Resolves when both workers are up (API calls wait for
 * it: src/providers/apiReady.ts).
 */
export async function startMockApi(): Promise<void> {
  const db = database();
  // DOMPurify is fetched the first time the worker meets rich text it has not seen cleaned.
  db.sanitizeWith(async (html) => {
    const { sanitizeHtml } = await import('./domain/sanitize');
    return html.map(sanitizeHtml);
  });
  onDemoReset(db.end);
  const worker = setupWorker(http.all('*/api/*', ({ request }) => db.forward(request)));
  const registered = worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
  });
  const [discarded] = await Promise.all([db.ready, registered.then(controlled)]);
  if (discarded) reportJournalDiscarded(discarded);
}

/**
 * Until MSW's service worker controls the page, fetches go to the network. On a reload it has just
 * unregistered itself with its last page, so start() registers it again and may resolve before
 * that worker has claimed the page (or while the departing one still holds it): now that a
 * reload's data is there at once, the first calls would beat it.
 */
function controlled(registration: ServiceWorkerRegistration | undefined): Promise<void> {
  const { serviceWorker } = navigator;
  const ours = () => serviceWorker.controller !== null && serviceWorker.controller === registration?.active;
  if (!registration?.active || ours()) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (!ours()) return;
      serviceWorker.removeEventListener('controllerchange', check);
      resolve();
    };
    serviceWorker.addEventListener('controllerchange', check);
  });
}
