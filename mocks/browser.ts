import { setupWorker } from 'msw/browser';
import { buildDbInSteps } from './db/generate';
import { startJournal } from './db/journal';
import { DEFAULT_SEED, type Session } from './db/store';
import type { Dataset, Scale } from './db/types';
import { handlers, onWrite, replayWrite, resetDb, warmStats } from './handlers';

/**
 * The demo's API: the same handlers in a service worker. Data is dated from today (start of the UTC
 * day, so a reload the same day rebuilds the same seed) and the clock is the real one; the demo
 * journal replays earlier writes over the fresh seed, then records new ones.
 */
export const worker = setupWorker(...handlers);

const SESSIONS_KEY = 'turnover.mock.sessions';

/**
 * The mock's sessions, written through to this tab's sessionStorage: the app keeps its token there,
 * so a reload must find the session it names (the in-memory mock is rebuilt on every load).
 */
class TabSessions extends Map<string, Session> {
  constructor() {
    super();
    try {
      const stored = JSON.parse(sessionStorage.getItem(SESSIONS_KEY) ?? '[]') as Session[];
      for (const session of stored) super.set(session.token, session);
    } catch {
      sessionStorage.removeItem(SESSIONS_KEY);
    }
  }

  private save(): void {
    sessionStorage.setItem(SESSIONS_KEY, JSON.stringify([...this.values()]));
  }

  override set(token: string, session: Session): this {
    super.set(token, session);
    this.save();
    return this;
  }

  override delete(token: string): boolean {
    const deleted = super.delete(token);
    this.save();
    return deleted;
  }
}

/** Yields to the browser (paint, input) before the next seeding step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Seeds in steps while the app renders (API calls wait for the returned promise: src/providers/
 * apiReady.ts), registers the worker meanwhile, then replays the journal over the seed and builds
 * the stats' column caches.
 */
export async function startMockApi({ scale = 'demo' }: { scale?: Scale } = {}): Promise<void> {
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const options = { seed: DEFAULT_SEED, scale, referenceDate: today.toISOString(), now: () => Date.now() };
  const reset = (dataset?: Dataset) => {
    const fresh = resetDb({ ...options, dataset });
    fresh.sessions = new TabSessions();
    return fresh;
  };
  const registered = worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
  });
  const state = reset(await buildDbInSteps(options, nextTask));
  // A failed replay reseeds at once (rare: regenerating in one go is fine then).
  await startJournal(
    { onWrite, replayWrite, reseed: () => reset() },
    { dataset: `${state.seed}:${scale}` },
  ).catch((error: unknown) => console.warn('demo journal unavailable', error));
  // The dashboard's first figures then cost a scan, not a scan plus building its columns.
  await warmStats(nextTask);
  await registered;
}
