import { beforeAll, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../src/model/types';
import { listQuery } from '../helpers/api';
import { signInAs } from './accounts';
import { call, type Json, madeRecords, rows, run, type Session } from './records';

/**
 * Tenant isolation on write and GDPR reach, over real HTTP, black-box: two recruiters of different
 * companies, support and an admin; every id is discovered through the API. Ids in write bodies must
 * be the caller's to see (422 on the field otherwise); an anonymised person is found nowhere; the
 * export holds every record about them. What a test creates it deletes, and names are new each
 * run, so the suite passes again on the same server.
 */

const MISSING = 999_999_999;
/** A free hour far ahead, so a test interview clashes with nothing. */
const slot = () =>
  new Date(Date.UTC(2031, 0, 1) + Math.floor(Math.random() * 40_000) * 3_600_000).toISOString();

let recruiter: Session;
let other: Session;
let support: Session;
let admin: Session;
const { create, deleteLater } = madeRecords();

beforeAll(async () => {
  [recruiter, other, support, admin] = await Promise.all(
    (['recruiter', 'otherRecruiter', 'support', 'admin'] as const).map(signInAs),
  );
  expect(recruiter.user.companyId).not.toBe(other.user.companyId);
});

describe('ids in write bodies must be the caller’s to see', () => {
  let own: Json[];
  let foreign: Json;
  beforeAll(async () => {
    own = await rows(recruiter, 'applications', {}, [0, 49]);
    [foreign] = await rows(other, 'applications');
    expect(own.length).toBeGreaterThan(1);
    expect(foreign).toBeDefined();
  });
  const task = (fields: object) => ({
    title: `Contract ${run}`,
    dueAt: '2031-01-01T09:00:00.000Z',
    ...fields,
  });

  it('a task refuses another company’s application and user and a staff member, like a missing id', async () => {
    const refused = await call(
      'POST',
      '/api/tasks',
      task({ applicationId: foreign.id, assigneeId: other.user.id }),
      recruiter.token,
    );
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.errors ?? {}).sort()).toEqual(['applicationId', 'assigneeId']);
    const missing = await call('POST', '/api/tasks', task({ applicationId: MISSING }), recruiter.token);
    expect(missing.status).toBe(422);
    expect(missing.body.errors.applicationId).toBe(refused.body.errors.applicationId);
    const staff = await call('POST', '/api/tasks', task({ assigneeId: admin.user.id }), recruiter.token);
    expect(staff.status).toBe(422);
    expect(staff.body.errors?.assigneeId).toBeTruthy();
  });

  it('an id as a string, and an application of another candidate than the task’s, are refused', async () => {
    const asString = await call(
      'POST',
      '/api/tasks',
      task({ applicationId: String(own[0].id) }),
      recruiter.token,
    );
    expect(asString.status).toBe(422);
    expect(asString.body.errors?.applicationId).toBeTruthy();
    const second = own.find((app) => app.candidateId !== own[0].candidateId);
    const mixed = await call(
      'POST',
      '/api/tasks',
      task({ applicationId: own[0].id, candidateId: second.candidateId }),
      recruiter.token,
    );
    expect(mixed.status).toBe(422);
    expect(Object.keys(mixed.body.errors ?? {}).length).toBeGreaterThan(0);
  });

  it('an activity cannot be re-pointed to another company’s application, by PATCH or PUT', async () => {
    const note = await create(recruiter, 'activities', {
      candidateId: own[0].candidateId,
      applicationId: own[0].id,
      type: 'note',
      body: `<p>Contract ${run}</p>`,
    });
    const path = `/api/activities/${note.id}`;
    const patched = await call(
      'PATCH',
      path,
      { applicationId: foreign.id, version: note.version },
      recruiter.token,
    );
    expect(patched.status).toBe(422);
    expect(patched.body.errors?.applicationId).toBeTruthy();
    const put = await call('PUT', path, { ...note, applicationId: foreign.id }, recruiter.token);
    expect(put.status).toBe(422);
    expect((await call('GET', path, undefined, recruiter.token)).body.applicationId).toBe(own[0].id);
  });

  it('interviewers: one foreign id among the company’s own is refused, on create and on PATCH; the .ics never names them', async () => {
    const body = { applicationId: own[0].id, startsAt: slot(), durationMinutes: 30, kind: 'video' };
    for (const interviewerIds of [
      [recruiter.user.id, other.user.id],
      [recruiter.user.id, admin.user.id],
    ]) {
      const refused = await call('POST', '/api/interviews', { ...body, interviewerIds }, recruiter.token);
      expect(refused.status, JSON.stringify(interviewerIds)).toBe(422);
      expect(refused.body.errors?.interviewerIds).toBeTruthy();
    }
    const interview = await create(recruiter, 'interviews', { ...body, interviewerIds: [recruiter.user.id] });
    const path = `/api/interviews/${interview.id}`;
    const added = [recruiter.user.id, other.user.id];
    expect(
      (await call('PATCH', path, { interviewerIds: added, version: interview.version }, recruiter.token))
        .status,
    ).toBe(422);
    const ics = await call('GET', `${path}/ics`, undefined, recruiter.token);
    const stranger = (await call('GET', '/api/auth/me', undefined, other.token)).body;
    expect(String(ics.body)).not.toContain(`${stranger.firstName} ${stranger.lastName}`);
    // Staff are held to the record's company too.
    const byAdmin = await call(
      'POST',
      '/api/interviews',
      { ...body, startsAt: slot(), interviewerIds: [other.user.id] },
      admin.token,
    );
    expect(byAdmin.status).toBe(422);
  });

  it('a scorecard, an application, a message and a bulk erasure refuse ids the caller cannot see', async () => {
    const [foreignInterview] = await rows(other, 'interviews');
    if (foreignInterview) {
      const card = await call(
        'POST',
        '/api/scorecards',
        { interviewId: foreignInterview.id, summary: 'x' },
        recruiter.token,
      );
      expect(card.status).toBe(422);
      expect(card.body.errors?.interviewId).toBeTruthy();
    }
    const [foreignOffer] = await rows(other, 'offers');
    const invite = await call(
      'POST',
      '/api/applications',
      { offerId: foreignOffer.id, candidateId: own[0].candidateId },
      recruiter.token,
    );
    expect(invite.status).toBe(422);
    expect(invite.body.errors?.offerId).toBeTruthy();
    const [template] = await rows(recruiter, 'message-templates');
    const [foreignTemplate] = await rows(other, 'message-templates');
    if (template) {
      const sent = await call(
        'POST',
        '/api/messages/send',
        { templateId: template.id, applicationId: foreign.id },
        recruiter.token,
      );
      expect(sent.status).toBe(422);
      expect(sent.body.errors?.applicationId).toBeTruthy();
    }
    if (foreignTemplate) {
      const sent = await call(
        'POST',
        '/api/messages/send',
        { templateId: foreignTemplate.id, applicationId: own[0].id },
        recruiter.token,
      );
      expect(sent.status).toBe(422);
      expect(sent.body.errors?.templateId).toBeTruthy();
    }
    const bulk = await call('POST', '/api/candidates/anonymize', { ids: [MISSING] }, support.token);
    expect(bulk.status).toBe(422);
    expect(bulk.body.errors?.ids).toBeTruthy();
  });
});

