import { beforeEach, describe, expect, it } from 'vitest';
import { table } from '../../mocks/db/store';
import { criteriaFor } from '../../src/model/scorecards';
import type { Candidate, ResourceName } from '../../src/model/types';
import { call, DEMO, listQuery, login, totalOf } from '../helpers/api';
import { ACME, addFixtures, applicantOf, GLOBEX, offersOf, strangerTo } from './fixtures';

/** Tenant isolation: the company comes from the token; another company's records do not exist. */
const SCOPED: ResourceName[] = [
  'offers',
  'applications',
  'activities',
  'interviews',
  'scorecards',
  'tasks',
  'message-templates',
  'users',
  'credit-ledger',
];

describe('tenant isolation for recruiters', () => {
  let ids: ReturnType<typeof addFixtures>;
  beforeEach(() => {
    ids = addFixtures();
  });

  for (const resource of SCOPED) {
    it(`${resource}: lists hold only the own company's rows, even when filtering on another companyId`, async () => {
      const token = await login(DEMO.acme);
      const own = await call('GET', `/api/${resource}${listQuery({ range: [0, 499] })}`, undefined, token);
      expect(own.status).toBe(200);
      expect(own.body.length).toBeGreaterThan(0);
      for (const row of own.body) expect(row.companyId).toBe(ACME);
      const other = await call(
        'GET',
        `/api/${resource}${listQuery({ filter: { companyId: GLOBEX } })}`,
        undefined,
        token,
      );
      expect(other.body).toEqual([]);
      expect(totalOf(other)).toBe(0);
    });
  }

  it('another company’s record answers 404 on read, update and delete (no existence leak)', async () => {
    const token = await login(DEMO.acme);
    const globexOffer = offersOf(GLOBEX)[0];
    for (const [method, body] of [
      ['GET', undefined],
      ['PATCH', { title: 'Hijacked offer', version: globexOffer.version }],
      ['DELETE', undefined],
    ] as const) {
      const response = await call(method, `/api/offers/${globexOffer.id}`, body, token);
      expect(response.status).toBe(404);
    }
    expect((await call('GET', `/api/companies/${GLOBEX}`, undefined, token)).status).toBe(404);
    expect(
      (await call('GET', `/api/applications/${ids.applications[GLOBEX]}`, undefined, token)).status,
    ).toBe(404);
    expect(
      (await call('GET', `/api/offers/${globexOffer.id}`, undefined, await login(DEMO.globex))).status,
    ).toBe(200);
  });

  it('only submitted scorecards of colleagues are visible; drafts stay private to their author', async () => {
    const colleague = await login('helene.michel@acme.test');
    expect((await call('GET', `/api/scorecards/${ids.scorecards[ACME]}`, undefined, colleague)).status).toBe(
      404,
    );
    const author = await login(DEMO.acme);
    const card = (await call('GET', `/api/scorecards/${ids.scorecards[ACME]}`, undefined, author)).body;
    await call(
      'PATCH',
      `/api/scorecards/${card.id}`,
      {
        // Submitting needs every criterion of the offer rated and a recommendation.
        ratings: Object.fromEntries(
          criteriaFor(table('offers').get(table('applications').get(card.applicationId)?.offerId ?? 0)).map(
            (criterion) => [criterion, 3],
          ),
        ),
        recommendation: 'yes',
        submittedAt: '2026-11-02T09:00:00.000Z',
        version: card.version,
      },
      author,
    );
    expect((await call('GET', `/api/scorecards/${ids.scorecards[ACME]}`, undefined, colleague)).status).toBe(
      200,
    );
  });

  it('saved views: own ones, plus the team-shared ones of the own company', async () => {
    const acme = await login(DEMO.acme);
    const globex = await login(DEMO.globex);
    const created = await call(
      'POST',
      '/api/saved-views',
      { resource: 'offers', name: 'Team', filter: {}, sharedWithTeam: true },
      acme,
    );
    const colleague = await login('helene.michel@acme.test');
    expect((await call('GET', `/api/saved-views/${created.body.id}`, undefined, colleague)).status).toBe(200);
    expect((await call('DELETE', `/api/saved-views/${created.body.id}`, undefined, colleague)).status).toBe(
      403,
    );
    expect((await call('GET', `/api/saved-views/${created.body.id}`, undefined, globex)).status).toBe(404);
  });
});

