import { http } from 'msw';
import { type SetupWorker, type StartOptions, setupWorker } from 'msw/browser';
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
  const [discarded] = await Promise.all([db.ready, startServiceWorker(worker)]);
  if (discarded) reportJournalDiscarded(discarded);
}

const START: StartOptions = {
  onUnhandledRequest: 'bypass',
  serviceWorker: { url: '/mockServiceWorker.js' },
  quiet: true,
};

/** How long a worker that has just activated may take to show as the page's controller. */
const CLAIM_MS = 1500;

/**
 * Starts MSW and makes sure its service worker controls the page: until then, fetches go to the
 * network. MSW's worker unregisters itself when its last page unloads, so on a reload the new page
 * may load while that registration is being removed, uncontrolled; start() then brings the same,
 * already active worker back, which never claims the page (MSW reloads the page in a similar case;
 * here the very next load would lose the same race). The old seed after each reload hid this; now
 * that a reload's data is there at once, it would leave the demo without an API. So: a fresh
 * registration, whose new worker claims the page as it activates.
 */
async function startServiceWorker(worker: SetupWorker): Promise<void> {
  const registration = await worker.start(START);
  if (await controlledBy(registration, CLAIM_MS)) return;
  worker.stop();
  await registration?.unregister();
  await controlledBy(await worker.start(START), Number.POSITIVE_INFINITY);
}

/** Whether the registration's active worker is (or becomes, within `withinMs`) the page's controller. */
function controlledBy(
  registration: ServiceWorkerRegistration | undefined,
  withinMs: number,
): Promise<boolean> {
  const { serviceWorker } = navigator;
  const ours = () => serviceWorker.controller !== null && serviceWorker.controller === registration?.active;
  if (!registration?.active || ours()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (controlled: boolean) => {
      clearTimeout(timer);
      serviceWorker.removeEventListener('controllerchange', check);
      resolve(controlled);
    };
    const check = () => {
      if (ours()) done(true);
    };
    const timer = Number.isFinite(withinMs) ? setTimeout(() => done(false), withinMs) : undefined;
    serviceWorker.addEventListener('controllerchange', check);
  });
}