describe('GDPR: what erasure reaches and what the export holds', () => {
  const person = {
    firstName: 'Élise',
    lastName: `Contract${run}`,
    email: `elise.${run}@contract.test`,
    phone: `+33 6 ${String(Math.floor(Math.random() * 1e8))
      .padStart(8, '0')
      .replace(/(\d\d)(?=\d)/g, '$1 ')}`,
    country: 'FR',
  };
  const full = `${person.firstName} ${person.lastName}`;
  const compactPhone = person.phone.replace(/\s/g, '');
  const needles = [full, person.email, compactPhone];
  const holds = (value: unknown) => {
    const text = JSON.stringify(value).toLowerCase();
    return (
      needles.some((needle) => text.includes(needle.toLowerCase())) ||
      text.includes(person.lastName.toLowerCase())
    );
  };
  const made: Record<string, Json> = {};

  beforeAll(async () => {
    const [offer] = await rows(recruiter, 'offers', { status: 'published' });
    // Only an admin may delete a profile.
    made.candidate = await create(recruiter, 'candidates', person, admin);
    made.application = await create(recruiter, 'applications', {
      candidateId: made.candidate.id,
      offerId: offer.id,
    });
    const link = { candidateId: made.candidate.id, applicationId: made.application.id };
    made.task = await create(recruiter, 'tasks', {
      ...link,
      title: `Call ${full} on ${person.phone}`,
      dueAt: '2031-01-02T09:00:00.000Z',
    });
    made.note = await create(recruiter, 'activities', {
      ...link,
      type: 'note',
      body: `<p>Wrote to ${person.email}</p>`,
    });
    made.interview = await create(recruiter, 'interviews', {
      applicationId: made.application.id,
      startsAt: slot(),
      durationMinutes: 30,
      kind: 'on-site',
      location: `Reception, ask for ${full}`,
    });
    made.scorecard = await create(recruiter, 'scorecards', {
      interviewId: made.interview.id,
      summary: `${full}: clear thinker`,
    });
    made.view = await create(recruiter, 'saved-views', {
      resource: 'candidates',
      name: `${full} shortlist`,
      filter: { q: person.email },
    });
    made.template = await create(recruiter, 'message-templates', {
      kind: 'offer',
      locale: 'en',
      name: `Offer for ${full}`,
      subject: 'Offer',
      body: 'Hello {candidate.firstName}',
    });
    made.message = (
      await call(
        'POST',
        '/api/messages/send',
        { templateId: made.template.id, applicationId: made.application.id },
        recruiter.token,
      )
    ).body;
    deleteLater(`/api/activities/${made.message.id}`, recruiter);
    made.referee = await create(
      recruiter,
      'candidates',
      {
        firstName: 'Paul',
        lastName: `Referee${run}`,
        email: `paul.${run}@contract.test`,
        country: 'FR',
        summary: `Referred by ${full}`,
        city: `c/o ${full}`,
        skills: ['Java', `mentored by ${full}`],
      },
      admin,
    );
    // The name glued as in a web address or with a soft hyphen inside, the phone with slashes or dashes.
    const glued = `${person.firstName}${person.lastName}`;
    made.glued = await create(recruiter, 'activities', {
      ...link,
      type: 'note',
      body: `linkedin.com/in/${glued.toLowerCase()}, ${glued}, ${person.firstName} Con\u00ADtract${run}, ${person.phone.replace(/ /g, '/')}, ${person.phone.replace(/ /g, '–')}`,
    });
    // The recruiter's company's own tags on a profile it does not own.
    made.shared = (await rows(recruiter, 'candidates', {}, [0, 29])).find(
      (row) => row.ownerCompanyId !== recruiter.user.companyId && !row.anonymizedAt,
    );
    expect(made.shared, 'a profile the recruiter’s company does not own').toBeDefined();
    const tagged = await call(
      'PATCH',
      `/api/candidates/${made.shared.id}`,
      { tags: [...made.shared.tags, `friend of ${full}`], version: made.shared.version },
      recruiter.token,
    );
    expect(tagged.status, JSON.stringify(tagged.body)).toBe(200);
    // Shown as a row of the other company's search.
    expect((await rows(other, 'candidates', { id: made.candidate.id })).map((row) => row.id)).toEqual([
      made.candidate.id,
    ]);
    for (const delta of [1, -1]) {
      const adjusted = await call(
        'POST',
        `/api/companies/${recruiter.user.companyId}/credits`,
        { delta, reason: `Goodwill for ${full}` },
        support.token,
      );
      expect(adjusted.status).toBe(200);
    }
    const stored = (await call('GET', `/api/tasks/${made.task.id}`, undefined, admin.token)).body;
    expect(
      (
        await call(
          'PATCH',
          `/api/tasks/${made.task.id}`,
          { title: `Call back ${full}`, version: stored.version },
          admin.token,
        )
      ).status,
    ).toBe(200);
  }, 120_000);

  it('the export holds every record about the person, and who exported the profile', async () => {
    await call('GET', `/api/candidates/${made.candidate.id}/export`, undefined, support.token);
    const exported = await call(
      'GET',
      `/api/candidates/${made.candidate.id}/export`,
      undefined,
      support.token,
    );
    expect(exported.status).toBe(200);
    const idsOf = (rows: Json[] = []) => rows.map((row) => row.id);
    const body = exported.body;
    expect(body.candidate).toMatchObject({ id: made.candidate.id, email: person.email });
    expect(idsOf(body.applications)).toEqual([made.application.id]);
    expect(idsOf(body.activities)).toContain(made.note.id);
    expect(idsOf(body.messages)).toEqual([made.message.id]);
    expect(idsOf(body.interviews)).toEqual([made.interview.id]);
    expect(idsOf(body.scorecards)).toEqual([made.scorecard.id]);
    expect(idsOf(body.tasks)).toContain(made.task.id);
    expect(idsOf(body.savedViews)).toEqual([made.view.id]);
    expect(body.creditLedger.filter((line: Json) => line.reason === `Goodwill for ${full}`)).toHaveLength(2);
    expect(body.auditLog.length).toBeGreaterThan(0);
    expect(idsOf(body.activities)).toContain(made.glued.id);
    expect(body.accessTrail).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'export', actorId: support.user.id }),
        expect.objectContaining({ action: 'listed', actorId: other.user.id }),
      ]),
    );
    expect(body.mentions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ resource: 'candidates', id: made.referee.id, field: 'summary' }),
        expect.objectContaining({ resource: 'candidates', id: made.referee.id, field: 'city' }),
        expect.objectContaining({ resource: 'candidates', id: made.referee.id, field: 'skills' }),
        expect.objectContaining({
          resource: 'candidates',
          id: made.shared.id,
          field: 'tags',
          companyId: recruiter.user.companyId,
        }),
      ]),
    );
  });

  it('after anonymisation, q finds the name, email or phone in no resource, nor in the .ics, the export or the audit', async () => {
    expect(
      (await call('POST', `/api/candidates/${made.candidate.id}/anonymize`, {}, support.token)).status,
    ).toBe(200);
    for (const resource of RESOURCES)
      for (const needle of needles) {
        const found = await call(
          'GET',
          `/api/${resource}${listQuery({ filter: { q: needle } })}`,
          undefined,
          admin.token,
        );
        expect([200, 403], resource).toContain(found.status);
        if (found.status === 200) expect(found.body, `${resource} q=${needle}`).toEqual([]);
      }
    for (const resource of ['saved-views', 'tasks', 'message-templates', 'candidates'])
      expect(await rows(recruiter, resource, { q: person.lastName }, [0, 9]), resource).toEqual([]);
    const ics = await call('GET', `/api/interviews/${made.interview.id}/ics`, undefined, recruiter.token);
    expect(holds(ics.body)).toBe(false);
    const exported = await call(
      'GET',
      `/api/candidates/${made.candidate.id}/export`,
      undefined,
      support.token,
    );
    expect(holds(exported.body)).toBe(false);
    const entries = await rows(
      admin,
      'audit-logs',
      { action: 'candidate.anonymize', recordId: made.candidate.id },
      [0, 9],
    );
    expect(entries).toHaveLength(1);
    expect(holds(entries)).toBe(false);
    const note = (await call('GET', `/api/activities/${made.glued.id}`, undefined, recruiter.token)).body;
    expect(note.body.toLowerCase()).not.toContain(person.lastName.toLowerCase());
    expect(note.body.replace(/\D/g, '')).not.toContain(compactPhone.slice(-8));
    const referee = (await call('GET', `/api/candidates/${made.referee.id}`, undefined, admin.token)).body;
    expect(holds([referee.city, referee.skills])).toBe(false);
    const shared = (await call('GET', `/api/candidates/${made.shared.id}`, undefined, recruiter.token)).body;
    expect(holds(shared.tags)).toBe(false);
    // Leave the shared profile's tags as they were.
    await call(
      'PATCH',
      `/api/candidates/${made.shared.id}`,
      { tags: made.shared.tags, version: shared.version },
      recruiter.token,
    );
  }, 180_000);

  it('after anonymisation, no new record reaches the person through their application or an interview of it', async () => {
    const through = [
      [
        'interviews',
        { applicationId: made.application.id, startsAt: slot(), durationMinutes: 30, kind: 'video' },
      ],
      [
        'tasks',
        { title: `Contract ${run}`, dueAt: '2031-01-02T09:00:00.000Z', applicationId: made.application.id },
      ],
      ['scorecards', { interviewId: made.interview.id, summary: 'Follow-up', ratings: {} }],
    ] as const;
    for (const [resource, body] of through) {
      const refused = await call('POST', `/api/${resource}`, body, recruiter.token);
      if (refused.status === 201) deleteLater(`/api/${resource}/${refused.body.id}`, recruiter);
      expect(refused.status, `${resource} ${JSON.stringify(refused.body)}`).toBe(422);
    }
  });
});

describe('a saved view’s sort is a sort of its resource, nothing else', () => {
  it('a field that is no sortable field of the view’s resource, another key or another order: 422 on sort', async () => {
    const view = (sort: unknown) => ({ resource: 'candidates', name: `Sorted ${run}`, filter: {}, sort });
    for (const sort of [
      { field: `Élise Contract${run}`, order: 'ASC' },
      { field: 'lastName', order: 'ASC', note: `Élise Contract${run}` },
      { field: 'lastName', order: 'UP' },
      { field: 'title', order: 'ASC' },
      'lastName',
    ]) {
      const refused = await call('POST', '/api/saved-views', view(sort), recruiter.token);
      expect(refused.status, JSON.stringify(sort)).toBe(422);
      expect(Object.keys(refused.body.errors ?? {}), JSON.stringify(sort)).toContain('sort');
    }
    // A field the recruiter may sort their list on (lastName is masked for them: their list refuses it).
    await create(recruiter, 'saved-views', view({ field: 'yearsOfExperience', order: 'DESC' }));
  });
});
