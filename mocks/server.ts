import { createServer as createHttpServer, type ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import { createServer } from '@mswjs/http-middleware';
import type { WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { SCALES, type Scale } from './db/types';
import { candidateIndex } from './domain/matching/store';
import { setSanitizerWindow } from './domain/records/sanitize';
import { getState, handlers, limits, resetDb } from './handlers';
import { CLIENT_ADDRESS_HEADER } from './handlers/http';

/**
 * The local API: `npm run api -- --scale large --port 8787` serves the same handlers over real HTTP
 * for the real-API build, the contract suite over HTTP and benchmarks too big for a browser tab.
 * CORS is open (it is a local tool) and exposes Content-Range, which ra-data-simple-rest reads.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'demo' },
    port: { type: 'string', default: '8787' },
    seed: { type: 'string', default: '42' },
    'reference-date': { type: 'string' },
    // The daily allowance of database profiles per user (the contract suite lowers it to reach it).
    'daily-profiles': { type: 'string' },
    // List calls per user a minute (the cold-start bench loads one account's screens far faster than a person).
    'list-calls': { type: 'string' },
  },
});

const scale = values.scale as Scale;
if (!SCALES.includes(scale)) throw new Error(`--scale must be one of ${SCALES.join(', ')}`);
const today = new Date();
today.setUTCHours(0, 0, 0, 0);

setSanitizerWindow(new JSDOM('').window as unknown as WindowLike);
const started = performance.now();
resetDb({
  scale,
  seed: Number(values.seed),
  referenceDate: values['reference-date'] ?? today.toISOString(),
  now: () => Date.now(),
});
const seeded = Math.round(performance.now() - started);
if (values['daily-profiles'] !== undefined) limits.dailyProfiles = Number(values['daily-profiles']);
if (values['list-calls'] !== undefined) limits.listCalls = Number(values['list-calls']);
// Built now rather than on the first request: every application read scores against it (matchScore).
const indexStarted = performance.now();
candidateIndex(getState());
const indexed = Math.round(performance.now() - indexStarted);

const app: (request: unknown, response: ServerResponse) => void = createServer(...handlers);

function allowCors(origin: string | undefined, response: ServerResponse): void {
  response.setHeader('Access-Control-Allow-Origin', origin ?? '*');
  response.setHeader('Vary', 'Origin');
  response.setHeader('Access-Control-Allow-Methods', 'GET,POST,PUT,PATCH,DELETE,OPTIONS');
  // Range: ra-data-simple-rest sends it on every list call (Content-Range pagination).
  response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Accept, Range');
  response.setHeader('Access-Control-Expose-Headers', 'Content-Range, Retry-After');
}

const port = Number(values.port);
createHttpServer((request, response) => {
  allowCors(request.headers.origin, response);
  if (request.method === 'OPTIONS') {
    response.statusCode = 204;
    response.end();
    return;
  }
  // The login throttle counts per client address: the connection's, never one a caller claims.
  request.headers[CLIENT_ADDRESS_HEADER] = request.socket.remoteAddress ?? 'unknown';
  app(request, response);
}).listen(port, () => {
  console.log(
    `mock API (${scale}, seeded in ${seeded} ms, matching index in ${indexed} ms) on http://localhost:${port}/api`,
  );
});
