import { describe, expect, it } from 'vitest';
import { advanceClock, getState, limits } from '../../mocks/handlers';
import { CLIENT_ADDRESS_HEADER } from '../../mocks/handlers/http';
import type { User } from '../../src/model/types';
import { type ApiResponse, call, DEMO, login } from '../helpers/api';

/** Login, sessions and their end: opaque tokens, expiry on the mock clock, lock-out after failures. */
describe('login', () => {
  it('answers a token and the user summary', async () => {
    const response = await call('POST', '/api/auth/login', { email: DEMO.acme, password: 'demo' });
    expect(response.status).toBe(200);
    expect(response.body.token).toMatch(/^[0-9a-f]{32,}$/);
    expect(response.body.user).toEqual({
      id: 11,
      fullName: expect.any(String),
      role: 'recruiter',
      companyId: 1,
      locale: null,
    });
  });

  it('accepts the email in any case, and two logins get different tokens', async () => {
    const a = await login(DEMO.admin.toUpperCase());
    const b = await login(DEMO.admin);
    expect(a).not.toBe(b);
  });

  it('refuses a wrong password or an unknown email with the same 401', async () => {
    const wrong = await call('POST', '/api/auth/login', { email: DEMO.acme, password: 'nope' });
    const unknown = await call('POST', '/api/auth/login', { email: 'nobody@acme.test', password: 'demo' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('refuses a missing field with 422 and malformed JSON with 400', async () => {
    const missing = await call('POST', '/api/auth/login', { email: DEMO.acme });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toHaveProperty('password');
    expect((await call('POST', '/api/auth/login', '{"email":')).status).toBe(400);
  });

  it('a locked account is refused with 401 "account locked"', async () => {
    const response = await call('POST', '/api/auth/login', {
      email: 'jerome.guerin@acme.test',
      password: 'demo',
    });
    expect(response.status).toBe(401);
    expect(response.body.message).toBe('account locked');
  });

  it('5 failures in 15 min → 429 with Retry-After, even with the right password; it lifts after the window', async () => {
    for (let i = 0; i < 5; i += 1) {
      expect((await call('POST', '/api/auth/login', { email: DEMO.acme, password: `bad${i}` })).status).toBe(
        401,
      );
    }
    const refused = await call('POST', '/api/auth/login', { email: DEMO.acme, password: 'demo' });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Other accounts are not affected.
    expect((await call('POST', '/api/auth/login', { email: DEMO.globex, password: 'demo' })).status).toBe(
      200,
    );
    advanceClock(retryAfter * 1000);
    expect((await call('POST', '/api/auth/login', { email: DEMO.acme, password: 'demo' })).status).toBe(200);
  });

  it('failures spread over more than 15 minutes do not lock the account', async () => {
    for (let i = 0; i < 4; i += 1)
      await call('POST', '/api/auth/login', { email: DEMO.acme, password: 'bad' });
    advanceClock(16 * 60_000);
    await call('POST', '/api/auth/login', { email: DEMO.acme, password: 'bad' });
    expect((await call('POST', '/api/auth/login', { email: DEMO.acme, password: 'demo' })).status).toBe(200);
  });
});

describe('what a refused login tells (issue 15)', () => {
  const users = () => getState().tables.users.rows as User[];
  const answer = (r: ApiResponse) => ({
    status: r.status,
    body: r.body,
    retryAfter: r.headers.get('Retry-After'),
  });
  const attempt = (email: string, password: string, client?: string) =>
    call(
      'POST',
      '/api/auth/login',
      { email, password },
      undefined,
      client ? { [CLIENT_ADDRESS_HEADER]: client } : {},
    );

  it('a locked or not activated account gets the same refusal whatever the password: it never confirms one', async () => {
    for (const status of ['locked', 'invited'] as const) {
      const user = users().find((u) => u.status === status) as User;
      const right = await attempt(user.email, 'demo');
      const wrong = await attempt(user.email, 'not-the-password');
      expect(right.status).toBe(401);
      expect([status, answer(wrong)]).toEqual([status, answer(right)]);
    }
    const locked = await attempt('jerome.guerin@acme.test', 'nope');
    expect(locked.body).toMatchObject({ message: 'account locked', code: 'account_locked' });
  });

  it('password spraying: 20 failed logins from one address, on as many accounts, stop that address (429), the right password too', async () => {
    const sprayer = '203.0.113.7';
    const targets = users()
      .filter((u) => u.status === 'active' && u.email !== DEMO.acme)
      .slice(0, limits.clientLoginFailures);
    expect(targets).toHaveLength(20);
    for (const [i, user] of targets.entries()) {
      // Signing in to an account of one's own between guesses resets nothing.
      if (i === 10) expect((await attempt(DEMO.globex, 'demo', sprayer)).status).toBe(200);
      expect((await attempt(user.email, 'Summer2026!', sprayer)).status).toBe(401);
    }
    const refused = await attempt(DEMO.acme, 'demo', sprayer);
    expect(refused.status).toBe(429);
    expect(refused.body.message).toMatch(/address/);
    const retryAfter = Number(refused.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Every account could still be signed in to from elsewhere: no account was locked out.
    expect((await attempt(targets[0].email, 'demo', '198.51.100.2')).status).toBe(200);
    expect((await attempt(DEMO.acme, 'demo')).status).toBe(200);
    advanceClock(retryAfter * 1000);
    expect((await attempt(DEMO.acme, 'demo', sprayer)).status).toBe(200);
  });
  it('an IPv6 host rotating through the addresses of its /64 is one client; another /64 is another', async () => {
    for (let i = 0; i < limits.clientLoginFailures; i += 1)
      expect(
        (await attempt(`nobody${i}@nowhere.test`, 'x', `2001:db8:0:1::${(i + 1).toString(16)}`)).status,
      ).toBe(401);
    expect((await attempt(DEMO.acme, 'demo', '2001:0db8:0000:0001:ffff:0:0:1')).status).toBe(429);
    expect((await attempt(DEMO.acme, 'demo', '2001:db8:0:2::1')).status).toBe(200);
  });
});

describe('sessions', () => {
  it('GET /auth/me answers the user behind the token', async () => {
    const token = await login(DEMO.support);
    const me = await call('GET', '/api/auth/me', undefined, token);
    expect(me.body).toMatchObject({ id: 2, role: 'support', companyId: null });
  });

  const cases: Array<[string, Record<string, string>]> = [
    ['no Authorization header', {}],
    ['a forged token', { Authorization: 'Bearer 0123456789abcdef0123456789abcdef' }],
    ['another scheme', { Authorization: 'Basic YWRtaW46ZGVtbw==' }],
  ];
  for (const [name, headers] of cases) {
    it(`${name} → 401 on every protected route`, async () => {
      for (const path of ['/api/auth/me', '/api/offers', '/api/companies/1']) {
        const response = await call('GET', path, undefined, undefined, headers);
        expect(response.status).toBe(401);
        expect(response.body.message).toEqual(expect.any(String));
      }
    });
  }

  it('a token expires after the session lifetime (8 h by default)', async () => {
    const token = await login(DEMO.admin);
    advanceClock(8 * 60 * 60 * 1000 - 1000);
    expect((await call('GET', '/api/auth/me', undefined, token)).status).toBe(200);
    advanceClock(2000);
    const expired = await call('GET', '/api/auth/me', undefined, token);
    expect(expired.status).toBe(401);
    expect(expired.body.message).toMatch(/expired/i);
  });

  it('the session lifetime is configurable', async () => {
    getState().sessionTtlMs = 60_000;
    const token = await login(DEMO.admin);
    advanceClock(61_000);
    expect((await call('GET', '/api/auth/me', undefined, token)).status).toBe(401);
  });

  it('logout ends that session only', async () => {
    const a = await login(DEMO.admin);
    const b = await login(DEMO.admin);
    expect((await call('POST', '/api/auth/logout', undefined, a)).status).toBe(204);
    expect((await call('GET', '/api/auth/me', undefined, a)).status).toBe(401);
    expect((await call('GET', '/api/auth/me', undefined, b)).status).toBe(200);
  });

  it('PATCH /auth/me {locale} remembers the language choice', async () => {
    const token = await login(DEMO.acme);
    const saved = await call('PATCH', '/api/auth/me', { locale: 'fr' }, token);
    expect(saved.body.locale).toBe('fr');
    const again = await call('POST', '/api/auth/login', { email: DEMO.acme, password: 'demo' });
    expect(again.body.user.locale).toBe('fr');
    expect((await call('PATCH', '/api/auth/me', { locale: 'de' }, token)).status).toBe(422);
  });

  it('login records lastLoginAt without changing the user’s version', async () => {
    const before = structuredClone(getState().tables.users.get(11));
    await login(DEMO.acme);
    const after = getState().tables.users.get(11);
    expect(after?.lastLoginAt).not.toBe(before?.lastLoginAt);
    expect(after?.version).toBe(before?.version);
  });
});
