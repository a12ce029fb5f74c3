import { describe, expect, it } from 'vitest';
import { accessTrailOf } from '../../mocks/domain/candidates/access-trail';
import { advanceClock, getState, limits } from '../../mocks/handlers';
import type { Candidate, User } from '../../src/model/types';
import type { UsageReport } from '../../src/model/usage';
import { type ApiResponse, call, DEMO, listQuery, login } from '../helpers/api';
import { ACME, ACME_RECRUITER, applicantOf, strangerTo } from './fixtures';

/**
 * Scraping caps on every read path of the candidate database: 30 records a request for recruiters
 * (getMany included), every read counted per user and per company (not per token), a daily
 * allowance of database profiles, and the counters support reads.
 */
const DAY_MS = 86_400_000;

const get = (path: string, token: string) => call('GET', path, undefined, token);
const many = (ids: number[], token: string, range?: [number, number]) =>
  get(`/api/candidates${listQuery({ filter: { id: ids }, range })}`, token);
const maskedPage = (start: number, token: string) =>
  get(`/api/candidates${listQuery({ filter: { contactMasked: true }, range: [start, start + 29] })}`, token);

/** Database profiles masked for Acme, in id order. */
function maskedIds(count: number): number[] {
  const first = strangerTo(ACME);
  const state = getState();
  const linked = new Set<number>();
  for (const a of state.tables.applications.rows) if (a.companyId === ACME) linked.add(a.candidateId);
  for (const u of state.tables.candidateUnlocks.rows) if (u.companyId === ACME) linked.add(u.candidateId);
  return (state.tables.candidates.rows as Candidate[])
    .filter((c) => c.id >= first.id && !linked.has(c.id) && c.ownerCompanyId !== ACME)
    .slice(0, count)
    .map((c) => c.id);
}

/** An active recruiter of Acme other than the demo one. */
function acmeColleague(): User {
  return (getState().tables.users.rows as User[]).find(
    (u) => u.companyId === ACME && u.role === 'recruiter' && u.status === 'active' && u.id !== ACME_RECRUITER,
  ) as User;
}

const secondsToMidnight = () => {
  const now = getState().clock.now();
  return Math.ceil((Math.floor(now / DAY_MS + 1) * DAY_MS - now) / 1000);
};

const usage = async (query: string, token: string) =>
  (await get(`/api/usage?${query}`, token)) as ApiResponse<UsageReport>;

describe('the 30-row cap on every read path of the candidate database', () => {
  it('a getMany of more than 30 ids is refused, with or without range; staff keep the 500-row page', async () => {
    const recruiter = await login(DEMO.acme);
    const ids = maskedIds(31);
    for (const range of [undefined, [0, 29] as [number, number]]) {
      const refused = await many(ids, recruiter, range);
      expect(refused.status).toBe(400);
      expect(refused.body.message).toContain('id');
    }
    const page = await many(ids.slice(0, 30), recruiter);
    expect(page.status).toBe(200);
    expect(page.body).toHaveLength(30);
    // Repeating an id does not stretch the cap, nor count twice.
    expect((await many(Array(31).fill(ids[0]), recruiter)).status).toBe(400);
    expect((await many(Array(30).fill(ids[0]), recruiter)).body).toHaveLength(1);
    const admin = await login(DEMO.admin);
    const ids500 = Array.from({ length: 501 }, (_, i) => i + 1);
    expect((await many(ids500.slice(0, 500), admin)).status).toBe(200);
    expect((await many(ids500, admin)).status).toBe(400);
  });

  it('each getMany and each single read counts against the per-minute quota', async () => {
    limits.listCalls = 3;
    const recruiter = await login(DEMO.acme);
    const [a, b] = maskedIds(2);
    expect((await many([a], recruiter)).status).toBe(200);
    expect((await get(`/api/candidates/${a}`, recruiter)).status).toBe(200);
    expect((await get(`/api/candidates/${b}`, recruiter)).status).toBe(200);
    // Once refused, a single read is refused too: no loop of reads around the quota.
    for (const path of [`/api/candidates/${a}`, `/api/candidates${listQuery({ filter: { id: [a] } })}`]) {
      const refused = await get(path, recruiter);
      expect(refused.status, path).toBe(429);
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    }
  });
});

