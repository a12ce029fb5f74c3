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
  serviceWorker: { url: '/mockServiceWorker.js' },
  quiet: true,
};

/**
 * A worker claims its pages while activating, before it reports 'activated'; the page hears of the
 * claim in a task of its own, so it gets this long after that to show as the controller.
 */
const CLAIM_GRACE_MS = 150;

/**
 * Starts MSW and makes sure its service worker controls the page: until then, fetches go to the
 * network. MSW's worker unregisters itself when its last page unloads, so on a reload the new page
 * may load while that registration is being removed, uncontrolled; registering the same script then
 * brings the same, already active worker back (Chromium), which never claims the page, and MSW's
 * own answer, a reload, would lose the same race. The old seed after each reload hid this; now that
 * a reload's data is there at once, it would leave the demo without an API. So the worker's script
 * is registered again under a URL of its own: a new version of the worker installs, activates and
 * claims the page.
 */
async function startServiceWorker(worker: SetupWorker): Promise<void> {
  const registration = await worker.start(START);
  if (await controlledBy(registration, CLAIM_GRACE_MS)) return;
  worker.stop();
  const url = `${START.serviceWorker?.url}?claim=${Date.now()}`;
  const fresh = await worker.start({ ...START, serviceWorker: { url } });
  await controlledBy(fresh, Number.POSITIVE_INFINITY);
}

/**
 * Whether the registration's active worker is the page's controller, or becomes it within
 * `graceMs` of having activated: one already activated that has not claimed the page never will.
 */
function controlledBy(
  registration: ServiceWorkerRegistration | undefined,
  graceMs: number,
): Promise<boolean> {
  const { serviceWorker } = navigator;
  const active = registration?.active;
  const ours = () => serviceWorker.controller !== null && serviceWorker.controller === registration?.active;
  if (!active || ours()) return Promise.resolve(true);
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (controlled: boolean) => {
      clearTimeout(timer);
      serviceWorker.removeEventListener('controllerchange', check);
      active.removeEventListener('statechange', arm);
      resolve(controlled);
    };
    const check = () => {
      if (ours()) done(true);
    };
    const arm = () => {
      // A newer worker on its way claims the page itself when it activates.
      const newer = registration.installing ?? registration.waiting;
      if (active.state === 'activated' && !newer && Number.isFinite(graceMs))
        timer ??= setTimeout(() => done(false), graceMs);
    };
    serviceWorker.addEventListener('controllerchange', check);
    active.addEventListener('statechange', arm);
    arm();
  });
}
