import type { Session } from '../db/types';
import { SCALES, type Scale } from '../db/types';

/**
 * What the page and the demo's database worker say to each other (mocks/browser.ts,
 * mocks/worker/db-worker.ts). The worker holds the seeded data and runs the API's handlers; the page
 * keeps MSW's service worker (which hands every request to the page) and forwards /api requests.
 */

/** A request as the page forwards it; the body travels as bytes, transferred, not copied. */
export interface ForwardedRequest {
  method: string;
  url: string;
  headers: Array<[string, string]>;
  body: ArrayBuffer | null;
}

export type ToWorker =
  /**
   * First message of each page: the sessions its tab kept, for a worker that starts afresh, and
   * the page it was opened at (`#/pipeline`), whose data the worker prepares first.
   */
  | { type: 'hello'; sessions: Session[]; route: string }
  | ({ type: 'request'; id: number } & ForwardedRequest)
  | { type: 'sanitized'; id: number; clean: string[] }
  /** "Reset demo data": this copy of the data ends with the page that asked. */
  | { type: 'close' };

export type FromWorker =
  | { type: 'ready'; discarded?: string }
  | { type: 'failed'; reason: string }
  /** A response; `body` holds it whole unless `streamed`, when chunks follow, then `end`. */
  | {
      type: 'response';
      id: number;
      status: number;
      statusText: string;
      headers: Array<[string, string]>;
      body: ArrayBuffer | null;
      streamed: boolean;
    }
  | { type: 'chunk'; id: number; chunk: ArrayBuffer }
  | { type: 'end'; id: number }
  /** Rich text to clean with DOMPurify: it needs a DOM, which only the page has. */
  | { type: 'sanitize'; id: number; html: string[] }
  | { type: 'sessions'; sessions: Session[] };

/** What a worker seeds is named by its name, so it can start before any message arrives. */
export interface WorkerSpec {
  /** One copy of the data per tab, as before (a reload finds its tab's copy still running). */
  tab: string;
  scale: Scale;
  /** The day the data is dated from: a new day is a new worker, hence a fresh seed. */
  referenceDate: string;
}

const PREFIX = 'turnover-demo-db';

export function workerName({ tab, scale, referenceDate }: WorkerSpec): string {
  return [PREFIX, tab, scale, referenceDate].join(' ');
}

export function parseWorkerName(name: string): WorkerSpec {
  const [prefix, tab, scale, referenceDate] = name.split(' ');
  if (prefix !== PREFIX || !SCALES.includes(scale as Scale) || Number.isNaN(Date.parse(referenceDate)))
    throw new Error(`not a demo database worker's name: ${name}`);
  return { tab, scale: scale as Scale, referenceDate };
}
