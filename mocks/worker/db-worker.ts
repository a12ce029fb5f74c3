import './storage-shim';
import { getResponse } from 'msw';
import { buildDb } from '../db/generate';
import { startJournal } from '../db/journal';
import { DEFAULT_SEED } from '../db/store';
import type { Session } from '../db/types';
import { ApiError } from '../domain/api/errors';
import { msg } from '../domain/api/translate';
import { warmCandidateIndex } from '../domain/matching/store';
import { setSanitizer } from '../domain/records/sanitize';
import { warmUsageHistory } from '../domain/usage/counters';
import { getState, handlers, onWrite, replayWrite, resetDb, type WriteEntry, warmStats } from '../handlers';
import { requestGate } from './idle';
import { type ForwardedRequest, type FromWorker, parseWorkerName, type ToWorker } from './protocol';

/**
 * The demo's database: seeds, replays the journal and answers the API off the page's main thread,
 * so typing into the login form never waits for it and the page's heap holds none of the data.
 * Started as a SharedWorker named per tab (mocks/database.ts): a reload reconnects to the copy still
 * running and does not seed again; a dedicated Worker where there are no shared workers.
 */
interface Port {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  addEventListener?(type: 'close', listener: () => void): void;
}

const scope = globalThis as unknown as {
  name: string;
  onconnect?: ((event: MessageEvent) => void) | null;
  close(): void;
};
const spec = parseWorkerName(scope.name);
const ports = new Set<Port>();

function broadcast(message: FromWorker): void {
  for (const port of ports) port.postMessage(message);
}

/**
 * The mock's sessions, copied to every page of the tab (which keeps them in sessionStorage): a worker
 * that has to start again (the tab came back after it ended) takes them from the page's hello.
 */
class MirroredSessions extends Map<string, Session> {
  override set(token: string, session: Session): this {
    super.set(token, session);
    broadcast({ type: 'sessions', sessions: [...this.values()] });
    return this;
  }

  override delete(token: string): boolean {
    const deleted = super.delete(token);
    broadcast({ type: 'sessions', sessions: [...this.values()] });
    return deleted;
  }

  /** Sessions a page kept, added without echoing them back. */
  adopt(sessions: readonly Session[]): void {
    for (const session of sessions) if (!this.has(session.token)) super.set(session.token, session);
  }
}

const sessions = new MirroredSessions();

// DOMPurify needs a DOM, which a worker lacks: rich text is cleaned by a page and remembered here.
// A write that meets text not cleaned yet stops before it changes anything (the sanitiser runs
// before validation) with a marked 503, the page cleans the text, and the write runs again.
const UNCLEANED = 'X-Demo-Uncleaned';
const cleaned = new Map<string, string>();
const uncleaned = new Set<string>();
setSanitizer((html) => {
  const clean = cleaned.get(html);
  if (clean !== undefined) return clean;
  uncleaned.add(html);
  throw new ApiError(503, msg('internal_error'), { headers: { [UNCLEANED]: '1' } });
});

let nextSanitizeId = 0;
const sanitizing = new Map<number, (clean: string[]) => void>();

/** Has a page clean the text writes met so far; resolves once it is remembered. */
function cleanOnPage(port: Port): Promise<void> {
  const html = [...uncleaned];
  uncleaned.clear();
  if (html.length === 0) return Promise.resolve();
  const id = ++nextSanitizeId;
  return new Promise((done) => {
    sanitizing.set(id, (clean) => {
      for (const [i, text] of html.entries()) cleaned.set(text, clean[i]);
      done();
    });
    port.postMessage({ type: 'sanitize', id, html });
  });
}

/** The first page to connect: the journal's replays ask it (its connection may come after the seed). */
let firstPort!: (port: Port) => void;
const aPage = new Promise<Port>((resolve) => {
  firstPort = resolve;
});

