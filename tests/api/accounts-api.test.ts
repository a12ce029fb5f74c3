import { describe, expect, it } from 'vitest';
import { generateDb } from '../../mocks/db/generate';
import { advanceClock, getState } from '../../mocks/handlers';
import {
  type AuditLog,
  type Company,
  CREDIT_KINDS,
  type CreditLedgerEntry,
  type User,
} from '../../src/model/types';
import { call, DEMO, listQuery, login, totalOf } from '../helpers/api';

/** Issue 7 over the API: two editors, lock-out, credits, refunds, suspension, audit. */
const lastAudit = (): AuditLog | undefined => getState().tables['audit-logs'].rows.at(-1);

/** Every row of a resource through the list API, page by page (500 rows, the API's cap). */
async function readAll<T>(resource: string, token: string): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; ; start += 500) {
    const page = await call<T[]>(
      'GET',
      `/api/${resource}${listQuery({ range: [start, start + 499] })}`,
      undefined,
      token,
    );
    rows.push(...page.body);
    if (rows.length >= totalOf(page) || page.body.length === 0) return rows;
  }
}

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

  it('nobody locks themselves, and the last active admin is never demoted, locked or deleted', async () => {
    const admin = await login(DEMO.admin);
    const me = (await call<User>('GET', '/api/auth/me', undefined, admin)).body;
    expect((await call('POST', `/api/users/${me.id}/lock`, { reason: 'testing' }, admin)).status).toBe(403);
    // The seed has a second admin: lock them, so the signed-in admin is the last active one.
    const other = (getState().tables.users.rows as User[]).find(
      (u) => u.role === 'admin' && u.id !== me.id,
    ) as User;
    expect((await call('POST', `/api/users/${other.id}/lock`, { reason: 'On leave' }, admin)).status).toBe(
      200,
    );
    const record = (await call<User>('GET', `/api/users/${me.id}`, undefined, admin)).body;
    const demoted = await call('PUT', `/api/users/${me.id}`, { ...record, role: 'support' }, admin);
    expect(demoted.status).toBe(403);
    expect(demoted.body.message).toMatch(/last active admin/);
    expect((await call('DELETE', `/api/users/${me.id}`, undefined, admin)).status).toBe(403);
    expect(getState().tables.users.get(me.id)).toMatchObject({ role: 'admin', status: 'active' });
  });

  it('unlocking needs a reason too, which the audit entry keeps', async () => {
    const support = await login(DEMO.support);
    const target = (getState().tables.users.rows as User[]).find((u) => u.email === DEMO.globex) as User;
    await call('POST', `/api/users/${target.id}/lock`, { reason: 'Card declined' }, support);
    const bare = await call('POST', `/api/users/${target.id}/unlock`, { reason: ' ' }, support);
    expect(bare.status).toBe(422);
    expect(bare.body.errors).toHaveProperty('reason');
    expect(getState().tables.users.get(target.id)?.status).toBe('locked');
    const done = await call('POST', `/api/users/${target.id}/unlock`, { reason: 'Invoice paid' }, support);
    expect(done.status).toBe(200);
    expect(lastAudit()).toMatchObject({ action: 'user.unlock', recordId: target.id, reason: 'Invoice paid' });
  });

  it('support invites a recruiter to a company, but may not create staff', async () => {
    const support = await login(DEMO.support);
    const invite = { firstName: 'Zoé', lastName: 'Martin', email: 'zoe.martin@acme.test', companyId: 1 };
    const staff = await call('POST', '/api/users', { ...invite, role: 'sales', companyId: null }, support);
    expect(staff.status).toBe(403);
    expect(staff.body.errors).toHaveProperty('role');
    const created = await call<User>('POST', '/api/users', { ...invite, role: 'recruiter' }, support);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'recruiter', companyId: 1, status: 'invited' });
    expect(lastAudit()).toMatchObject({ action: 'create', resource: 'users', recordId: created.body.id });
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

  it('the balance the API shows for every company of the seed is the sum of its ledger', async () => {
    const sales = await login(DEMO.sales); // a read-only reader, as on the screens
    const companies = await readAll<Company>('companies', sales);
    const ledger = await readAll<CreditLedgerEntry>('credit-ledger', sales);
    expect(companies.length).toBe(getState().tables.companies.size);
    expect(ledger.some((e) => e.action === 'job_slot')).toBe(true);
    for (const company of companies)
      for (const kind of CREDIT_KINDS) {
        const sum = ledger
          .filter((e) => e.companyId === company.id && e.kind === kind)
          .reduce((total, e) => total + e.delta, 0);
        expect(sum, `company ${company.id} ${kind}`).toBe(company.credits[kind]);
      }
  });

  it('…and so it is at the demo scale', () => {
    const db = generateDb({ scale: 'demo' });
    const sums = new Map<string, number>();
    for (const e of db['credit-ledger'])
      sums.set(`${e.companyId}:${e.kind}`, (sums.get(`${e.companyId}:${e.kind}`) ?? 0) + e.delta);
    expect(db.companies.length).toBeGreaterThan(100);
    for (const company of db.companies)
      for (const kind of CREDIT_KINDS)
        expect(sums.get(`${company.id}:${kind}`), `company ${company.id} ${kind}`).toBe(
          company.credits[kind],
        );
  });

  it('a stale version gets 409 with the stored company, and nothing moves; the current one goes through', async () => {
    const support = await login(DEMO.support);
    const seen = (await call<Company>('GET', '/api/companies/3', undefined, support)).body;
    const admin = await login(DEMO.admin);
    await call('POST', '/api/companies/3/credits', { delta: 4, reason: 'Other agent' }, admin);
    const lines = getState().tables['credit-ledger'].size;
    const stale = await call(
      'POST',
      '/api/companies/3/credits',
      { delta: 2, reason: 'Goodwill', version: seen.version },
      support,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.current.credits.cvUnlocks).toBe(seen.credits.cvUnlocks + 4);
    expect(getState().tables['credit-ledger'].size).toBe(lines);
    const retried = await call(
      'POST',
      '/api/companies/3/credits',
      { delta: 2, reason: 'Goodwill', version: stale.body.current.version },
      support,
    );
    expect(retried.status).toBe(200);
    expect(retried.body.company.credits.cvUnlocks).toBe(seen.credits.cvUnlocks + 6);
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
