import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { AuditLog } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { ACME, applicantOf, strangerTo } from './fixtures';

/** The endpoints beyond CRUD (docs/api.md), each leaving an audit-log entry. */
const lastAudit = (): AuditLog | undefined => getState().tables['audit-logs'].rows.at(-1);

describe('POST /companies/{id}/credits', () => {
  it('support adjusts a balance with a reason: ledger entry, audit entry, new balance', async () => {
    const token = await login(DEMO.support);
    const before = getState().tables.companies.get(ACME)?.credits.cvUnlocks as number;
    const response = await call(
      'POST',
      `/api/companies/${ACME}/credits`,
      { delta: 10, reason: 'Goodwill after outage' },
      token,
    );
    expect(response.status).toBe(200);
    expect(response.body.company.credits.cvUnlocks).toBe(before + 10);
    expect(response.body.entry).toMatchObject({
      kind: 'cvUnlocks',
      delta: 10,
      balanceAfter: before + 10,
      action: 'support_adjustment',
      actorId: 2,
      reason: 'Goodwill after outage',
    });
    expect(lastAudit()).toMatchObject({
      actorId: 2,
      actorRole: 'support',
      action: 'company.credits',
      resource: 'companies',
      recordId: ACME,
      reason: 'Goodwill after outage',
      changes: { 'credits.cvUnlocks': [before, before + 10] },
    });
  });

  it('adjusts job slots when kind says so', async () => {
    const token = await login(DEMO.admin);
    const before = getState().tables.companies.get(ACME)?.credits.jobSlots as number;
    const response = await call(
      'POST',
      `/api/companies/${ACME}/credits`,
      { kind: 'jobSlots', delta: -2, reason: 'Plan downgrade' },
      token,
    );
    expect(response.body.company.credits.jobSlots).toBe(before - 2);
  });

  const refused: Array<[string, Record<string, unknown>, string]> = [
    ['no reason', { delta: 5 }, 'reason'],
    ['zero delta', { delta: 0, reason: 'Nothing' }, 'delta'],
    ['a fractional delta', { delta: 1.5, reason: 'Half' }, 'delta'],
    ['an unknown kind', { kind: 'gold', delta: 1, reason: 'Gift' }, 'kind'],
    ['a balance below zero', { delta: -1_000_000 + 1, reason: 'Too much' }, 'delta'],
  ];
  for (const [name, body, field] of refused) {
    it(`refuses ${name} with 422 and changes nothing`, async () => {
      const token = await login(DEMO.support);
      const before = structuredClone(getState().tables.companies.get(ACME));
      const response = await call('POST', `/api/companies/${ACME}/credits`, body, token);
      expect(response.status).toBe(422);
      expect(response.body.errors).toHaveProperty(field);
      expect(getState().tables.companies.get(ACME)).toEqual(before);
    });
  }

  it('recruiters and sales cannot adjust credits', async () => {
    for (const email of [DEMO.acme, DEMO.sales]) {
      const response = await call(
        'POST',
        `/api/companies/${ACME}/credits`,
        { delta: 100, reason: 'Free money' },
        await login(email),
      );
      expect(response.status).toBe(403);
    }
  });
});

describe('POST /users/{id}/lock and /unlock', () => {
  it('locking ends the user’s sessions, refuses new logins, and is audited with the reason', async () => {
    const victim = await login('helene.michel@acme.test');
    const support = await login(DEMO.support);
    const response = await call('POST', '/api/users/12/lock', { reason: 'Left the company' }, support);
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('locked');
    expect((await call('GET', '/api/auth/me', undefined, victim)).status).toBe(401);
    expect(
      (await call('POST', '/api/auth/login', { email: 'helene.michel@acme.test', password: 'demo' })).body
        .message,
    ).toBe('account locked');
    expect(lastAudit()).toMatchObject({
      action: 'user.lock',
      recordId: 12,
      reason: 'Left the company',
      changes: { status: ['active', 'locked'] },
    });
    expect((await call('POST', '/api/users/12/unlock', {}, support)).status).toBe(422);
    const unlocked = await call('POST', '/api/users/12/unlock', { reason: 'Back from leave' }, support);
    expect(unlocked.body.status).toBe('active');
    expect(lastAudit()).toMatchObject({ action: 'user.unlock', recordId: 12, reason: 'Back from leave' });
    expect(
      (await call('POST', '/api/auth/login', { email: 'helene.michel@acme.test', password: 'demo' })).status,
    ).toBe(200);
  });

  it('refuses a lock without reason, a self-lock and support locking an admin; an admin locks another admin', async () => {
    const admin = await login(DEMO.admin);
    expect((await call('POST', '/api/users/12/lock', {}, admin)).status).toBe(422);
    expect((await call('POST', '/api/users/1/lock', { reason: 'Testing myself' }, admin)).status).toBe(403);
    const support = await login(DEMO.support);
    expect((await call('POST', '/api/users/1/lock', { reason: 'Power grab' }, support)).status).toBe(403);
    await call('POST', '/api/users/4/lock', { reason: 'Second admin away' }, admin);
    const other = await login('nathalie.roche@backoffice.test').catch(() => null);
    expect(other).toBeNull();
  });

  it('recruiters cannot lock anyone', async () => {
    expect(
      (await call('POST', '/api/users/12/lock', { reason: 'Annoying colleague' }, await login(DEMO.acme)))
        .status,
    ).toBe(403);
  });
});