describe('mass assignment is refused', () => {
  it('a recruiter cannot create a record in another company', async () => {
    const token = await login(DEMO.acme);
    const response = await call(
      'POST',
      '/api/tasks',
      { title: 'Sneaky', dueAt: '2026-12-01T10:00:00.000Z', companyId: GLOBEX },
      token,
    );
    expect(response.status).toBe(403);
    expect(response.body.errors).toEqual({ companyId: 'not allowed' });
  });

  it('a recruiter cannot move an own record to another company', async () => {
    const token = await login(DEMO.acme);
    const offer = offersOf(ACME, 'draft')[0];
    const response = await call(
      'PATCH',
      `/api/offers/${offer.id}`,
      { companyId: GLOBEX, version: offer.version },
      token,
    );
    expect(response.status).toBe(403);
    expect((await call('GET', `/api/offers/${offer.id}`, undefined, token)).body.companyId).toBe(ACME);
  });

  it('server-owned fields cannot be set through an update', async () => {
    const admin = await login(DEMO.admin);
    for (const [resource, id, field, value] of [
      ['companies', ACME, 'credits', { cvUnlocks: 9999, jobSlots: 9999 }],
      ['offers', offersOf(ACME)[0].id, 'views', 1_000_000],
      ['offers', offersOf(ACME)[0].id, 'applicationsCount', 0],
      ['users', 12, 'status', 'locked'],
      ['offers', offersOf(ACME)[0].id, 'id', 424242],
    ] as const) {
      const record = (await call('GET', `/api/${resource}/${id}`, undefined, admin)).body;
      const response = await call('PUT', `/api/${resource}/${id}`, { ...record, [field]: value }, admin);
      expect(response.status, `${resource}.${field}`).toBe(403);
      expect(response.body.errors).toHaveProperty(field);
    }
  });

  it('server-owned fields sent on create are ignored', async () => {
    const token = await login(DEMO.acme);
    const response = await call(
      'POST',
      '/api/candidates',
      {
        firstName: 'Grace',
        lastName: 'Hopper',
        email: 'grace@example.com',
        country: 'FR',
        ownerCompanyId: ACME,
        id: 5,
        version: 7,
        anonymizedAt: '2026-01-01T00:00:00.000Z',
      },
      token,
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ ownerCompanyId: ACME, version: 1, anonymizedAt: null });
    expect(response.body.id).not.toBe(5);
  });

  it('a recruiter cannot change their own role, status or company', async () => {
    const token = await login(DEMO.acme);
    const me = (await call('GET', '/api/users/11', undefined, token)).body;
    for (const change of [{ role: 'admin' }, { companyId: GLOBEX }, { email: 'other@acme.test' }]) {
      const response = await call('PATCH', '/api/users/11', { ...change, version: me.version }, token);
      expect(response.status).toBe(403);
    }
    const ok = await call(
      'PATCH',
      '/api/users/11',
      { firstName: 'Camille', locale: 'en', version: me.version },
      token,
    );
    expect(ok.status).toBe(200);
    expect((await call('PATCH', '/api/users/12', { firstName: 'X', version: 1 }, token)).status).toBe(403);
  });

  it('support cannot grant admin; only an admin changes a role', async () => {
    const support = await login(DEMO.support);
    const user = (await call('GET', '/api/users/12', undefined, support)).body;
    expect(
      (
        await call(
          'PATCH',
          '/api/users/12',
          { role: 'admin', companyId: null, version: user.version },
          support,
        )
      ).status,
    ).toBe(403);
    const created = await call(
      'POST',
      '/api/users',
      { firstName: 'A', lastName: 'B', email: 'ab@backoffice.test', role: 'admin' },
      support,
    );
    expect(created.status).toBe(403);
    const admin = await login(DEMO.admin);
    const promoted = await call('PATCH', '/api/users/5', { role: 'sales', version: 1 }, admin);
    expect(promoted.status).toBe(200);
  });

  it('the last active admin cannot be demoted or deleted', async () => {
    const admin = await login(DEMO.admin);
    // Two admins in the seed (1 and 4): removing the other one leaves admin 1 as the last.
    expect((await call('DELETE', '/api/users/4', undefined, admin)).status).toBe(200);
    expect((await call('PATCH', '/api/users/1', { role: 'support', version: 1 }, admin)).status).toBe(403);
    expect((await call('DELETE', '/api/users/1', undefined, admin)).status).toBe(403);
  });
});

