import type { Scale, Session } from './db/types';
import dbWorkerUrl from './worker/db-worker?sharedworker&url';
import { type FromWorker, type ToWorker, workerName } from './worker/protocol';

/**
 * The page's end of the demo's database worker (mocks/worker/db-worker.ts), which holds the seeded
 * data and runs the API's handlers off the main thread: started by mocks/start.ts before the app's
 * own code has even loaded, then fed the /api requests MSW hands to the page (mocks/browser.ts).
 * It imports nothing of the app's, so the start script does not wait for the app's chunk.
 */

const SESSIONS_KEY = 'turnover.mock.sessions';
const TAB_KEY = 'turnover.mock.tab';

interface Channel {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
}

function storedSessions(): Session[] {
  try {
    return JSON.parse(sessionStorage.getItem(SESSIONS_KEY) ?? '[]') as Session[];
  } catch {
    sessionStorage.removeItem(SESSIONS_KEY);
    return [];
  }
}

/** This tab's id, kept across reloads: its name for the worker that holds the tab's data. */
function tabId(): string {
  let id = sessionStorage.getItem(TAB_KEY);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(TAB_KEY, id);
  }
  return id;
}

/**
 * A shared worker named after the tab outlives a reload (extendedLifetime, where the browser has
 * it), so a returning user's data is there at once; a dedicated worker where shared ones are missing.
 */
function startWorker(name: string): { channel: Channel; end(): void } {
  if (typeof SharedWorker === 'function') {
    const options = { type: 'module', name, extendedLifetime: true } as WorkerOptions;
    const { port } = new SharedWorker(dbWorkerUrl, options);
    return { channel: port, end: () => port.postMessage({ type: 'close' } satisfies ToWorker) };
  }
  const worker = new Worker(dbWorkerUrl, { type: 'module', name });
  return { channel: worker, end: () => worker.terminate() };
}

interface Pending {
  resolve(response: Response): void;
  stream?: ReadableStreamDefaultController<Uint8Array>;
}

/**
 * Connects to the tab's database worker. `ready` resolves once it has seeded and replayed the
 * journal, with the reason the journal was discarded if it was; `end` drops the tab's copy of the
 * data; rich text the worker sends is cleaned by the sanitiser given to `sanitizeWith` (it needs
 * the DOM), which the worker may ask for before the page has one to give: those wait.
 */
function connect(scale: Scale) {
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const { channel, end } = startWorker(
    workerName({ tab: tabId(), scale, referenceDate: today.toISOString() }),
  );
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let started!: { resolve(discarded: string | undefined): void; reject(error: Error): void };
  const ready = new Promise<string | undefined>((resolve, reject) => {
    started = { resolve, reject };
  });
  let sanitizeWith!: (sanitize: (html: string[]) => Promise<string[]>) => void;
  const sanitizer = new Promise<(html: string[]) => Promise<string[]>>((resolve) => {
    sanitizeWith = resolve;
  });

  channel.onmessage = ({ data }) => {
    switch (data.type) {
      case 'ready':
        started.resolve(data.discarded);
        break;
      case 'failed':
        started.reject(new Error(data.reason));
        break;
      case 'sessions':
        sessionStorage.setItem(SESSIONS_KEY, JSON.stringify(data.sessions));
        break;
      case 'sanitize':
        void sanitizer
          .then((sanitize) => sanitize(data.html))
          .then((clean) => channel.postMessage({ type: 'sanitized', id: data.id, clean }));
        break;
      case 'response': {
        const request = pending.get(data.id);
        if (!request) break;
        const init = { status: data.status, statusText: data.statusText, headers: data.headers };
        if (!data.streamed) {
          pending.delete(data.id);
          request.resolve(new Response(data.body, init));
          break;
        }
        const body = new ReadableStream<Uint8Array>({
          start: (controller) => {
            request.stream = controller;
          },
        });
        request.resolve(new Response(body, init));
        break;
      }
      case 'chunk':
        pending.get(data.id)?.stream?.enqueue(new Uint8Array(data.chunk));
        break;
      case 'end':
        pending.get(data.id)?.stream?.close();
        pending.delete(data.id);
        break;
    }
  };
  channel.postMessage({ type: 'hello', sessions: storedSessions(), route: window.location.hash });

  async function forward(request: Request): Promise<Response> {
    const id = ++nextId;
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
    return new Promise((resolve) => {
      pending.set(id, { resolve });
      const message: ToWorker = {
        type: 'request',
        id,
        method: request.method,
        url: request.url,
        headers: [...request.headers],
        body,
      };
      channel.postMessage(message, body ? [body] : []);
    });
  }
  return { ready, forward, end, sanitizeWith };
}

/** The demo's data scale: `?scale=` wins over VITE_MOCK_SCALE; 'demo' by default. */
export function demoScale(search: string = window.location.search): Scale {
  const value = new URLSearchParams(search).get('scale') ?? import.meta.env.VITE_MOCK_SCALE;
  return value === 'small' || value === 'demo' ? value : 'demo';
}

let connection: ReturnType<typeof connect> | undefined;

/** The tab's database worker, started on the first call. */
export function database(): ReturnType<typeof connect> {
  connection ??= connect(demoScale());
  return connection;
}
