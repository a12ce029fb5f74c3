import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { AuditLog, Company } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { ACME, GLOBEX } from './fixtures';

/**
 * A company's contact person and postal billing address (issue 7, "contact and billing details"):
 * sales read them, support and admin edit them, a recruiter reads their own company's; the
 * postcode follows the address's country; every edit is audited with its before and after.
 */
const stored = (id: number) => getState().tables.companies.get(id) as Company;
const auditLog = () => getState().tables['audit-logs'].rows as AuditLog[];

async function edit(id: number, token: string, change: Partial<Record<keyof Company, unknown>>) {
  const record = (await call<Company>('GET', `/api/companies/${id}`, undefined, token)).body;
  return call<Company & { errors?: Record<string, string> }>(
    'PUT',
    `/api/companies/${id}`,
    { ...record, ...change },
    token,
  );
}

const london = { street: '10 Downing Street', postcode: 'sw1a2aa', city: 'London', country: 'GB' };

describe('company contact and billing address', () => {
  it('support saves them; the UK postcode is stored in its usual form; the audit has before and after', async () => {
    const before = structuredClone(stored(4));
    const support = await login(DEMO.support);
    const saved = await edit(4, support, {
      contactName: 'Jane Doe',
      contactEmail: 'jane.doe@example.com',
      billingAddress: london,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.billingAddress).toEqual({ ...london, postcode: 'SW1A 2AA' });
    expect(stored(4)).toMatchObject({ contactName: 'Jane Doe', contactEmail: 'jane.doe@example.com' });
    expect(auditLog().at(-1)).toMatchObject({
      action: 'update',
      resource: 'companies',
      recordId: 4,
      actorRole: 'support',
      changes: {
        contactName: [before.contactName, 'Jane Doe'],
        contactEmail: [before.contactEmail, 'jane.doe@example.com'],
        billingAddress: [before.billingAddress, { ...london, postcode: 'SW1A 2AA' }],
      },
    });
  });

  it('an address left blank is no address (null), and clearing it is audited', async () => {
    const before = stored(5).billingAddress;
    expect(before).not.toBeNull(); // the seed gives every company one
    const admin = await login(DEMO.admin);
    const blank = { street: '', postcode: ' ', city: null, country: 'FR' };
    const saved = await edit(5, admin, { billingAddress: blank });
    expect(saved.status).toBe(200);
    expect(stored(5).billingAddress).toBeNull();
    expect(auditLog().at(-1)?.changes).toEqual({ billingAddress: [before, null] });
  });

  it('refuses a bad postcode or contact email with 422 under the field, and stores nothing', async () => {
    const before = structuredClone(stored(6));
    const support = await login(DEMO.support);
    const entries = auditLog().length;
    const refused = await edit(6, support, {
      contactEmail: 'not-an-email',
      billingAddress: { street: '1 rue Pasteur', postcode: '750', city: 'Paris', country: 'FR' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual({
      contactEmail: expect.any(String),
      'billingAddress.postcode': expect.any(String),
    });
    expect(stored(6)).toEqual(before);
    expect(auditLog()).toHaveLength(entries);
  });

  it('sales and recruiters read them (a recruiter only their own company) and cannot change them', async () => {
    const sales = await login(DEMO.sales);
    const read = await call<Company>('GET', `/api/companies/${GLOBEX}`, undefined, sales);
    expect(read.body).toMatchObject({
      contactName: stored(GLOBEX).contactName,
      billingAddress: stored(GLOBEX).billingAddress,
    });
    expect((await edit(GLOBEX, sales, { contactName: 'Someone' })).status).toBe(403);

    const recruiter = await login(DEMO.acme);
    const own = await call<Company>('GET', `/api/companies/${ACME}`, undefined, recruiter);
    expect(own.body).toMatchObject({ contactEmail: DEMO.acme, billingAddress: stored(ACME).billingAddress });
    expect((await call('GET', `/api/companies/${GLOBEX}`, undefined, recruiter)).status).toBe(404);
    expect((await edit(ACME, recruiter, { contactName: 'Me' })).status).toBe(403);
    expect(stored(ACME).contactName).toBe('Rachel Recruteur');
  });

  it('finds a company by its contact person', async () => {
    const sales = await login(DEMO.sales);
    const path = `/api/companies${listQuery({ filter: { q: stored(3).contactName } })}`;
    const found = await call<Company[]>('GET', path, undefined, sales);
    expect(found.body.map((c) => c.id)).toContain(3);
  });
});
