import { http } from 'msw';
import { type SetupWorker, type StartOptions, setupWorker } from 'msw/browser';
import { onDemoReset, reportJournalDiscarded } from '../src/model/demo-journal';
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
    const { sanitizeHtml } = await import('./domain/records/sanitize');
    return html.map(sanitizeHtml);
  });
  onDemoReset(db.end);
  const worker = setupWorker(http.all('*/api/*', ({ request }) => db.forward(request)));
  const [discarded] = await Promise.all([db.ready, startServiceWorker(worker)]);
  if (discarded) reportJournalDiscarded(discarded);
}

const START: StartOptions = {
  onUnhandledRequest: 'bypass',
  // MSW's worker, kept registered when its last page goes (public/demoServiceWorker.js says why).
  serviceWorker: { url: '/demoServiceWorker.js' },
  quiet: true,
};

/**
 * Starts MSW and waits until its service worker controls the page: until then, fetches go to the
 * network. A worker claims its pages as it activates, but the page hears of it in a task of its own,
 * possibly after MSW's start has resolved.
 */
async function startServiceWorker(worker: SetupWorker): Promise<void> {
  const registration = await worker.start(START);
  const { serviceWorker } = navigator;
  const controlled = () =>
    serviceWorker.controller !== null && serviceWorker.controller === registration?.active;
  if (!registration?.active || controlled()) return;
  await new Promise<void>((resolve) => {
    const check = () => {
      if (!controlled()) return;
      serviceWorker.removeEventListener('controllerchange', check);
      resolve();
    };
    serviceWorker.addEventListener('controllerchange', check);
  });
}
