import type { WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { getResponse } from 'msw';
import type { Scale } from '../../mocks/db/types';
import { setSanitizerWindow } from '../../mocks/domain/sanitize';
import { handlers, resetDb } from '../../mocks/handlers';

/**
 * The reference API's own speed, in-process (no HTTP), through the same MSW handlers the app uses:
 * median and p95 of list, filter, full-text, stats and matches calls, at a given scale. The first
 * call of each kind is a warm-up (indexes and caches are built lazily) and is reported apart.
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
  seedMs: number;
  heapMb: number;
  calls: CallFigures[];
}

const ORIGIN = 'http://bench.local';

async function request(method: string, path: string, token?: string, body?: unknown) {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await getResponse(
    handlers,
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

export async function run(scale: Scale, repeats = 15): Promise<ApiFigures> {
  setSanitizerWindow(new JSDOM('').window as unknown as WindowLike);
  const seedStart = performance.now();
  resetDb({ scale });
  const seedMs = Math.round(performance.now() - seedStart);
  const login = async (email: string) =>
    (
      JSON.parse(await request('POST', '/api/auth/login', undefined, { email, password: 'demo' })) as {
        token: string;
      }
    ).token;
  const admin = await login('admin@backoffice.test');
  const acme = await login('recruiter@acme.test');
  const sales = await login('sales@backoffice.test');

  const acmeOffer = (
    JSON.parse(
      await request('GET', list('offers', { status: 'published' }, ['id', 'ASC'], [0, 0]), acme),
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
    ['stats kpis, 30 days', '/api/stats/kpis', sales],
    ['stats funnel, 1 year', '/api/stats/funnel?from=2025-11-02&to=2026-11-01', sales],
    ['stats offers per day, 90 days', '/api/stats/offers?from=2026-08-04&to=2026-11-01', sales],
    ['matches for an offer, top 10', `/api/offers/${acmeOffer.id}/matches?range=${q([0, 9])}`, acme],
  ];
  const calls: CallFigures[] = [];
  for (const [name, path, token] of cases) {
    const warmStart = performance.now();
    const body = await request('GET', path, token);
    const warmupMs = Math.round(performance.now() - warmStart);
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const start = performance.now();
      await request('GET', path, token);
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
  return { scale, seedMs, heapMb: Math.round(process.memoryUsage().heapUsed / 1e6), calls };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scale = (process.argv[2] ?? 'small') as Scale;
  console.log(JSON.stringify(await run(scale), null, 2));
}
