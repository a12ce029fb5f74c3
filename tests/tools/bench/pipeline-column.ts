import { performance } from 'node:perf_hooks';
import type { Application, Company, Stage, User } from '../../../src/model/types';
import { type BenchClient, client, quantile } from './http-client';

/**
 * Issue 5's "a column of 2,000 applications stays smooth", measured over HTTP on the local API at
 * the `large` scale. No fixture: the biggest customer's "rejected" lane is such a column (about
 * 2,400 cards). As its recruiter: the first page (what opening the lane costs), a page at the very
 * end (what the 80th "load more" costs: deep offsets must not degrade), a whole scroll to the
 * bottom page by page, and a move from the bottom to the top and back (the API re-indexes the
 * whole column in the one call) followed by the refetch of the first page the board does.
 */
export interface LargeColumnFigures {
  companyId: number;
  /** The company's recruiter the figures were taken as. */
  email: string;
  stage: Stage;
  cards: number;
  firstPageMedianMs: number;
  firstPageP95Ms: number;
  lastPageMedianMs: number;
  lastPageP95Ms: number;
  scrollToEnd: { pages: number; totalMs: number; perPageMedianMs: number; perPageP95Ms: number };
  reorderSettleMedianMs: number;
  reorderSettleP95Ms: number;
}

const PAGE = 25;
const STAGE: Stage = 'rejected';
const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const rows = (stage: Stage, [start, end]: [number, number], companyId?: number) =>
  `/applications?filter=${q({ stage, ...(companyId ? { companyId } : {}) })}&sort=${q(['position', 'ASC'])}&range=${q([start, end])}`;
const page = (stage: Stage, start: number) => rows(stage, [start, start + PAGE - 1]);

/** The list API allows 120 calls a minute per session: a fresh session for each phase. */
async function session(base: string, email: string): Promise<BenchClient> {
  return client(base, email);
}

/** The enterprise customer with the longest "rejected" lane (plans drive volume in the seed). */
async function biggestColumn(base: string): Promise<{ companyId: number; total: number }> {
  let admin = await session(base, 'admin@backoffice.test');
  const companies = (
    await admin.get<Company[]>(
      `/companies?filter=${q({ plan: 'enterprise' })}&sort=${q(['id', 'ASC'])}&range=[0,499]`,
    )
  ).body;
  let best = { companyId: 0, total: 0 };
  for (const [i, company] of companies.entries()) {
    if (i > 0 && i % 100 === 0) admin = await session(base, 'admin@backoffice.test');
    const { total } = await admin.get<Application[]>(rows(STAGE, [0, 0], company.id));
    if (total > best.total) best = { companyId: company.id, total };
  }
  return best;
}

async function recruiterOf(base: string, companyId: number): Promise<string> {
  const admin = await session(base, 'admin@backoffice.test');
  const filter = q({ companyId, role: 'recruiter', status: 'active' });
  const [user] = (await admin.get<User[]>(`/users?filter=${filter}&range=[0,0]`)).body;
  return user.email;
}

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await run();
  return [performance.now() - started, result];
}

export async function benchLargeColumn(base: string, runs = 10): Promise<LargeColumnFigures> {
  const { companyId, total } = await biggestColumn(base);
  const email = await recruiterOf(base, companyId);
  let api = await session(base, email);
  const first: number[] = [];
  const last: number[] = [];
  for (let i = 0; i < runs; i++) {
    first.push((await timed(() => api.get(page(STAGE, 0))))[0]);
    last.push((await timed(() => api.get(page(STAGE, total - PAGE))))[0]);
  }

  api = await session(base, email);
  const perPage: number[] = [];
  const [scrollMs] = await timed(async () => {
    for (let start = 0; start < total; start += PAGE)
      perPage.push((await timed(() => api.get(page(STAGE, start))))[0]);
  });

  api = await session(base, email);
  const settle: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Bottom to top, then top to bottom: the column keeps its size and order between runs.
    const from = i % 2 === 0 ? total - 1 : 0;
    const [card] = (await api.get<Application[]>(rows(STAGE, [from, from]))).body;
    const [ms] = await timed(async () => {
      await api.post(`/applications/${card.id}/move`, {
        stage: STAGE,
        position: i % 2 === 0 ? 0 : total - 1,
        version: card.version,
      });
      await api.get(page(STAGE, 0));
    });
    settle.push(ms);
  }
  return {
    companyId,
    email,
    stage: STAGE,
    cards: total,
    firstPageMedianMs: quantile(first, 0.5),
    firstPageP95Ms: quantile(first, 0.95),
    lastPageMedianMs: quantile(last, 0.5),
    lastPageP95Ms: quantile(last, 0.95),
    scrollToEnd: {
      pages: perPage.length,
      totalMs: Math.round(scrollMs),
      perPageMedianMs: quantile(perPage, 0.5),
      perPageP95Ms: quantile(perPage, 0.95),
    },
    reorderSettleMedianMs: quantile(settle, 0.5),
    reorderSettleP95Ms: quantile(settle, 0.95),
  };
}