describe('every read path counts toward the daily allowance', () => {
  it('the ranking of candidates for an offer and the CSV export are counted', async () => {
    limits.dailyProfiles = 1;
    const recruiter = await login(DEMO.acme);
    const offer = getState().tables.offers.rows.find((o) => o.companyId === ACME && o.status === 'published');
    const ranked = await get(`/api/offers/${offer?.id}/matches?range=[0,9]`, recruiter);
    expect(ranked.status).toBe(429);
    expect(Number(ranked.headers.get('Retry-After'))).toBe(secondsToMidnight());
    const exported = await get('/api/exports/candidates', recruiter);
    expect(exported.status).toBe(200);
    const support = await login(DEMO.support);
    const report = (await usage(`userId=${ACME_RECRUITER}`, support)).body;
    expect(report.totals.refused).toBe(1);
    expect(report.totals.exports).toBe(Number(exported.headers.get('X-Total-Count')));
  });

  it("a write to a database profile shows it (a 409's current, the saved record): counted like a read", async () => {
    limits.dailyProfiles = 3;
    const recruiter = await login(DEMO.acme);
    const ids = maskedIds(4);
    for (const id of ids.slice(0, 3)) {
      const stale = await call('PATCH', `/api/candidates/${id}`, { version: 0 }, recruiter);
      expect(stale.status).toBe(409);
      expect(stale.body.current.contactMasked).toBe(true);
    }
    const refused = await call('PATCH', `/api/candidates/${ids[3]}`, { version: 0 }, recruiter);
    expect(refused.status).toBe(429);
    expect(refused.body.current).toBeUndefined();
    const support = await login(DEMO.support);
    // Today's use of the allowance (the seed's history fills the days before).
    expect((await usage(`userId=${ACME_RECRUITER}`, support)).body.today.newProfiles).toBe(3);
  });

  it('writes to profiles count against the per-minute quota too', async () => {
    limits.listCalls = 2;
    const recruiter = await login(DEMO.acme);
    const [id] = maskedIds(1);
    for (let i = 0; i < 2; i += 1)
      expect((await call('PATCH', `/api/candidates/${id}`, { version: 0 }, recruiter)).status).toBe(409);
    expect((await call('PATCH', `/api/candidates/${id}`, { version: 0 }, recruiter)).status).toBe(429);
  });
});

describe('quotas per user and per company, not per token', () => {
  it('signing in again gets no new quota; another user is not affected', async () => {
    limits.listCalls = 3;
    const first = await login(DEMO.acme);
    for (let i = 0; i < 3; i += 1) expect((await get('/api/offers', first)).status).toBe(200);
    expect((await get('/api/offers', first)).status).toBe(429);
    const again = await login(DEMO.acme);
    const refused = await get('/api/offers', again);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await get('/api/offers', await login(DEMO.globex))).status).toBe(200);
  });

  it("a company's recruiters share the company's per-minute quota", async () => {
    limits.companyListCalls = 4;
    const demo = await login(DEMO.acme);
    const colleague = await login(acmeColleague().email);
    for (let i = 0; i < 3; i += 1) expect((await get('/api/offers', demo)).status).toBe(200);
    expect((await get('/api/offers', colleague)).status).toBe(200);
    const refused = await get('/api/offers', colleague);
    expect(refused.status).toBe(429);
    expect(refused.body.message).toMatch(/company/i);
    expect((await get('/api/offers', await login(DEMO.globex))).status).toBe(200);
  });

  it('a daily allowance of database profiles per user: 429 until midnight UTC, even after a new login', async () => {
    limits.dailyProfiles = 30;
    const recruiter = await login(DEMO.acme);
    const first = await maskedPage(0, recruiter);
    expect(first.status).toBe(200);
    const refused = await maskedPage(30, recruiter);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBe(secondsToMidnight());
    expect(refused.body.message).toContain('30');
    // Every read path: a single masked profile not served yet today is refused too...
    const unseen = maskedIds(200).find((id) => !first.body.some((c: Candidate) => c.id === id)) as number;
    expect((await get(`/api/candidates/${unseen}`, await login(DEMO.acme))).status).toBe(429);
    // ...but a profile already served today, or one the company reads in full, is not a new one.
    expect((await get(`/api/candidates/${first.body[0].id}`, recruiter)).status).toBe(200);
    expect((await get(`/api/candidates/${applicantOf(ACME).id}`, recruiter)).status).toBe(200);
    // Another recruiter of the company has an allowance of their own; a new day renews it.
    expect((await maskedPage(30, await login(acmeColleague().email))).status).toBe(200);
    advanceClock(secondsToMidnight() * 1000);
    expect((await maskedPage(30, await login(DEMO.acme))).status).toBe(200);
  });

  it("a company's recruiters share the company's daily allowance", async () => {
    limits.dailyProfiles = 1_000;
    limits.companyDailyProfiles = 50;
    expect((await maskedPage(0, await login(DEMO.acme))).status).toBe(200);
    const refused = await maskedPage(30, await login(acmeColleague().email));
    expect(refused.status).toBe(429);
    expect(refused.body.message).toMatch(/company/i);
    expect(Number(refused.headers.get('Retry-After'))).toBe(secondsToMidnight());
  });
});

