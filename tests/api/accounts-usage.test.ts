import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { CreditUsage } from '../../src/model/credit-usage';
import type { CreditLedgerEntry } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { ACME, GLOBEX, strangerTo } from './fixtures';

/** GET /companies/{id}/credit-usage: the company "usage" tab's numbers, aggregated by the API. */
const usage = (id: number, token: string, query = '') =>
  call<CreditUsage>('GET', `/api/companies/${id}/credit-usage${query}`, undefined, token);

/** Spending per month straight from the stored ledger, the way the definition reads. */
function expectedSpending(companyId: number, month: string, kind: CreditLedgerEntry['kind']): number {
  const lines = (getState().tables['credit-ledger'].rows as CreditLedgerEntry[]).filter(
    (e) => e.companyId === companyId && e.kind === kind && e.at.startsWith(month),
  );
  const debits = lines.filter((e) => e.action === 'cv_unlock' || e.action === 'job_slot');
  return debits.reduce((sum, e) => sum - e.delta, 0);
}

describe('credit usage over time', () => {
  it('counts the unlocks and publications of each month, the current month last', async () => {
    const sales = await login(DEMO.sales);
    const { status, body } = await usage(ACME, sales);
    expect(status).toBe(200);
    expect(body.months).toHaveLength(12);
    const now = new Date(getState().clock.now()).toISOString().slice(0, 7);
    expect(body.months.at(-1)?.month).toBe(now);
    for (const row of body.months) {
      expect(row.cvUnlocks, `${row.month} CV`).toBe(expectedSpending(ACME, row.month, 'cvUnlocks'));
      expect(row.jobSlots, `${row.month} slots`).toBe(expectedSpending(ACME, row.month, 'jobSlots'));
    }
    expect(body.totals.cvUnlocks + body.totals.jobSlots).toBeGreaterThan(0); // the seed spends credits
    expect(body.balance).toEqual(getState().tables.companies.get(ACME)?.credits);
  });

  it('a new unlock shows in the current month, and its refund takes it back', async () => {
    const recruiter = await login(DEMO.acme);
    const before = (await usage(ACME, recruiter)).body.months.at(-1)?.cvUnlocks as number;
    const unlocked = await call('POST', `/api/candidates/${strangerTo(ACME).id}/unlock`, {}, recruiter);
    expect(unlocked.status).toBe(200);
    expect((await usage(ACME, recruiter)).body.months.at(-1)?.cvUnlocks).toBe(before + 1);
    const debit = (getState().tables['credit-ledger'].rows as CreditLedgerEntry[]).at(
      -1,
    ) as CreditLedgerEntry;
    const support = await login(DEMO.support);
    await call('POST', `/api/credit-ledger/${debit.id}/refund`, { reason: 'Opened by mistake' }, support);
    expect((await usage(ACME, recruiter)).body.months.at(-1)?.cvUnlocks).toBe(before);
    // A support adjustment is not spending.
    await call('POST', `/api/companies/${ACME}/credits`, { delta: -1, reason: 'Correction' }, support);
    expect((await usage(ACME, recruiter)).body.months.at(-1)?.cvUnlocks).toBe(before);
  });

  it('takes 1 to 36 months, answers 400 otherwise, and keeps a recruiter to their company', async () => {
    const support = await login(DEMO.support);
    expect((await usage(ACME, support, '?months=36')).body.months).toHaveLength(36);
    for (const bad of ['?months=0', '?months=37', '?months=abc', '?from=2026-01-01']) {
      const refused = await usage(ACME, support, bad);
      expect(refused.status, bad).toBe(400);
      expect(refused.body).toHaveProperty('message');
    }
    const recruiter = await login(DEMO.acme);
    expect((await usage(GLOBEX, recruiter)).status).toBe(404);
    expect((await usage(9999, support)).status).toBe(404);
  });
});
