import { describe, expect, it } from 'vitest';
import { advanceClock, getState } from '../../mocks/handlers';
import type { Company, CreditLedgerEntry } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { ACME, strangerTo } from './fixtures';

/** Unlocking a masked database profile: one credit once, free afterwards, refused at zero. */
const acme = () => getState().tables.companies.get(ACME) as Company;
const unlockEntries = (candidateId: number) =>
  (getState().tables['credit-ledger'].rows as CreditLedgerEntry[]).filter(
    (e) => e.companyId === ACME && e.action === 'cv_unlock' && e.recordId === candidateId,
  );

describe('POST /candidates/:id/unlock (credit accounting)', () => {
  it('charges one credit the first time, nothing the second, and logs one ledger debit', async () => {
    const token = await login(DEMO.acme);
    const stranger = strangerTo(ACME);
    const before = acme().credits.cvUnlocks;
    const masked = await call('GET', `/api/candidates/${stranger.id}`, undefined, token);
    expect(masked.body).toMatchObject({ contactMasked: true, email: '' });
    const first = await call('POST', `/api/candidates/${stranger.id}/unlock`, {}, token);
    expect(first.body).toMatchObject({ charged: true, credits: { cvUnlocks: before - 1 } });
    const second = await call('POST', `/api/candidates/${stranger.id}/unlock`, {}, token);
    expect(second.body).toMatchObject({ charged: false, credits: { cvUnlocks: before - 1 } });
    expect(acme().credits.cvUnlocks).toBe(before - 1);
    expect(unlockEntries(stranger.id)).toEqual([
      expect.objectContaining({ delta: -1, balanceAfter: before - 1 }),
    ]);
    const open = await call('GET', `/api/candidates/${stranger.id}`, undefined, token);
    expect(open.body.email).toBe(stranger.email);
  });

  it('refuses clearly at zero credits and charges nothing', async () => {
    const token = await login(DEMO.acme);
    acme().credits = { ...acme().credits, cvUnlocks: 0 };
    const stranger = strangerTo(ACME);
    const response = await call('POST', `/api/candidates/${stranger.id}/unlock`, {}, token);
    expect(response.status).toBe(402);
    expect(response.body.message).toMatch(/no cv unlock credit/i);
    expect(unlockEntries(stranger.id)).toHaveLength(0);
  });

  it('stays unlocked for the whole company: a colleague, 29 days later, opens it and unlocks again for free', async () => {
    const stranger = strangerTo(ACME);
    const first = await call('POST', `/api/candidates/${stranger.id}/unlock`, {}, await login(DEMO.acme));
    expect(first.body.charged).toBe(true);
    const balance = acme().credits.cvUnlocks;
    advanceClock(29 * 86_400_000);
    const colleague = await login('helene.michel@acme.test');
    const seen = await call('GET', `/api/candidates/${stranger.id}`, undefined, colleague);
    expect(seen.body.email).toBe(stranger.email);
    expect(seen.body.contactMasked).not.toBe(true);
    const again = await call('POST', `/api/candidates/${stranger.id}/unlock`, {}, colleague);
    expect(again.body).toMatchObject({ charged: false, credits: { cvUnlocks: balance } });
    expect(unlockEntries(stranger.id)).toHaveLength(1);
  });
});

describe('POST /candidates/:id/unlock on an anonymised profile', () => {
  it('is refused like any new record about the person: 422 on candidateId, no charge, no ledger line, no unlock', async () => {
    const stranger = strangerTo(ACME);
    const support = await login(DEMO.support);
    expect((await call('POST', `/api/candidates/${stranger.id}/anonymize`, {}, support)).status).toBe(200);
    const before = acme().credits.cvUnlocks;
    const unlocks = getState().tables.candidateUnlocks.rows.length;
    const response = await call('POST', `/api/candidates/${stranger.id}/unlock`, {}, await login(DEMO.acme));
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual({ candidateId: 'this candidate was anonymised' });
    expect(acme().credits.cvUnlocks).toBe(before);
    expect(unlockEntries(stranger.id)).toHaveLength(0);
    expect(getState().tables.candidateUnlocks.rows.length).toBe(unlocks);
  });
});
