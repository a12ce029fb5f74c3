import { describe, expect, it } from 'vitest';
import type { AccountHealthRow, AccountHealthStats } from '../../src/model/stats-types';
import { checkSchema } from '../contract/check-schema';
import { call, DEMO, listQuery, login, totalOf } from '../helpers/api';
import { STATS_COMPONENTS } from '../tools/openapi/openapi-stats';

// The body is the rows, or an error's {message} (the API's JSON either way).
const list = (query: Parameters<typeof listQuery>[0], token: string) =>
  call('GET', `/api/account-health${listQuery(query)}`, undefined, token);
const rowsOf = (response: { body: unknown }) => response.body as AccountHealthRow[];

describe('GET /api/account-health', () => {
  it('pages every scored account on the server, with the same scores as the statistic', async () => {
    const sales = await login(DEMO.sales);
    const stats = await call<AccountHealthStats>('GET', '/api/stats/account-health', undefined, sales);
    const first = await list({ sort: ['score', 'DESC'], range: [0, 9] }, sales);
    expect(first.status).toBe(200);
    expect(first.body).toHaveLength(10);
    expect(totalOf(first)).toBe(stats.body.scored);
    expect(first.headers.get('Content-Range')).toBe(`account-health 0-9/${stats.body.scored}`);
    // The statistic's best ten are the first page sorted by score.
    expect(rowsOf(first).map((row) => row.score)).toEqual(stats.body.top.map((row) => row.score));
    // As the OpenAPI document describes it.
    expect(checkSchema({ type: 'array', items: STATS_COMPONENTS.AccountHealthRow }, first.body)).toEqual([]);
    const second = await list({ sort: ['score', 'DESC'], range: [10, 19] }, sales);
    expect(second.body[0].score).toBeLessThanOrEqual(first.body[9].score);
    expect(rowsOf(second).map((row) => row.id)).not.toContain(first.body[9].id);
  });

  it('sorts by the change over 30 days and filters the accounts at risk of one market', async () => {
    const sales = await login(DEMO.sales);
    const falling = await list({ sort: ['change', 'ASC'], range: [0, 499] }, sales);
    const changes = rowsOf(falling).map((row) => row.change);
    expect(changes).toEqual([...changes].sort((a, b) => a - b));
    for (const row of rowsOf(falling)) expect(row.change).toBe(row.score - row.previousScore);

    const risky = await list({ filter: { atRisk: true, country: 'FR' }, range: [0, 499] }, sales);
    expect(risky.body.length).toBeGreaterThan(0);
    for (const row of rowsOf(risky)) {
      expect(row.country).toBe('FR');
      expect(row.reasons.length).toBeGreaterThan(0);
    }
    const stats = await call<AccountHealthStats>(
      'GET',
      '/api/stats/account-health?country=FR',
      undefined,
      sales,
    );
    expect(totalOf(risky)).toBe(stats.body.atRiskTotal);
  });

  it('finds an account by name and answers one company by id', async () => {
    const support = await login(DEMO.support);
    const found = await list({ filter: { q: 'acme' } }, support);
    expect(rowsOf(found).map((row) => row.name)).toEqual(['Acme Consulting']);
    const one = await call<AccountHealthRow>('GET', '/api/account-health/1', undefined, support);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(found.body[0]);
    expect(Object.values(one.body.points).reduce((a, b) => a + b, 0)).toBe(one.body.score);
  });

  it('refuses an unknown sort or filter field with a 400 naming it, and unknown companies with a 404', async () => {
    const sales = await login(DEMO.sales);
    const bySecret = await list({ sort: ['mrrCents', 'DESC'] }, sales);
    expect(bySecret.status).toBe(400);
    expect(bySecret.body.message).toMatch(/mrrCents/);
    const byPoints = await list({ sort: ['points', 'DESC'] }, sales);
    expect(byPoints.status).toBe(400);
    const byOwner = await list({ filter: { salesOwnerId: 3 } }, sales);
    expect(byOwner.status).toBe(400);
    expect(byOwner.body.message).toMatch(/salesOwnerId/);
    const proto = await list({ filter: { constructor: 1 } }, sales);
    expect(proto.status).toBe(400);
    expect((await call('GET', '/api/account-health/999999', undefined, sales)).status).toBe(404);
    expect((await call('GET', '/api/account-health/abc', undefined, sales)).status).toBe(404);
  });

  it('is for staff only: a recruiter gets 403 and keeps the session', async () => {
    const acme = await login(DEMO.acme);
    expect((await list({}, acme)).status).toBe(403);
    expect((await call('GET', '/api/account-health/1', undefined, acme)).status).toBe(403);
    expect((await call('GET', '/api/auth/me', undefined, acme)).status).toBe(200);
    expect((await call('GET', '/api/account-health')).status).toBe(401);
  });
});
