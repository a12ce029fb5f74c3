import { setupWorker } from 'msw/browser';
import type { Session } from './db/store';
import type { Scale } from './db/types';
import { handlers, onWrite, replayWrite, resetDb } from './handlers';

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

export async function startMockApi({ scale = 'demo' }: { scale?: Scale } = {}): Promise<void> {
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const options = { scale, referenceDate: today.toISOString(), now: () => Date.now() };
  const reset = () => {
    const fresh = resetDb(options);
    fresh.sessions = new TabSessions();
    return fresh;
  };
  const state = reset();
  const { startJournal } = await import('./db/journal');
  await startJournal({ onWrite, replayWrite, reseed: reset }, { dataset: `${state.seed}:${scale}` }).catch(
    (error: unknown) => console.warn('demo journal unavailable', error),
  );
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
  });
}
