import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { STATS_NAMES, type StatsName } from '../../src/model/stats-types';
import { call, DEMO, login } from '../helpers/api';

const stats = (name: string, query: string, token?: string) =>
  call('GET', `/api/stats/${name}${query}`, undefined, token);

describe('GET /api/stats/{name}', () => {
  it('answers every statistic to an admin, uncached, echoing the default 30-day range', async () => {
    const token = await login(DEMO.admin);
    for (const name of STATS_NAMES) {
      const needsCompany: StatsName[] = ['offer-health', 'recruiter'];
      const response = await stats(name, needsCompany.includes(name) ? '?companyId=1' : '', token);
      expect([name, response.status]).toEqual([name, 200]);
      expect(response.headers.get('Cache-Control')).toBe('no-store');
      expect(response.body.range).toMatchObject({ days: 30, to: '2026-11-02', from: '2026-10-04' });
    }
  });

  it('asks for a token', async () => {
    expect((await stats('offers', '')).status).toBe(401);
  });

  it.each([
    ['offers', '?from=2026-13-01', 'from'],
    ['offers', '?from=2026-10-10&to=2026-10-01', 'from'],
    ['funnel', '?from=2020-01-01&to=2026-10-01', 'to'],
    ['kpis', '?country=US', 'country'],
    ['sources', '?companyId=x', 'companyId'],
  ])('refuses %s%s with a 400 naming %s', async (name, query, param) => {
    const response = await stats(name, query, await login(DEMO.sales));
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(new RegExp(`^${param}:`));
  });

  it('answers an unknown statistic with a 404 naming it: there is no such route', async () => {
    const response = await stats('pipeline-value', '', await login(DEMO.sales));
    expect(response.status).toBe(404);
    expect(response.body.message).toMatch(/^name:/);
  });

  it('scopes a recruiter to their company: another companyId narrows nothing and widens nothing', async () => {
    const acme = await login(DEMO.acme);
    const admin = await login(DEMO.admin);
    const own = await stats('funnel', '?from=2026-01-01&to=2026-11-02', acme);
    const asked = await stats('funnel', '?from=2026-01-01&to=2026-11-02&companyId=2', acme);
    const company1 = await stats('funnel', '?from=2026-01-01&to=2026-11-02&companyId=1', admin);
    const everyone = await stats('funnel', '?from=2026-01-01&to=2026-11-02', admin);
    expect(asked.body).toEqual(own.body);
    expect(own.body.stages).toEqual(company1.body.stages);
    expect(own.body.range.companyId).toBe(1);
    expect(own.body.total).toBeGreaterThan(0);
    expect(everyone.body.total).toBeGreaterThan(own.body.total);
  });

  it("counts the funnel cohort's rejections by reason, adding up to its rejected exits", async () => {
    const acme = await login(DEMO.acme);
    const { body } = await stats('funnel', '?from=2025-01-01&to=2026-11-02', acme);
    const counts = Object.values(body.rejections as Record<string, number>);
    expect(Object.keys(body.rejections).sort()).toEqual([
      'experience',
      'location',
      'other',
      'position_filled',
      'profile',
      'salary',
      'technical_test',
      'unreachable',
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(body.exits.rejected);
    expect(body.exits.rejected).toBeGreaterThan(0);
    expect(body.rejections.salary).toBeGreaterThan(0);
  });

  it('keeps account analytics from recruiters and the recruiter dashboard from sales', async () => {
    const acme = await login(DEMO.acme);
    const sales = await login(DEMO.sales);
    expect((await stats('accounts', '', acme)).status).toBe(403);
    expect((await stats('account-health', '', acme)).status).toBe(403);
    expect((await stats('support', '', sales)).status).toBe(403);
    expect((await stats('recruiter', '?companyId=1', sales)).status).toBe(403);
    expect((await stats('accounts', '', sales)).status).toBe(200);
    // A 403 does not end the session.
    expect((await call('GET', '/api/auth/me', undefined, acme)).status).toBe(200);
  });

  it('answers 404 for an unknown company and 400 when a one-company statistic lacks it', async () => {
    const sales = await login(DEMO.sales);
    expect((await stats('offers', '?companyId=999999', sales)).status).toBe(404);
    expect((await stats('offer-health', '', sales)).status).toBe(400);
  });

  it("never carries candidates' personal data", async () => {
    const admin = await login(DEMO.admin);
    const candidate = getState().tables.candidates.rows[0];
    for (const name of STATS_NAMES) {
      const response = await stats(
        name,
        name === 'offer-health' || name === 'recruiter' ? '?companyId=1' : '',
        admin,
      );
      const text = JSON.stringify(response.body);
      expect(text).not.toContain(candidate.email);
      expect(text).not.toContain('"email":');
      expect(text).not.toContain('"phone":');
    }
  });

  it('follows writes: a newly published offer shows in today’s bucket', async () => {
    const admin = await login(DEMO.admin);
    const before = await stats('offers', '?companyId=1', admin);
    const now = new Date(getState().clock.now()).toISOString();
    const offers = getState().tables.offers;
    offers.insert({ ...offers.rows[0], id: undefined, companyId: 1, publishedAt: now, status: 'published' });
    const after = await stats('offers', '?companyId=1', admin);
    expect(after.body.totals.published).toBe(before.body.totals.published + 1);
    expect(after.body.buckets.at(-1).published).toBe(before.body.buckets.at(-1).published + 1);
  });
});