describe('candidate database for recruiters', () => {
  it('profiles with no link to the company come masked, with contactMasked: true', async () => {
    const token = await login(DEMO.acme);
    const stranger = strangerTo(ACME);
    const response = await call('GET', `/api/candidates/${stranger.id}`, undefined, token);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      contactMasked: true,
      email: '',
      phone: null,
      linkedinUrl: null,
      lastName: `${stranger.lastName[0]}.`,
    });
    expect(JSON.stringify(response.body)).not.toContain(stranger.email);
  });

  it('applicants to own offers, owned and unlocked profiles come in full', async () => {
    const token = await login(DEMO.acme);
    const applicant = applicantOf(ACME);
    const response = await call('GET', `/api/candidates/${applicant.id}`, undefined, token);
    expect(response.body).toMatchObject({ email: applicant.email, lastName: applicant.lastName });
    expect(response.body.contactMasked).toBeUndefined();
  });

  it('lists mask the same way, and staff always see contacts', async () => {
    const token = await login(DEMO.acme);
    const page = await call('GET', `/api/candidates${listQuery({ range: [0, 29] })}`, undefined, token);
    const masked = (page.body as Candidate[]).filter((c) => c.contactMasked);
    expect(masked.length).toBeGreaterThan(0);
    for (const c of masked) expect(c.email).toBe('');
    const support = await call(
      'GET',
      `/api/candidates${listQuery({ range: [0, 29] })}`,
      undefined,
      await login(DEMO.support),
    );
    expect((support.body as Candidate[]).every((c) => c.email.includes('@') && !c.contactMasked)).toBe(true);
  });

  it('masked contact fields cannot be searched or filtered (no existence leak)', async () => {
    const token = await login(DEMO.acme);
    const stranger = strangerTo(ACME);
    const byEmail = await call(
      'GET',
      `/api/candidates${listQuery({ filter: { email: stranger.email } })}`,
      undefined,
      token,
    );
    expect(byEmail.status).toBe(400);
    expect(byEmail.body.message).toContain('email');
    const byQ = await call(
      'GET',
      `/api/candidates${listQuery({ filter: { q: stranger.email } })}`,
      undefined,
      token,
    );
    expect(totalOf(byQ)).toBe(0);
    const staff = await call(
      'GET',
      `/api/candidates${listQuery({ filter: { email: stranger.email } })}`,
      undefined,
      await login(DEMO.admin),
    );
    expect(totalOf(staff)).toBe(1);
  });

  it('a recruiter edits only tags of a profile their company does not own', async () => {
    const token = await login(DEMO.acme);
    const applicant = (await call('GET', `/api/candidates/${applicantOf(ACME).id}`, undefined, token)).body;
    expect(
      (await call('PUT', `/api/candidates/${applicant.id}`, { ...applicant, tags: ['java'] }, token)).status,
    ).toBe(200);
    const stale = { ...applicant, version: applicant.version + 1, headline: 'Rewritten' };
    expect((await call('PUT', `/api/candidates/${applicant.id}`, stale, token)).status).toBe(403);
    const stranger = (await call('GET', `/api/candidates/${strangerTo(ACME).id}`, undefined, token)).body;
    const tagged = await call(
      'PUT',
      `/api/candidates/${stranger.id}`,
      { ...stranger, tags: ['later'] },
      token,
    );
    expect(tagged.status).toBe(200);
    expect(tagged.body).toMatchObject({
      contactMasked: true,
      tags: ['later'],
      version: stranger.version + 1,
    });
  });

  it("a company's tags on a shared profile are its own: another tenant neither sees nor changes them", async () => {
    const acme = await login(DEMO.acme);
    const globex = await login(DEMO.globex);
    const shared = strangerTo(ACME);
    const read = async (token: string) =>
      (await call<Candidate>('GET', `/api/candidates/${shared.id}`, undefined, token)).body;
    const globexBefore = await read(globex);
    const acmeView = await read(acme);
    const tagged = await call(
      'PATCH',
      `/api/candidates/${shared.id}`,
      { tags: ['acme-secret'], version: acmeView.version },
      acme,
    );
    expect(tagged.status).toBe(200);
    // Globex reads the profile exactly as before: not the tag, not even a new version.
    expect(await read(globex)).toEqual(globexBefore);
    const byTag = listQuery({ filter: { tags: 'acme-secret' } });
    expect(totalOf(await call('GET', `/api/candidates${byTag}`, undefined, globex))).toBe(0);
    const byQ = listQuery({ filter: { q: 'acme-secret' } });
    expect(totalOf(await call('GET', `/api/candidates${byQ}`, undefined, globex))).toBe(0);
    expect(totalOf(await call('GET', `/api/candidates${byTag}`, undefined, acme))).toBe(1);
    expect(totalOf(await call('GET', `/api/candidates${byQ}`, undefined, acme))).toBe(1);
    // Globex's own tags on it change nothing for Acme.
    const globexTags = await call(
      'PATCH',
      `/api/candidates/${shared.id}`,
      { tags: ['globex-own'], version: globexBefore.version },
      globex,
    );
    expect(globexTags.body.tags).toEqual(['globex-own']);
    expect((await read(acme)).tags).toEqual(['acme-secret']);
    // A stale version is a conflict within the company, as for any edit.
    const stale = await call(
      'PATCH',
      `/api/candidates/${shared.id}`,
      { tags: [], version: acmeView.version },
      acme,
    );
    expect(stale.status).toBe(409);
    expect((await read(acme)).tags).toEqual(['acme-secret']);
  });

  it("a profile a company imported keeps that company's tags to itself", async () => {
    const acme = await login(DEMO.acme);
    const imported = await call(
      'POST',
      '/api/candidates',
      {
        firstName: 'Tagged',
        lastName: 'Import',
        email: 'tagged.import@example.test',
        country: 'FR',
        tags: ['acme-only'],
      },
      acme,
    );
    expect(imported.status).toBe(201);
    const globex = await login(DEMO.globex);
    const seen = await call<Candidate>('GET', `/api/candidates/${imported.body.id}`, undefined, globex);
    expect(seen.body.tags).toEqual([]);
    const byTag = listQuery({ filter: { tags: 'acme-only' } });
    expect(totalOf(await call('GET', `/api/candidates${byTag}`, undefined, globex))).toBe(0);
  });

  it("staff read a record's own tags, never a company's", async () => {
    const acme = await login(DEMO.acme);
    const shared = (await call<Candidate>('GET', `/api/candidates/${strangerTo(ACME).id}`, undefined, acme))
      .body;
    await call(
      'PATCH',
      `/api/candidates/${shared.id}`,
      { tags: ['acme-secret'], version: shared.version },
      acme,
    );
    for (const who of [DEMO.support, DEMO.admin]) {
      const staff = await call<Candidate>('GET', `/api/candidates/${shared.id}`, undefined, await login(who));
      expect(staff.body.tags).not.toContain('acme-secret');
    }
  });

  it('sales never receive candidates', async () => {
    const token = await login(DEMO.sales);
    expect((await call('GET', '/api/candidates', undefined, token)).status).toBe(403);
    expect((await call('GET', `/api/candidates/${applicantOf(ACME).id}`, undefined, token)).status).toBe(403);
  });
});