/** A refused replay changed nothing, so running it again once its text is clean is safe. */
async function replay(entry: WriteEntry): Promise<boolean> {
  if (replayWrite(entry)) return true;
  if (uncleaned.size === 0) return false;
  await cleanOnPage(await aPage);
  return replayWrite(entry);
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start(): Promise<string | undefined> {
  const options = {
    seed: DEFAULT_SEED,
    scale: spec.scale,
    referenceDate: spec.referenceDate,
    now: () => Date.now(),
  };
  const reset = () => {
    const fresh = resetDb({ ...options, dataset: buildDb(options) });
    fresh.sessions = sessions;
    return fresh;
  };
  const state = reset();
  const journal = await startJournal(
    { onWrite, replayWrite: replay, reseed: reset },
    { dataset: `${state.seed}:${spec.scale}` },
  ).catch((error: unknown) => {
    console.warn('demo journal unavailable', error);
    return undefined;
  });
  return journal?.discarded;
}

const started = start();
let readyMessage: FromWorker | undefined;
started.then(
  (discarded) => {
    readyMessage = { type: 'ready', discarded };
    broadcast(readyMessage);
    void warmUp();
  },
  (error: unknown) => {
    console.error('the demo database did not start', error);
    readyMessage = { type: 'failed', reason: String(error) };
    broadcast(readyMessage);
  },
);

let firstRoute = '';

const requests = requestGate();
/** How long a warm-up slice waits for requests in flight before it runs anyway. */
const WARM_UP_PATIENCE_MS = 2000;

/**
 * What the first screens would otherwise build on their first request, done while the app signs
 * in and renders: the stats' columns (the dashboard's figures then cost a scan) and the matching
 * index (the pipeline's cards carry match scores), the page the tab was opened at first; then the
 * seeded weeks of usage counters, which the seed leaves to be written later. Each goes
 * a slice at a time, and a slice starts only when no request is being answered: the sign-in queued
 * during the seed (its handler awaits between its parts) had waited for both whole steps, and the
 * first screen's list call for the index, over half a second each in the demo.
 */
async function warmUp(): Promise<void> {
  const pause = () => nextTask().then(() => requests.untilIdle(WARM_UP_PATIENCE_MS));
  const matching = () => warmCandidateIndex(getState(), pause);
  const stats = () => warmStats(pause);
  const first = /^#\/(pipeline|applications)/.test(firstRoute) ? [matching, stats] : [stats, matching];
  // The seeded weeks of usage counters last: only support's scraping watch and usage reports read them.
  const order = [...first, () => warmUsageHistory(getState(), pause)];
  for (const step of order) {
    await pause();
    await step();
  }
}

function toRequest({ method, url, headers, body }: ForwardedRequest): Request {
  return new Request(url, { method, headers, body });
}

/** Sends the response whole when it fits in one chunk (JSON), else chunk by chunk (CSV exports). */
async function answer(port: Port, id: number, response: Response): Promise<void> {
  const head = {
    type: 'response' as const,
    id,
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
  };
  const reader = response.body?.getReader();
  const first = await reader?.read();
  if (!reader || !first || first.done) {
    port.postMessage({ ...head, body: null, streamed: false });
    return;
  }
  const bytes = (chunk: Uint8Array) => chunk.slice().buffer as ArrayBuffer;
  let part = await reader.read();
  if (part.done) {
    const body = bytes(first.value);
    port.postMessage({ ...head, body, streamed: false }, [body]);
    return;
  }
  port.postMessage({ ...head, body: null, streamed: true });
  let chunk = first.value;
  for (;;) {
    const sent = bytes(chunk);
    port.postMessage({ type: 'chunk', id, chunk: sent }, [sent]);
    if (part.done) break;
    chunk = part.value;
    part = await reader.read();
  }
  port.postMessage({ type: 'end', id });
}

function serve(port: Port, id: number, forwarded: ForwardedRequest): Promise<void> {
  return requests.track(async () => {
    await started.catch(() => undefined);
    let response = await getResponse(handlers, toRequest(forwarded));
    if (response?.headers.has(UNCLEANED)) {
      await cleanOnPage(port);
      response = await getResponse(handlers, toRequest(forwarded));
    }
    await answer(port, id, response ?? new Response(null, { status: 404 }));
  });
}

function accept(port: Port): void {
  ports.add(port);
  firstPort(port);
  port.addEventListener?.('close', () => ports.delete(port));
  port.onmessage = ({ data }) => {
    switch (data.type) {
      case 'hello':
        sessions.adopt(data.sessions);
        firstRoute ||= data.route;
        if (readyMessage) port.postMessage(readyMessage);
        break;
      case 'request':
        // The handlers answer their own errors; this is for a failure around them, so no call hangs.
        serve(port, data.id, data).catch((error: unknown) => {
          console.error('[mock api] unexpected error', error);
          port.postMessage({
            type: 'response',
            id: data.id,
            status: 500,
            statusText: '',
            headers: [],
            body: null,
            streamed: false,
          });
        });
        break;
      case 'sanitized':
        sanitizing.get(data.id)?.(data.clean);
        sanitizing.delete(data.id);
        break;
      case 'close':
        scope.close();
        break;
    }
  };
}

if ('onconnect' in scope) scope.onconnect = (event) => accept(event.ports[0] as unknown as Port);
else accept(globalThis as unknown as Port);