describe('GET /usage: the counters, for support and admin', () => {
  it('counts each read path per hour for the user and their company, refusals included', async () => {
    limits.dailyProfiles = 45;
    const recruiter = await login(DEMO.acme);
    // The seed holds weeks of history: compare with what the company had read before.
    const before = (await usage(`companyId=${ACME}`, await login(DEMO.support))).body.totals;
    const ids = maskedIds(10);
    await maskedPage(30, recruiter); // 30 rows, from row 30
    await many(ids.slice(0, 5), recruiter); // 5 views
    await get(`/api/candidates/${ids[9]}`, recruiter); // 1 view
    await get(`/api/candidates/${applicantOf(ACME).id}`, recruiter); // 1 view, in full
    expect((await maskedPage(60, recruiter)).status).toBe(429);
    const support = await login(DEMO.support);
    const hourly = await usage(`userId=${ACME_RECRUITER}&granularity=hour`, support);
    expect(hourly.status).toBe(200);
    expect(hourly.body.buckets).toHaveLength(24);
    const hour = new Date(Math.floor(getState().clock.now() / 3_600_000) * 3_600_000).toISOString();
    const now = hourly.body.buckets.find((b) => b.at === hour);
    expect(now).toMatchObject({
      searchCalls: 1,
      rowsServed: 30,
      deepestRow: 30,
      profileViews: 7,
      refused: 1,
    });
    expect(now?.newProfiles).toBe(hourly.body.today.newProfiles);
    expect(hourly.body.today.remaining).toBe(45 - hourly.body.today.newProfiles);
    const company = await usage(`companyId=${ACME}`, support);
    expect(company.body.buckets).toHaveLength(7);
    expect(company.body.totals).toMatchObject({
      searchCalls: before.searchCalls + 1,
      profileViews: before.profileViews + 7,
      refused: before.refused + 1,
    });
    expect(company.body.limits.newProfilesPerDay).toBe(limits.companyDailyProfiles);
  });

  it('counts unlocks and exports, and keeps who viewed, unlocked or exported a profile', async () => {
    const recruiter = await login(DEMO.acme);
    const before = (await usage(`userId=${ACME_RECRUITER}`, await login(DEMO.support))).body.totals;
    const [viewed] = maskedIds(1);
    await get(`/api/candidates/${viewed}`, recruiter);
    await get(`/api/candidates/${viewed}`, recruiter);
    expect((await call('POST', `/api/candidates/${viewed}/unlock`, {}, recruiter)).status).toBe(200);
    const support = await login(DEMO.support);
    expect((await get(`/api/candidates/${viewed}/export`, support)).status).toBe(200);
    const trail = accessTrailOf(getState(), viewed);
    // (The test clock stands still: all three share one instant.)
    expect(trail.map((e) => [e.action, e.userId, e.companyId, e.count, e.at])).toEqual(
      expect.arrayContaining([
        ['view', ACME_RECRUITER, ACME, 2, expect.any(String)],
        ['unlock', ACME_RECRUITER, ACME, 1, expect.any(String)],
        ['export', 2, null, 1, expect.any(String)],
      ]),
    );
    expect(trail).toHaveLength(3);
    const report = await usage(`userId=${ACME_RECRUITER}`, support);
    expect(report.body.totals).toMatchObject({
      profileViews: before.profileViews + 2,
      unlocks: before.unlocks + 1,
    });
    expect((await usage('userId=2', support)).body.totals.exports).toBe(1); // staff: no history
  });

  it('is refused to recruiters and sales, and answers 400 naming the parameter for bad input', async () => {
    for (const who of [DEMO.acme, DEMO.sales])
      expect((await usage(`userId=${ACME_RECRUITER}`, await login(who))).status).toBe(403);
    const admin = await login(DEMO.admin);
    for (const [query, param] of [
      ['', 'userId'],
      [`userId=${ACME_RECRUITER}&companyId=${ACME}`, 'userId'],
      ['userId=abc', 'userId'],
      [`userId=${ACME_RECRUITER}&granularity=week`, 'granularity'],
      [`userId=${ACME_RECRUITER}&from=2026-02-30`, 'from'],
      [`userId=${ACME_RECRUITER}&granularity=hour&from=2026-01-01&to=2026-03-01`, 'to'],
      [`userId=${ACME_RECRUITER}&since=2026-01-01`, 'since'],
    ]) {
      const refused = await usage(query, admin);
      expect(refused.status, query).toBe(400);
      expect((refused.body as unknown as { message: string }).message, query).toContain(param);
    }
    expect((await usage('userId=999999', admin)).status).toBe(404);
  });
});
