import { describe, expect, it } from 'vitest';
import { generateDb } from '../../mocks/db/generate';
import { currentState } from '../../mocks/db/store';
import { REFERENCE_DATE } from '../../mocks/db/types';
import { dailyCounts } from '../../mocks/domain/usage/counters';
import { advanceClock, getState, limits, restoreDb } from '../../mocks/handlers';
import type { Offer, User } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { ACME, ACME_RECRUITER, GLOBEX_RECRUITER } from './fixtures';

/**
 * What one test leaves behind never reaches the next: the setup calls restoreDb() after each test,
 * which rebuilds the database only when the test may have changed it, and otherwise clears what a
 * sign-in or a read leaves (sessions, rate-limit counts, the clock, the user's lastLoginAt).
 */
const seeded = generateDb({ scale: 'small' });
const seededUser = (id: number) => seeded.users.find((u) => u.id === id) as User;
const userAsAdmin = async (id: number) =>
  (await call<User>('GET', `/api/users/${id}`, undefined, await login(DEMO.admin))).body;

describe('restoreDb between tests', () => {
  it('after sign-ins and reads: no session, no rate-limit count, the clock and lastLoginAt as seeded', async () => {
    const token = await login(DEMO.acme);
    expect((await userAsAdmin(ACME_RECRUITER)).lastLoginAt).not.toBe(seededUser(ACME_RECRUITER).lastLoginAt);
    limits.listCalls = 1;
    expect((await call('GET', `/api/offers${listQuery({ range: [0, 4] })}`, undefined, token)).status).toBe(
      200,
    );
    expect((await call('GET', '/api/offers', undefined, token)).status).toBe(429);
    advanceClock(40 * 86_400_000);
    for (let i = 0; i < 5; i += 1)
      await call('POST', '/api/auth/login', { email: DEMO.sales, password: 'nope' });
    restoreDb();

    expect((await call('GET', '/api/offers', undefined, token)).status).toBe(401);
    expect(limits.listCalls).toBeGreaterThan(1);
    expect((await call('POST', '/api/auth/login', { email: DEMO.sales, password: 'demo' })).status).toBe(200);
    expect((await userAsAdmin(ACME_RECRUITER)).lastLoginAt).toBe(seededUser(ACME_RECRUITER).lastLoginAt);
    // The clock is back at the reference date: a sign-in now is stamped with it, not 40 days later.
    await login(DEMO.globex);
    expect((await userAsAdmin(GLOBEX_RECRUITER)).lastLoginAt).toBe(REFERENCE_DATE);
  });

  it('keeps the same database after a test that only read, so the API’s indexes stay built', async () => {
    const before = currentState();
    const token = await login(DEMO.acme);
    await call('GET', `/api/offers${listQuery({ filter: { q: 'react' } })}`, undefined, token);
    restoreDb();
    expect(currentState()).toBe(before);
  });

  it('forgets what reads counted: usage counters, daily allowances and access trails', async () => {
    // The seed holds a month of usage history (the scraping watch's): the read must leave no trace on it.
    const digest = () => {
      const state = currentState();
      dailyCounts(state, ''); // a read writes the seeded weeks first (the seed leaves them for later)
      const { usage } = state;
      const asArrays = (_: string, value: unknown) =>
        value instanceof Map || value instanceof Set ? [...value] : value;
      return JSON.stringify(usage, asArrays);
    };
    const seeded = digest();
    const token = await login(DEMO.acme);
    expect(
      (await call('GET', `/api/candidates${listQuery({ range: [0, 9] })}`, undefined, token)).status,
    ).toBe(200);
    expect(digest()).not.toBe(seeded);
    restoreDb();
    expect(digest()).toBe(seeded);
  });

  it('undoes write requests, one that edits a record in place included', async () => {
    const token = await login(DEMO.acme);
    const [offer] = (
      await call<Offer[]>('GET', `/api/offers${listQuery({ range: [0, 0] })}`, undefined, token)
    ).body;
    const before = currentState();
    const saved = await call(
      'PUT',
      `/api/offers/${offer.id}`,
      { ...offer, title: 'Renamed by a test' },
      token,
    );
    expect(saved.status).toBe(200);
    restoreDb();
    expect(currentState()).not.toBe(before);
    const again = await login(DEMO.acme);
    expect((await call<Offer>('GET', `/api/offers/${offer.id}`, undefined, again)).body.title).toBe(
      offer.title,
    );
    // The remembered language is set on the user's row itself, with no table write.
    expect((await call('PATCH', '/api/auth/me', { locale: 'fr' }, again)).status).toBe(200);
    restoreDb();
    expect((await call('GET', '/api/auth/me', undefined, await login(DEMO.acme))).body.locale).toBeNull();
  });

  it('undoes what a read records: the audit entry of a personal-data export', async () => {
    const exportsAudited = async () => {
      const query = listQuery({ filter: { action: 'candidate.export' } });
      return (await call<unknown[]>('GET', `/api/audit-logs${query}`, undefined, await login(DEMO.support)))
        .body.length;
    };
    const before = await exportsAudited();
    const token = await login(DEMO.support);
    expect((await call('GET', '/api/candidates/1/export', undefined, token)).status).toBe(200);
    expect(await exportsAudited()).toBe(before + 1);
    restoreDb();
    expect(await exportsAudited()).toBe(before);
  });

  it('undoes an edit made in place through getState(), which no table listener sees', async () => {
    const offer = getState().tables.offers.rows.find((o) => o.companyId === ACME) as Offer;
    const title = offer.title;
    offer.title = 'Edited in place';
    restoreDb();
    const reread = await call<Offer>('GET', `/api/offers/${offer.id}`, undefined, await login(DEMO.acme));
    expect(reread.body.title).toBe(title);
  });
});
