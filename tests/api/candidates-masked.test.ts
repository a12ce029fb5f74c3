import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { MASKED_CANDIDATE_FIELDS } from '../../src/model/permissions';
import type { Application, Candidate, CandidateUnlock } from '../../src/model/types';
import { maskedFieldFilters } from '../contract/masked-cases';
import { call, DEMO, listQuery, login, totalOf } from '../helpers/api';
import { ACME, applicantOf, GLOBEX, offersOf, strangerTo } from './fixtures';

/**
 * What a masked database profile hides stays hidden: no sort, filter or search on a masked field
 * reads it back, no lookup names the profile holding a value, and a merge opens nothing.
 */
const candidates = (query: Parameters<typeof listQuery>[0], token: string) =>
  call<Candidate[]>('GET', `/api/candidates${listQuery(query)}`, undefined, token);

/** A database profile of nobody's, with a phone and a LinkedIn URL, masked for Acme. */
function maskedForAcme(): Candidate {
  const stranger = strangerTo(ACME);
  const withAll = (getState().tables.candidates.rows as Candidate[]).find(
    (c) =>
      c.id >= stranger.id && c.ownerCompanyId === null && c.phone && c.linkedinUrl && isStrangerTo(c, ACME),
  );
  return withAll ?? stranger;
}

function isStrangerTo(candidate: Candidate, companyId: number): boolean {
  const state = getState();
  return (
    !(state.tables.applications.rows as Application[]).some(
      (a) => a.candidateId === candidate.id && a.companyId === companyId,
    ) &&
    !(state.tables.candidateUnlocks.rows as CandidateUnlock[]).some(
      (u) => u.candidateId === candidate.id && u.companyId === companyId,
    )
  );
}

describe('masked fields: no sort, filter or search for a recruiter', () => {
  it('refuses a sort on each masked field with a 400 naming it; staff sort on them', async () => {
    const recruiter = await login(DEMO.acme);
    for (const field of MASKED_CANDIDATE_FIELDS)
      for (const order of ['ASC', 'DESC']) {
        const refused = await candidates({ sort: [field, order], range: [0, 0] }, recruiter);
        expect(refused.status, `${field} ${order}`).toBe(400);
        expect((refused.body as unknown as { message: string }).message).toContain(field);
      }
    for (const staff of [DEMO.admin, DEMO.support]) {
      const sorted = await candidates({ sort: ['email', 'ASC'], range: [0, 4] }, await login(staff));
      expect(sorted.status).toBe(200);
      const emails = sorted.body.map((c) => c.email);
      expect(emails).toEqual([...emails].sort());
    }
  });

  it('refuses a filter on a masked field, whatever the operator or the other filters, naming the key', async () => {
    const recruiter = await login(DEMO.acme);
    const target = maskedForAcme();
    const filters = maskedFieldFilters(target);
    for (const filter of filters) {
      const refused = await candidates({ filter }, recruiter);
      const key = Object.keys(filter)[0];
      expect(refused.status, key).toBe(400);
      expect((refused.body as unknown as { message: string }).message).toContain(key);
    }
    const admin = await candidates({ filter: { email: target.email } }, await login(DEMO.admin));
    expect(admin.body.map((c) => c.id)).toEqual([target.id]);
  });

  it('other spellings of a masked sort or filter are refused too, never answered', async () => {
    const recruiter = await login(DEMO.acme);
    const sorts = ['["Email","ASC"]', '["email","asc"]', '["email"]', '"email"', 'email', '["email ","ASC"]'];
    for (const sort of sorts) {
      const response = await call(
        'GET',
        `/api/candidates?sort=${encodeURIComponent(sort)}`,
        undefined,
        recruiter,
      );
      expect(response.status, sort).toBe(400);
    }
    for (const filter of [
      { Email: 'a' },
      { email_gte_lte: 'a' },
      { 'lastName ': 'D' },
      { phone_neq: null },
    ]) {
      const response = await candidates({ filter }, recruiter);
      expect(response.status, JSON.stringify(filter)).toBe(400);
    }
  });

  it('q never matches a masked field of a masked row, yet finds the rows read in full by them', async () => {
    const recruiter = await login(DEMO.acme);
    const target = maskedForAcme();
    const [local, domain] = target.email.split('@');
    // Pieces of the hidden fields that the profile's readable text does not hold.
    const readable = [target.firstName, target.headline, target.summary, target.city, ...target.skills]
      .join(' ')
      .toLowerCase();
    const needles = [
      target.email,
      local,
      `${local.slice(-4)}@${domain}`,
      local.slice(-6),
      (target.phone as string).replace(/\D/g, '').slice(-6),
      (target.linkedinUrl as string).split('/').filter(Boolean).pop() as string,
    ].filter((needle) => !readable.includes(needle.toLowerCase()));
    expect(needles.length).toBeGreaterThan(3);
    for (const q of needles) {
      const found = await candidates({ filter: { q, id: [target.id] } }, recruiter);
      expect(totalOf(found), q).toBe(0);
    }
    const lastName = await candidates({ filter: { q: `${target.firstName} ${target.lastName}` } }, recruiter);
    expect(lastName.body.map((c) => c.id)).not.toContain(target.id);
    // The same kind of search still works on a profile the company reads in full.
    const applicant = applicantOf(ACME);
    const own = await candidates({ filter: { q: applicant.email.split('@')[0] } }, recruiter);
    expect(own.body.map((c) => c.id)).toContain(applicant.id);
  });
});