describe('POST /candidates/{id}/unlock', () => {
  it('spends one credit, unmasks the profile, writes a cv_unlock ledger entry with its rule', async () => {
    const token = await login(DEMO.acme);
    const stranger = strangerTo(ACME);
    const credits = getState().tables.companies.get(ACME)?.credits.cvUnlocks as number;
    const response = await call('POST', `/api/candidates/${stranger.id}/unlock`, undefined, token);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      charged: true,
      credits: { cvUnlocks: credits - 1 },
      candidate: { email: stranger.email },
    });
    expect(getState().tables['credit-ledger'].rows.at(-1)).toMatchObject({
      action: 'cv_unlock',
      delta: -1,
      recordId: stranger.id,
      rule: expect.stringMatching(/credit/),
    });
    expect(lastAudit()).toMatchObject({ action: 'candidate.unlock', recordId: stranger.id, actorId: 11 });
    const read = await call('GET', `/api/candidates/${stranger.id}`, undefined, token);
    expect(read.body.email).toBe(stranger.email);
  });

  it('is free for an already visible profile', async () => {
    const token = await login(DEMO.acme);
    const credits = getState().tables.companies.get(ACME)?.credits.cvUnlocks;
    const response = await call('POST', `/api/candidates/${applicantOf(ACME).id}/unlock`, undefined, token);
    expect(response.body.charged).toBe(false);
    const again = strangerTo(ACME);
    await call('POST', `/api/candidates/${again.id}/unlock`, undefined, token);
    const second = await call('POST', `/api/candidates/${again.id}/unlock`, undefined, token);
    expect(second.body.charged).toBe(false);
    expect(getState().tables.companies.get(ACME)?.credits.cvUnlocks).toBe((credits as number) - 1);
  });

  it('at zero credits refuses clearly with 402 and keeps the profile masked', async () => {
    const company = getState().tables.companies.get(ACME);
    if (company) company.credits = { ...company.credits, cvUnlocks: 0 };
    const token = await login(DEMO.acme);
    const stranger = strangerTo(ACME);
    const response = await call('POST', `/api/candidates/${stranger.id}/unlock`, undefined, token);
    expect(response.status).toBe(402);
    expect(response.body.message).toMatch(/credit/i);
    expect((await call('GET', `/api/candidates/${stranger.id}`, undefined, token)).body.contactMasked).toBe(
      true,
    );
  });
});

