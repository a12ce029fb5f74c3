import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { call, DEMO, login } from '../helpers/api';

/**
 * Issue 10, no escalation (beyond tests/api/tenant.test.ts, which covers role, status and company on
 * the user record): a recruiter cannot give their company credits, a better plan or another status,
 * by any verb, and a refused attempt changes nothing.
 */
const ACME = 1;
const acme = () => structuredClone(getState().tables.companies.get(ACME));

describe('a recruiter cannot raise their own company', () => {
  it('credits, plan, status or MRR by PUT, PATCH or the credits action: 403, the company unchanged', async () => {
    const token = await login(DEMO.acme);
    const before = acme();
    const record = (await call('GET', `/api/companies/${ACME}`, undefined, token)).body;
    const changes = [
      { credits: { cvUnlocks: 9999, jobSlots: 9999 } },
      { plan: 'enterprise' },
      { status: 'active', statusReason: null },
      { mrrCents: 0 },
      { renewalDate: '2099-01-01' },
    ];
    for (const change of changes) {
      const put = await call('PUT', `/api/companies/${ACME}`, { ...record, ...change }, token);
      const patch = await call(
        'PATCH',
        `/api/companies/${ACME}`,
        { ...change, version: record.version },
        token,
      );
      expect([JSON.stringify(change), put.status, patch.status]).toEqual([JSON.stringify(change), 403, 403]);
    }
    for (const kind of ['cvUnlocks', 'jobSlots']) {
      const grant = await call(
        'POST',
        `/api/companies/${ACME}/credits`,
        { kind, delta: 500, reason: 'me' },
        token,
      );
      expect(grant.status).toBe(403);
    }
    expect(acme()).toEqual(before);
  });
});
