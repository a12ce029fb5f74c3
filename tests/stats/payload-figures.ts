import type { WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';
import { getResponse } from 'msw';
import { REFERENCE_DATE, type Scale } from '../../mocks/db/types';
import { setSanitizerWindow } from '../../mocks/domain/records/sanitize';
import { handlers, resetDb } from '../../mocks/handlers';
import type { StatsName } from '../../src/model/stats-types';

/**
 * What the dashboards cost at a scale: JSON bytes and time of each stats endpoint through the mock's
 * own handlers (auth, scoping, serialisation included), and the bytes each role's dashboard loads
 * when it opens. The large scale needs ~1 GB, so the payload test and the benchmark run this in a
 * process of its own: `node --import tsx tests/stats/payload-figures.ts large [repeats]` prints JSON.
 */
export interface EndpointFigures {
  name: string;
  /** Bytes of the JSON body. */
  bytes: number;
  /** The first call builds the column caches; later calls reuse them. */
  firstMs: number;
  medianMs: number;
}

export type DashboardRole = 'sales' | 'recruiter' | 'support';

export interface PayloadFigures {
  scale: Scale;
  rows: { offers: number; applications: number; candidates: number; companies: number };
  seedMs: number;
  /** Each endpoint over the dashboard's default period (30 days) and over a year. */
  endpoints: EndpointFigures[];
  /** Bytes of all the stats a dashboard requests on opening (default period). */
  dashboards: Record<DashboardRole, number>;
}

const ORIGIN = 'http://figures.local';
const DAY = 86_400_000;
const today = Date.parse(REFERENCE_DATE.slice(0, 10));
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const PERIODS = {
  '30 days': `from=${day(today - 29 * DAY)}&to=${day(today)}`,
  year: `from=${day(today - 364 * DAY)}&to=${day(today)}`,
};

/** What each dashboard requests when it opens (src/dashboard/*Dashboard.tsx), and as whom. */
export const DASHBOARD_STATS: Record<DashboardRole, StatsName[]> = {
  sales: ['kpis', 'offers', 'funnel', 'time-to-hire', 'sources', 'accounts', 'account-health', 'boards'],
  recruiter: ['kpis', 'funnel', 'recruiter', 'offer-health'],
  support: ['support'],
};
const ACCOUNTS: Record<DashboardRole, string> = {
  sales: 'sales@backoffice.test',
  recruiter: 'recruiter@acme.test',
  support: 'support@backoffice.test',
};

async function get(path: string, token: string): Promise<string> {
  const request = new Request(`${ORIGIN}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  const response = await getResponse(handlers, request);
  const text = (await response?.text()) ?? '';
  if (response?.status !== 200) throw new Error(`GET ${path} → ${response?.status} ${text.slice(0, 200)}`);
  return text;
}

async function login(email: string): Promise<string> {
  const request = new Request(`${ORIGIN}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo' }),
  });
  const response = await getResponse(handlers, request);
  if (response?.status !== 200) throw new Error(`login ${email} → ${response?.status}`);
  return ((await response.json()) as { token: string }).token;
}

async function timed(path: string, token: string, repeats: number) {
  let start = performance.now();
  const body = await get(path, token);
  const firstMs = performance.now() - start;
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    start = performance.now();
    await get(path, token);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    bytes: body.length,
    firstMs: round(firstMs),
    medianMs: round(times[times.length >> 1] ?? firstMs),
  };
}

export async function measurePayloads(scale: Scale, repeats = 0): Promise<PayloadFigures> {
  setSanitizerWindow(new JSDOM('').window as unknown as WindowLike);
  const seedStart = performance.now();
  const state = resetDb({ scale });
  const seedMs = Math.round(performance.now() - seedStart);
  const tokens = {
    sales: await login(ACCOUNTS.sales),
    recruiter: await login(ACCOUNTS.recruiter),
    support: await login(ACCOUNTS.support),
  };
  const endpoints: EndpointFigures[] = [];
  const dashboards: Record<DashboardRole, number> = { sales: 0, recruiter: 0, support: 0 };
  for (const role of ['sales', 'recruiter', 'support'] as const) {
    for (const name of DASHBOARD_STATS[role]) {
      for (const [period, query] of Object.entries(PERIODS)) {
        const figures = await timed(`/api/stats/${name}?${query}`, tokens[role], repeats);
        endpoints.push({ name: `${name}, ${period} (${role})`, ...figures });
        if (period === '30 days') dashboards[role] += figures.bytes;
      }
    }
  }
  const t = state.tables;
  const rows = {
    offers: t.offers.rows.length,
    applications: t.applications.rows.length,
    candidates: t.candidates.rows.length,
    companies: t.companies.rows.length,
  };
  return { scale, rows, seedMs, endpoints, dashboards };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await measurePayloads((process.argv[2] ?? 'small') as Scale, Number(process.argv[3] ?? 0));
  console.log(JSON.stringify(figures));
}
