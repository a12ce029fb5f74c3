import { describe, expect, it } from 'vitest';
import { advanceClock, getState } from '../../mocks/handlers';
import type { AuditLog, Company, CreditLedgerEntry, User } from '../../src/types';
import { call, DEMO, listQuery, login } from '../helpers/api';

/** Issue 7 over the API: two editors, lock-out, credits, refunds, suspension, audit. */
const lastAudit = (): AuditLog | undefined => getState().tables['audit-logs'].rows.at(-1);

describe('two editors of one company', () => {
  it('the second save gets 409 with the stored record; retrying on its version succeeds', async () => {
    const [support, admin] = [await login(DEMO.support), await login(DEMO.admin)];
    const seen = (await call<Company>('GET', '/api/companies/3', undefined, support)).body;
    const other = (await call<Company>('GET', '/api/companies/3', undefined, admin)).body;
    const first = await call<Company>('PUT', '/api/companies/3', { ...other, city: 'Lyon' }, admin);
    expect(first.status).toBe(200);
    const second = await call('PUT', '/api/companies/3', { ...seen, sector: 'Banking' }, support);
    expect(second.status).toBe(409);
    expect(second.body.current).toMatchObject({ city: 'Lyon', version: seen.version + 1 });
    const retry = await call<Company>(
      'PUT',
      '/api/companies/3',
      { ...second.body.current, sector: 'Banking' },
      support,
    );
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ city: 'Lyon', sector: 'Banking', version: seen.version + 2 });
  });
});

describe('a locked user', () => {
  it('gets 401 on the next request and a login refused with a clear message', async () => {
    const support = await login(DEMO.support);
    const acme = await login(DEMO.acme);
    const me = (await call<User>('GET', '/api/auth/me', undefined, acme)).body;
    expect(
      (await call('POST', `/api/users/${me.id}/lock`, { reason: 'Unpaid invoices' }, support)).status,
    ).toBe(200);
    expect((await call('GET', '/api/offers', undefined, acme)).status).toBe(401);
    const refused = await call('POST', '/api/auth/login', { email: DEMO.acme, password: 'demo' });
    expect(refused.status).toBe(401);
    expect(refused.body.message).toMatch(/locked/i);
  });

  it('nobody locks themselves, and the last active admin is never demoted', async () => {
    const admin = await login(DEMO.admin);
    const me = (await call<User>('GET', '/api/auth/me', undefined, admin)).body;
    expect((await call('POST', `/api/users/${me.id}/lock`, { reason: 'testing' }, admin)).status).toBe(403);
    const admins = (getState().tables.users.rows as User[]).filter(
      (u) => u.role === 'admin' && u.status === 'active',
    );
    if (admins.length === 1) {
      const record = (await call<User>('GET', `/api/users/${me.id}`, undefined, admin)).body;
      expect((await call('PUT', `/api/users/${me.id}`, { ...record, role: 'support' }, admin)).status).toBe(
        403,
      );
    }
  });

  it('support cannot change a role; an admin can', async () => {
    const support = await login(DEMO.support);
    const recruiter = (getState().tables.users.rows as User[]).find(
      (u) => u.role === 'recruiter' && u.id > 5,
    ) as User;
    const record = (await call<User>('GET', `/api/users/${recruiter.id}`, undefined, support)).body;
    const refused = await call(
      'PUT',
      `/api/users/${recruiter.id}`,
      { ...record, role: 'sales', companyId: null },
      support,
    );
    expect(refused.status).toBe(403);
  });
});

describe('credits', () => {
  it('refuses a balance below zero and changes nothing', async () => {
    const support = await login(DEMO.support);
    const company = (await call<Company>('GET', '/api/companies/1', undefined, support)).body;
    const delta = -(company.credits.cvUnlocks + 1);
    const refused = await call('POST', '/api/companies/1/credits', { delta, reason: 'too much' }, support);
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toHaveProperty('delta');
    const after = (await call<Company>('GET', '/api/companies/1', undefined, support)).body;
    expect(after.credits).toEqual(company.credits);
  });

  it('refunds one debit once, with a reason, and audits it', async () => {
    const support = await login(DEMO.support);
    const debit = (getState().tables['credit-ledger'].rows as CreditLedgerEntry[]).find((e) => e.delta < 0);
    expect(debit).toBeDefined();
    const line = debit as CreditLedgerEntry;
    const before = (getState().tables.companies.get(line.companyId) as Company).credits[line.kind];
    expect((await call('POST', `/api/credit-ledger/${line.id}/refund`, {}, support)).status).toBe(422);
    const done = await call(
      'POST',
      `/api/credit-ledger/${line.id}/refund`,
      { reason: 'Unlocked by mistake' },
      support,
    );
    expect(done.status).toBe(200);
    expect(done.body.entry).toMatchObject({ action: 'refund', delta: -line.delta, recordId: line.id });
    expect(done.body.company.credits[line.kind]).toBe(before - line.delta);
    expect(lastAudit()).toMatchObject({ action: 'company.credits.refund', reason: 'Unlocked by mistake' });
    expect(
      (await call('POST', `/api/credit-ledger/${line.id}/refund`, { reason: 'again' }, support)).status,
    ).toBe(409);
    const sales = await login(DEMO.sales);
    expect(
      (await call('POST', `/api/credit-ledger/${line.id}/refund`, { reason: 'nope' }, sales)).status,
    ).toBe(403);
  });

  it('the ledger of every company of the seed sums to its displayed balance', async () => {
    const ledger = getState().tables['credit-ledger'].rows as CreditLedgerEntry[];
    const companies = getState().tables.companies.rows as Company[];
    expect(companies.length).toBeGreaterThan(0);
    for (const company of companies)
      for (const kind of ['cvUnlocks', 'jobSlots'] as const) {
        const sum = ledger
          .filter((e) => e.companyId === company.id && e.kind === kind)
          .reduce((total, e) => total + e.delta, 0);
        expect(sum, `${company.id} ${kind}`).toBe(company.credits[kind]);
      }
  });
});

describe('suspension and audit', () => {
  it('a suspension needs a reason; the audit entry holds before/after of each changed field', async () => {
    const support = await login(DEMO.support);
    const company = (await call<Company>('GET', '/api/companies/4', undefined, support)).body;
    const bare = await call(
      'PUT',
      '/api/companies/4',
      { ...company, status: 'suspended', statusReason: null },
      support,
    );
    expect(bare.status).toBe(422);
    expect(bare.body.errors).toHaveProperty('statusReason');
    const saved = await call(
      'PUT',
      '/api/companies/4',
      { ...company, status: 'suspended', statusReason: 'Fraud check' },
      support,
    );
    expect(saved.status).toBe(200);
    expect(lastAudit()).toMatchObject({
      action: 'update',
      resource: 'companies',
      recordId: 4,
      changes: { status: [company.status, 'suspended'], statusReason: [company.statusReason, 'Fraud check'] },
    });
    const listed = await call(
      'GET',
      `/api/audit-logs${listQuery({ filter: { resource: 'companies', recordId: 4 } })}`,
      undefined,
      support,
    );
    expect(listed.body[0]).toMatchObject({ recordId: 4 });
  });

  it('an expired session gets 401 (the app then signs in again and replays the save)', async () => {
    const support = await login(DEMO.support);
    advanceClock(getState().sessionTtlMs + 1);
    expect((await call('GET', '/api/companies/1', undefined, support)).status).toBe(401);
  });
});
