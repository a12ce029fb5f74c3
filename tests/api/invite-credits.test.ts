import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Application, AuditLog, Candidate, Company, CreditLedgerEntry } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { ACME, applicantOf, offersOf, strangerTo } from './fixtures';

/**
 * Inviting a masked database candidate to apply makes them an applicant, whose contact the company
 * then sees: it is an unlock, paid like one (issue 8 with the credit rules of issue 7).
 */
const acme = () => getState().tables.companies.get(ACME) as Company;
const ledger = (candidateId: number) =>
  (getState().tables['credit-ledger'].rows as CreditLedgerEntry[]).filter(
    (e) => e.companyId === ACME && e.action === 'cv_unlock' && e.recordId === candidateId,
  );
const audits = (candidateId: number) =>
  (getState().tables['audit-logs'].rows as AuditLog[]).filter(
    (e) => e.action === 'candidate.unlock' && e.recordId === candidateId,
  );
const offer = () => offersOf(ACME, 'published')[0];
const invite = (candidateId: number, token: string) =>
  call<Application & { message: string }>(
    'POST',
    '/api/applications',
    { offerId: offer().id, candidateId, stage: 'new', source: 'sourcing' },
    token,
  );

describe('inviting a masked candidate to apply', () => {
  it('spends one CV credit, with a ledger line and an audit entry, and opens the contact', async () => {
    const token = await login(DEMO.acme);
    const stranger = strangerTo(ACME);
    const before = acme().credits.cvUnlocks;
    const response = await invite(stranger.id, token);
    expect(response.status).toBe(201);
    expect(acme().credits.cvUnlocks).toBe(before - 1);
    expect(ledger(stranger.id)).toEqual([
      expect.objectContaining({
        delta: -1,
        balanceAfter: before - 1,
        rule: expect.stringContaining(`invited to apply to ${offer().reference}`),
      }),
    ]);
    expect(audits(stranger.id)).toEqual([
      expect.objectContaining({ actorRole: 'recruiter', reason: `invited to apply to ${offer().reference}` }),
    ]);
    const read = await call<Candidate>('GET', `/api/candidates/${stranger.id}`, undefined, token);
    expect(read.body).toMatchObject({ email: stranger.email });
    expect(read.body.contactMasked).toBeUndefined();
  });

  it('costs nothing for a profile the company already sees in full (an applicant, an unlocked one)', async () => {
    const token = await login(DEMO.acme);
    const stranger = strangerTo(ACME);
    expect((await call('POST', `/api/candidates/${stranger.id}/unlock`, {}, token)).status).toBe(200);
    const afterUnlock = acme().credits.cvUnlocks;
    expect((await invite(stranger.id, token)).status).toBe(201);
    const applicant = applicantOf(ACME);
    const other = offersOf(ACME, 'published').find(
      (o) =>
        !(getState().tables.applications.rows as Application[]).some(
          (a) => a.offerId === o.id && a.candidateId === applicant.id,
        ),
    );
    const second = await call(
      'POST',
      '/api/applications',
      { offerId: other?.id, candidateId: applicant.id, stage: 'new', source: 'sourcing' },
      token,
    );
    expect(second.status).toBe(201);
    expect(acme().credits.cvUnlocks).toBe(afterUnlock);
    expect(ledger(stranger.id)).toHaveLength(1); // the unlock's own
  });

  it('is refused in words at zero credits: no application, no debit, the contact stays masked', async () => {
    const token = await login(DEMO.acme);
    acme().credits = { ...acme().credits, cvUnlocks: 0 };
    const stranger = strangerTo(ACME);
    const count = getState().tables.applications.size;
    const response = await invite(stranger.id, token);
    expect(response.status).toBe(402);
    expect(response.body.message).toMatch(/no cv unlock credit left/i);
    expect(getState().tables.applications.size).toBe(count);
    expect(ledger(stranger.id)).toHaveLength(0);
    const read = await call<Candidate>('GET', `/api/candidates/${stranger.id}`, undefined, token);
    expect(read.body.contactMasked).toBe(true);
  });

  it('charges nothing when the invitation itself is invalid', async () => {
    const token = await login(DEMO.acme);
    const stranger = strangerTo(ACME);
    const before = acme().credits.cvUnlocks;
    const response = await call(
      'POST',
      '/api/applications',
      { offerId: offer().id, candidateId: stranger.id, stage: 'nowhere', source: 'sourcing' },
      token,
    );
    expect(response.status).toBe(422);
    expect(acme().credits.cvUnlocks).toBe(before);
    expect(ledger(stranger.id)).toHaveLength(0);
  });
});