describe('GDPR: export and anonymise', () => {
  it('support exports a candidate’s profile, applications, activities and unlocks; audited', async () => {
    const candidate = applicantOf(ACME);
    const response = await call(
      'GET',
      `/api/candidates/${candidate.id}/export`,
      undefined,
      await login(DEMO.support),
    );
    expect(response.status).toBe(200);
    expect(response.body.candidate.email).toBe(candidate.email);
    expect(response.body.applications.length).toBeGreaterThan(0);
    expect(response.body).toHaveProperty('activities');
    expect(response.body).toHaveProperty('unlocks');
    expect(lastAudit()).toMatchObject({ action: 'candidate.export', recordId: candidate.id });
  });

  it('recruiters and sales cannot export or anonymise', async () => {
    const id = applicantOf(ACME).id;
    for (const email of [DEMO.acme, DEMO.sales]) {
      const token = await login(email);
      expect((await call('GET', `/api/candidates/${id}/export`, undefined, token)).status).toBe(403);
      expect((await call('POST', `/api/candidates/${id}/anonymize`, undefined, token)).status).toBe(403);
    }
  });

  it('anonymising erases personal data everywhere, keeps applications, audits only the fact', async () => {
    const candidate = structuredClone(applicantOf(ACME));
    const recruiter = await login(DEMO.acme);
    const app = getState().tables.applications.rows.find((a) => a.candidateId === candidate.id);
    const note = await call(
      'POST',
      '/api/activities',
      {
        candidateId: candidate.id,
        type: 'note',
        body: `<p>Called ${candidate.firstName} ${candidate.lastName} at ${candidate.email}</p>`,
      },
      recruiter,
    );
    const apps = getState().tables.applications.rows.filter((a) => a.candidateId === candidate.id).length;
    const response = await call(
      'POST',
      `/api/candidates/${candidate.id}/anonymize`,
      undefined,
      await login(DEMO.support),
    );
    expect(response.status).toBe(200);
    expect(response.body.anonymizedAt).toEqual(expect.any(String));
    const everything =
      JSON.stringify(getState().tables.activities.get(note.body.id)) +
      JSON.stringify(getState().tables.candidates.get(candidate.id));
    for (const trace of [candidate.email, candidate.lastName, candidate.phone].filter(Boolean))
      expect(everything).not.toContain(trace);
    expect(getState().tables.applications.rows.filter((a) => a.candidateId === candidate.id)).toHaveLength(
      apps,
    );
    expect(app).toBeDefined();
    const entry = lastAudit();
    expect(entry).toMatchObject({ action: 'candidate.anonymize', recordId: candidate.id, changes: {} });
    expect(JSON.stringify(entry)).not.toContain(candidate.lastName);
    expect(
      (await call('POST', `/api/candidates/${candidate.id}/anonymize`, undefined, await login(DEMO.admin)))
        .status,
    ).toBe(409);
  });
});

describe('audit trail of staff CRUD writes', () => {
  it('support editing a company logs before/after of the changed fields only', async () => {
    const token = await login(DEMO.support);
    const company = (await call('GET', `/api/companies/${ACME}`, undefined, token)).body;
    await call('PUT', `/api/companies/${ACME}`, { ...company, city: 'Lille', plan: 'enterprise' }, token);
    expect(lastAudit()).toMatchObject({
      actorRole: 'support',
      action: 'update',
      resource: 'companies',
      recordId: ACME,
      changes: { city: [company.city, 'Lille'], plan: [company.plan, 'enterprise'] },
    });
    expect(Object.keys(lastAudit()?.changes ?? {})).toEqual(['city', 'plan']);
  });

  it('support moderating an offer status is logged; support cannot change other offer fields', async () => {
    const token = await login(DEMO.support);
    const offer = (
      await call(
        'GET',
        `/api/offers${listQuery({ filter: { status: 'published' }, range: [0, 0] })}`,
        undefined,
        token,
      )
    ).body[0];
    expect(
      (
        await call(
          'PATCH',
          `/api/offers/${offer.id}`,
          { title: 'Moderated title', version: offer.version },
          token,
        )
      ).status,
    ).toBe(403);
    const paused = await call(
      'PATCH',
      `/api/offers/${offer.id}`,
      { status: 'paused', version: offer.version },
      token,
    );
    expect(paused.status).toBe(200);
    expect(lastAudit()).toMatchObject({
      action: 'update',
      resource: 'offers',
      recordId: offer.id,
      changes: { status: ['published', 'paused'] },
    });
  });

  it('audit logs are readable by support and admin, with filters', async () => {
    const token = await login(DEMO.support);
    const creditAdjustmentsBySupport = async () =>
      (
        await call(
          'GET',
          `/api/audit-logs${listQuery({ filter: { action: 'company.credits', actorId: 2 } })}`,
          undefined,
          token,
        )
      ).body as { action: string; actorId: number; reason: string }[];
    // The seed already holds a history of adjustments: the new one adds exactly one entry.
    const before = await creditAdjustmentsBySupport();
    await call('POST', `/api/companies/${ACME}/credits`, { delta: 1, reason: 'Test entry' }, token);
    const after = await creditAdjustmentsBySupport();
    expect(after).toHaveLength(before.length + 1);
    expect(after.every((entry) => entry.action === 'company.credits' && entry.actorId === 2)).toBe(true);
    expect(after.map((entry) => entry.reason)).toContain('Test entry');
  });
});