describe('lookups name only profiles the caller reads in full', () => {
  it('the duplicate check is silent about a masked profile, by email, phone or LinkedIn URL', async () => {
    const recruiter = await login(DEMO.acme);
    const target = maskedForAcme();
    for (const [param, value] of [
      ['email', target.email.toUpperCase()],
      ['phone', target.phone as string],
      ['linkedinUrl', target.linkedinUrl as string],
    ]) {
      const check = await call<Candidate[]>(
        'GET',
        `/api/candidates/duplicates?${param}=${encodeURIComponent(value)}`,
        undefined,
        recruiter,
      );
      expect(check.status, param).toBe(200);
      expect(check.body, param).toEqual([]);
    }
    const applicant = applicantOf(ACME);
    const own = await call<Candidate[]>(
      'GET',
      `/api/candidates/duplicates?email=${encodeURIComponent(applicant.email)}`,
      undefined,
      recruiter,
    );
    expect(own.body.map((c) => c.id)).toEqual([applicant.id]);
    const admin = await call<Candidate[]>(
      'GET',
      `/api/candidates/duplicates?email=${encodeURIComponent(target.email)}`,
      undefined,
      await login(DEMO.admin),
    );
    expect(admin.body.map((c) => c.id)).toContain(target.id);
  });

  it('an import does not say that a masked profile holds an email; it still names a readable one', async () => {
    const recruiter = await login(DEMO.acme);
    const target = maskedForAcme();
    const row = { firstName: 'Same', lastName: 'Person', country: 'FR', skills: ['React'] };
    const masked = await call(
      'POST',
      '/api/candidates/import',
      { rows: [{ ...row, email: target.email }] },
      recruiter,
    );
    expect(masked.status).toBe(201);
    expect(JSON.stringify(masked.body)).not.toContain(String(target.id));
    const applicant = applicantOf(ACME);
    const readable = await call(
      'POST',
      '/api/candidates/import',
      { rows: [{ ...row, email: applicant.email }] },
      recruiter,
    );
    expect(readable.status).toBe(422);
    expect(readable.body.errors['rows.0.email']).toContain(String(applicant.id));
  });
});

describe('a merge by a recruiter touches only what their company owns', () => {
  it("leaves another company's application, unlock and view of the kept profile as they were", async () => {
    const acme = await login(DEMO.acme);
    const globex = await login(DEMO.globex);
    // Acme imports a profile; Globex, finding it in the database, invites it to one of its offers.
    const imported = await call(
      'POST',
      '/api/candidates/import',
      {
        rows: [{ firstName: 'Twin', lastName: 'Profile', email: 'twin.profile@example.test', country: 'FR' }],
      },
      acme,
    );
    const duplicateId = imported.body.ids[0] as number;
    const offer = offersOf(GLOBEX, 'published')[0];
    const invited = await call(
      'POST',
      '/api/applications',
      { candidateId: duplicateId, offerId: offer.id },
      globex,
    );
    expect(invited.status).toBe(201);
    // The kept profile: an Acme applicant that Globex has never unlocked.
    const kept = (getState().tables.candidates.rows as Candidate[]).find(
      (c) => !isStrangerTo(c, ACME) && isStrangerTo(c, GLOBEX) && c.ownerCompanyId === null,
    ) as Candidate;
    const keptBefore = structuredClone(kept);
    const globexView = (await call<Candidate>('GET', `/api/candidates/${kept.id}`, undefined, globex)).body;
    expect(globexView.contactMasked).toBe(true);

    const merged = await call('POST', `/api/candidates/${duplicateId}/merge`, { intoId: kept.id }, acme);
    expect(merged.status).toBe(200);

    const application = getState().tables.applications.get(invited.body.id) as Application;
    expect(application.candidateId).toBe(duplicateId);
    expect(
      getState().tables.candidateUnlocks.rows.some(
        (u) => u.candidateId === kept.id && u.companyId === GLOBEX,
      ),
    ).toBe(false);
    expect((await call<Candidate>('GET', `/api/candidates/${kept.id}`, undefined, globex)).body).toEqual(
      globexView,
    );
    // The shared profile Acme does not own is not rewritten from Acme's import.
    expect(getState().tables.candidates.get(kept.id)).toMatchObject({
      phone: keptBefore.phone,
      summary: keptBefore.summary,
      version: keptBefore.version,
    });
    // Globex still works with the duplicate, in full, as before.
    const duplicate = await call<Candidate>('GET', `/api/candidates/${duplicateId}`, undefined, globex);
    expect(duplicate.body).toMatchObject({ email: 'twin.profile@example.test' });
  });

  it("moves the company's own records and removes the duplicate when no one else uses it", async () => {
    const acme = await login(DEMO.acme);
    const imported = await call(
      'POST',
      '/api/candidates/import',
      { rows: [{ firstName: 'Only', lastName: 'Acme', email: 'only.acme@example.test', country: 'FR' }] },
      acme,
    );
    const duplicateId = imported.body.ids[0] as number;
    const offer = offersOf(ACME, 'published')[0];
    const applied = await call(
      'POST',
      '/api/applications',
      { candidateId: duplicateId, offerId: offer.id },
      acme,
    );
    const kept = applicantOf(ACME);
    expect(
      (await call('POST', `/api/candidates/${duplicateId}/merge`, { intoId: kept.id }, acme)).status,
    ).toBe(200);
    expect((getState().tables.applications.get(applied.body.id) as Application).candidateId).toBe(kept.id);
    expect((await call('GET', `/api/candidates/${duplicateId}`, undefined, acme)).status).toBe(404);
  });
});
