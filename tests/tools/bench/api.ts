import type { WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { getResponse } from 'msw';
import { REFERENCE_DATE, type Scale } from '../../../mocks/db/types';
import { setSanitizerWindow } from '../../../mocks/domain/records/sanitize';
import { handlers, resetDb } from '../../../mocks/handlers';

/**
 * The reference API's speed through the same MSW handlers the app uses: median and p95 of list,
 * filter, full-text, stats and matches calls at a given scale, either in-process (no HTTP) or
 * over HTTP against a running local API (`npm run bench` reuses the one its browser loads used, so
 * the large data set is seeded once). The first call of each kind is a warm-up (indexes and caches
 * are built lazily) and is reported apart.
 */
export interface CallFigures {
  name: string;
  warmupMs: number;
  medianMs: number;
  p95Ms: number;
  bytes: number;
}

export interface ApiFigures {
  scale: Scale;
  /** 'in-process' or the local API's URL. */
  via: string;
  seedMs?: number;
  heapMb?: number;
  calls: CallFigures[];
}

const ORIGIN = 'http://bench.local';

type Send = (request: Request) => Promise<Response | undefined>;

const inProcess: Send = (request) => getResponse(handlers, request);

function overHttp(apiBase: string): Send {
  return (request) => fetch(request.url.replace(`${ORIGIN}/api`, apiBase), request);
}

async function request(send: Send, method: string, path: string, token?: string, body?: unknown) {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await send(
    new Request(`${ORIGIN}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  if (!response) throw new Error(`no handler for ${method} ${path}`);
  const text = await response.text();
  if (response.status >= 400) throw new Error(`${method} ${path} → ${response.status} ${text.slice(0, 200)}`);
  return text;
}

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const list = (res: string, filter: unknown, sort: [string, string], range: [number, number]) =>
  `/api/${res}?filter=${q(filter)}&sort=${q(sort)}&range=${q(range)}`;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)] * 100) / 100;
}

/** In-process: seeds `scale` here. With `apiBase` (e.g. http://127.0.0.1:8787/api): over HTTP. */
export async function run(scale: Scale, repeats = 40, apiBase?: string): Promise<ApiFigures> {
  let seedMs: number | undefined;
  let send = inProcess;
  if (apiBase) send = overHttp(apiBase);
  else {
    setSanitizerWindow(new JSDOM('').window as unknown as WindowLike);
    const seedStart = performance.now();
    resetDb({ scale });
    seedMs = Math.round(performance.now() - seedStart);
  }
  const get = (path: string, token: string) => request(send, 'GET', path, token);
  const login = async (email: string) =>
    (
      JSON.parse(await request(send, 'POST', '/api/auth/login', undefined, { email, password: 'demo' })) as {
        token: string;
      }
    ).token;
  // The data's "today": the fixed reference date in-process, the real day for the local API.
  const today = apiBase ? new Date().toISOString().slice(0, 10) : REFERENCE_DATE.slice(0, 10);
  const period = (days: number) => {
    const from = new Date(Date.parse(today) - (days - 1) * 86_400_000).toISOString().slice(0, 10);
    return `from=${from}&to=${today}`;
  };
  // Each case signs in afresh: the API allows 120 list calls a minute per token.
  const admin = 'admin@backoffice.test';
  const acme = 'recruiter@acme.test';
  const sales = 'sales@backoffice.test';

  const acmeOffer = (
    JSON.parse(
      await get(list('offers', { status: 'published' }, ['id', 'ASC'], [0, 0]), await login(acme)),
    ) as Array<{ id: number }>
  )[0];
  const cases: Array<[string, string, string]> = [
    ['list offers, admin, newest first', list('offers', {}, ['publishedAt', 'DESC'], [0, 24]), admin],
    ['list applications, recruiter', list('applications', {}, ['appliedAt', 'DESC'], [0, 24]), acme],
    [
      'filter offers: FR published freelance',
      list(
        'offers',
        { country: 'FR', status: 'published', contractType: 'freelance' },
        ['publishedAt', 'DESC'],
        [0, 24],
      ),
      admin,
    ],
    [
      'filter candidates: two skills in Paris',
      list(
        'candidates',
        { skills: ['React', 'TypeScript'], city: 'Paris' },
        ['lastActivityAt', 'DESC'],
        [0, 24],
      ),
      acme,
    ],
    ['full-text offers q=python', list('offers', { q: 'python' }, ['id', 'DESC'], [0, 24]), admin],
    ['list candidates, recruiter', list('candidates', {}, ['lastActivityAt', 'DESC'], [0, 24]), acme],
    [
      'pipeline column: interview stage',
      list('applications', { stage: 'interview' }, ['position', 'ASC'], [0, 24]),
      acme,
    ],
    ['full-text candidates q=java', list('candidates', { q: 'java' }, ['id', 'DESC'], [0, 24]), acme],
    ['stats kpis, 30 days', `/api/stats/kpis?${period(30)}`, sales],
    ['stats funnel, 1 year', `/api/stats/funnel?${period(365)}`, sales],
    ['stats offers per day, 90 days', `/api/stats/offers?${period(90)}`, sales],
    ['stats funnel, recruiter, 30 days', `/api/stats/funnel?${period(30)}`, acme],
    ['stats offer health, recruiter', `/api/stats/offer-health?${period(30)}`, acme],
    ['stats recruiter activity, 30 days', `/api/stats/recruiter?${period(30)}`, acme],
    ['matches for an offer, top 10', `/api/offers/${acmeOffer.id}/matches?range=${q([0, 9])}`, acme],
  ];
  const calls: CallFigures[] = [];
  for (const [name, path, email] of cases) {
    const token = await login(email);
    const warmStart = performance.now();
    const body = await get(path, token);
    const warmupMs = Math.round(performance.now() - warmStart);
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const start = performance.now();
      await get(path, token);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    calls.push({
      name,
      warmupMs,
      medianMs: percentile(times, 50),
      p95Ms: percentile(times, 95),
      bytes: body.length,
    });
  }
  const heapMb = apiBase ? undefined : Math.round(process.memoryUsage().heapUsed / 1e6);
  return { scale, via: apiBase ?? 'in-process', seedMs, heapMb, calls };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scale = (process.argv[2] ?? 'small') as Scale;
  console.log(JSON.stringify(await run(scale, 40, process.argv[3]), null, 2));
}
