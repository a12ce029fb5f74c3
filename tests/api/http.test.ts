import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { getState, limits, onWrite, replayWrite, resetDb, type WriteEntry } from '../../mocks/handlers';
import { call, DEMO, login } from '../helpers/api';
import { ACME, offersOf } from './fixtures';

/** What the route wrapper adds to every route: headers, errors, rate limits, the write journal hook. */
describe('every response', () => {
  it('carries Cache-Control: no-store, success or error', async () => {
    const token = await login(DEMO.acme);
    const draft = offersOf(ACME, 'draft')[0];
    const responses = [
      await call('POST', '/api/auth/login', { email: DEMO.acme, password: 'demo' }),
      await call('POST', '/api/auth/login', { email: DEMO.acme, password: 'wrong' }),
      await call('GET', '/api/offers', undefined, token),
      await call('GET', '/api/offers?range=[5,1]', undefined, token),
      await call('GET', '/api/offers/999999', undefined, token),
      await call('GET', '/api/offers', undefined, 'forged'),
      await call('POST', '/api/audit-logs', { action: 'x' }, token),
      await call('PATCH', `/api/offers/${draft.id}`, { title: 'Stale write', version: 0 }, token),
      await call('POST', '/api/offers', { title: 'x' }, token),
      await call('POST', '/api/auth/logout', undefined, token),
      await call('GET', '/api/nothing/here/at/all', undefined, token),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 401, 200, 400, 404, 401, 405, 409, 422, 204, 404]);
    for (const response of responses) expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  it('audit-logs and credit-ledger refuse every write with 405, even for admins', async () => {
    const token = await login(DEMO.admin);
    for (const resource of ['audit-logs', 'credit-ledger']) {
      expect((await call('POST', `/api/${resource}`, {}, token)).status).toBe(405);
      expect((await call('PUT', `/api/${resource}/1`, { version: 1 }, token)).status).toBe(405);
      expect((await call('DELETE', `/api/${resource}/1`, undefined, token)).status).toBe(405);
    }
  });
});

describe('rate limit on list calls', () => {
  it('answers 429 with Retry-After beyond the per-user quota, whatever the token', async () => {
    limits.listCalls = 3;
    const token = await login(DEMO.acme);
    for (let i = 0; i < 3; i += 1)
      expect((await call('GET', '/api/offers', undefined, token)).status).toBe(200);
    const refused = await call('GET', '/api/offers', undefined, token);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await call('GET', '/api/offers/1', undefined, await login(DEMO.admin))).status).toBe(200);
    expect((await call('GET', '/api/offers', undefined, await login(DEMO.acme))).status).toBe(429);
  });

  it('resetDb restores the default limits', () => {
    limits.listCalls = 1;
    resetDb();
    expect(limits.listCalls).toBe(120);
  });
});

describe('bad input never causes a 500', () => {
  it('fuzzed list parameters answer 200 or 400', async () => {
    const token = await login(DEMO.admin);
    const param = fc.oneof(
      fc.string(),
      fc.json(),
      fc.constantFrom('[0,9]', '["id","ASC"]', '{"q":"é"}', '{"id":[1,"a"]}'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('offers', 'candidates', 'users'),
        param,
        param,
        param,
        async (res, filter, sort, range) => {
          const query = new URLSearchParams({ filter, sort, range });
          const response = await call('GET', `/api/${res}?${query}`, undefined, token);
          expect([200, 400]).toContain(response.status);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('fuzzed write bodies answer 2xx, 400, 403 or 422 and a refused write changes nothing', async () => {
    const token = await login(DEMO.acme);
    const draft = offersOf(ACME, 'draft')[0];
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.constant(null),
      fc.boolean(),
      fc.array(fc.string()),
      fc.object(),
    );
    const field = fc.constantFrom(
      'title',
      'salaryMin',
      'skills',
      'status',
      'expiresAt',
      'description',
      'contractType',
      'city',
      'unknown',
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(field, value), async (body) => {
        const before = structuredClone(getState().tables.offers.get(draft.id));
        const response = await call(
          'PATCH',
          `/api/offers/${draft.id}`,
          { ...body, version: before?.version },
          token,
        );
        expect([200, 400, 403, 422]).toContain(response.status);
        if (response.status !== 200) expect(getState().tables.offers.get(draft.id)).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the demo journal hook', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('onWrite reports successful writes with user, path and clock time, not reads or refusals', async () => {
    const entries: WriteEntry[] = [];
    stop = onWrite((entry) => entries.push(entry));
    const token = await login(DEMO.acme);
    const draft = offersOf(ACME, 'draft')[0];
    await call('GET', '/api/offers', undefined, token);
    await call('PATCH', `/api/offers/${draft.id}?x=1`, { city: 'Rennes', version: draft.version }, token);
    await call('PATCH', `/api/offers/${draft.id}`, { city: 'Brest', version: 0 }, token);
    expect(entries).toEqual([
      {
        method: 'PATCH',
        path: `/api/offers/${draft.id}?x=1`,
        body: { city: 'Rennes', version: 1 },
        userId: 11,
        at: getState().clock.now(),
      },
    ]);
  });

  it('replayWrite re-applies recorded writes over a fresh seed: same ids, same records', async () => {
    const entries: WriteEntry[] = [];
    stop = onWrite((entry) => entries.push(entry));
    const token = await login(DEMO.acme);
    const created = await call(
      'POST',
      '/api/tasks',
      { title: 'Call the candidate', dueAt: '2026-11-20T09:00:00.000Z' },
      token,
    );
    await call('PATCH', `/api/tasks/${created.body.id}`, { done: true, version: 1 }, token);
    const saved = structuredClone(getState().tables.tasks.get(created.body.id));
    resetDb();
    expect(getState().tables.tasks.get(created.body.id)).toBeUndefined();
    expect(entries.map((entry) => replayWrite(entry))).toEqual([true, true]);
    expect(getState().tables.tasks.get(created.body.id)).toEqual(saved);
  });

  it('replayWrite answers false for a write the API refuses, or an unknown user', () => {
    expect(
      replayWrite({ method: 'DELETE', path: '/api/audit-logs/1', body: undefined, userId: 1, at: 0 }),
    ).toBe(false);
    expect(replayWrite({ method: 'POST', path: '/api/tasks', body: {}, userId: 99999, at: 0 })).toBe(false);
  });
});

describe('the journal keeps the language choice', () => {
  it('PATCH /auth/me is reported and replays as that user; login and logout are not reported', async () => {
    const entries: WriteEntry[] = [];
    const stop = onWrite((entry) => entries.push(entry));
    const token = await login(DEMO.sales);
    await call('PATCH', '/api/auth/me', { locale: 'en' }, token);
    await call('POST', '/api/auth/logout', undefined, token);
    stop();
    expect(entries.map((e) => `${e.method} ${e.path}`)).toEqual(['PATCH /api/auth/me']);
    resetDb();
    expect(replayWrite(entries[0])).toBe(true);
    expect(getState().tables.users.get(3)?.locale).toBe('en');
  });
});
