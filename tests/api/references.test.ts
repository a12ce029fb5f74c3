import { beforeEach, describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Application, Candidate, Interview, User } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import {
  ACME,
  ACME_RECRUITER,
  addFixtures,
  applicationsOf,
  GLOBEX,
  GLOBEX_RECRUITER,
  offersOf,
} from './fixtures';

/**
 * Ids inside write bodies are reads: each must name a record the caller may see, inside the
 * written record's company, or the write is refused with 422 on the field (and a record of another
 * company answers exactly like one that does not exist).
 */
const MISSING = 99_999_999;
const ADMIN_ID = 1;
const when = '2026-12-03T09:00:00.000Z';

let ids: ReturnType<typeof addFixtures>;
beforeEach(() => {
  ids = addFixtures();
});

// Tasks are counted without the automatic ones, which any tasks call may add (the 48-hour rule).
const count = (table: 'tasks' | 'interviews' | 'activities' | 'scorecards' | 'applications') =>
  table === 'tasks'
    ? getState().tables.tasks.rows.filter((task) => !task.automatic).length
    : getState().tables[table].size;

/** Another Acme application, of another candidate than `app`. */
function otherAcmeApplication(app: Application): Application {
  return applicationsOf(ACME).find((a) => a.candidateId !== app.candidateId) as Application;
}

describe('references in CRUD bodies', () => {
  it('a task refuses another company’s application and assignee, staff, and unknown ids, naming each field', async () => {
    const acme = await login(DEMO.acme);
    const before = count('tasks');
    const refused = await call(
      'POST',
      '/api/tasks',
      {
        title: 'Poach',
        dueAt: when,
        applicationId: ids.applications[GLOBEX],
        assigneeId: GLOBEX_RECRUITER,
        candidateId: MISSING,
      },
      acme,
    );
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.errors).sort()).toEqual(['applicationId', 'assigneeId', 'candidateId']);
    const staff = await call('POST', '/api/tasks', { title: 'x', dueAt: when, assigneeId: ADMIN_ID }, acme);
    expect(staff.status).toBe(422);
    expect(staff.body.errors.assigneeId).toBe('unknown');
    expect(count('tasks')).toBe(before);
    // The company's own people and records pass.
    const app = getState().tables.applications.get(ids.applications[ACME]) as Application;
    const ok = await call(
      'POST',
      '/api/tasks',
      {
        title: 'Call back',
        dueAt: when,
        applicationId: app.id,
        candidateId: app.candidateId,
        assigneeId: ACME_RECRUITER,
      },
      acme,
    );
    expect(ok.status).toBe(201);
  });

  it('another company’s record and a missing one get the same answer', async () => {
    const acme = await login(DEMO.acme);
    const body = (applicationId: number) => ({ title: 'x', dueAt: when, applicationId });
    const foreign = await call('POST', '/api/tasks', body(ids.applications[GLOBEX]), acme);
    const missing = await call('POST', '/api/tasks', body(MISSING), acme);
    expect(foreign.status).toBe(422);
    expect(foreign.body).toEqual(missing.body);
  });

  it('an id sent as a string is a type error, never looked up', async () => {
    const acme = await login(DEMO.acme);
    const response = await call(
      'POST',
      '/api/tasks',
      {
        title: 'x',
        dueAt: when,
        applicationId: String(ids.applications[ACME]),
        assigneeId: `${ACME_RECRUITER}`,
      },
      acme,
    );
    expect(response.status).toBe(422);
    expect(response.body.errors).toMatchObject({
      applicationId: expect.any(String),
      assigneeId: expect.any(String),
    });
    expect(response.body.errors.applicationId).not.toBe('unknown');
  });

  it('a task’s application must be its candidate’s', async () => {
    const acme = await login(DEMO.acme);
    const app = getState().tables.applications.get(ids.applications[ACME]) as Application;
    const other = otherAcmeApplication(app);
    const response = await call(
      'POST',
      '/api/tasks',
      { title: 'x', dueAt: when, applicationId: app.id, candidateId: other.candidateId },
      acme,
    );
    expect(response.status).toBe(422);
    expect(response.body.errors.applicationId).toMatch(/candidateId/);
    // Changing only the candidate of a stored task is checked against its application too.
    const task = (await call('GET', `/api/tasks/${ids.tasks[ACME]}`, undefined, acme)).body;
    const patched = await call(
      'PATCH',
      `/api/tasks/${task.id}`,
      { candidateId: other.candidateId, version: task.version },
      acme,
    );
    expect(patched.status).toBe(422);
    expect(patched.body.errors.applicationId).toMatch(/candidateId/);
  });

  it('an activity cannot be re-pointed, by PATCH or PUT, to another company’s application or another candidate’s', async () => {
    const acme = await login(DEMO.acme);
    const path = `/api/activities/${ids.activities[ACME]}`;
    const activity = (await call('GET', path, undefined, acme)).body;
    for (const applicationId of [ids.applications[GLOBEX], MISSING]) {
      const patch = await call('PATCH', path, { applicationId, version: activity.version }, acme);
      expect(patch.status, `PATCH ${applicationId}`).toBe(422);
      expect(patch.body.errors.applicationId).toBe('unknown');
      const put = await call('PUT', path, { ...activity, applicationId }, acme);
      expect(put.status, `PUT ${applicationId}`).toBe(422);
      expect(put.body.errors.applicationId).toBe('unknown');
    }
    const app = getState().tables.applications.get(activity.applicationId) as Application;
    const other = otherAcmeApplication(app);
    const moved = await call('PATCH', path, { applicationId: other.id, version: activity.version }, acme);
    expect(moved.status).toBe(422);
    expect(moved.body.errors.applicationId).toMatch(/candidateId/);
    expect(getState().tables.activities.get(activity.id)?.applicationId).toBe(activity.applicationId);
  });

  it('interviewers are the company’s people: one foreign or staff id among its own is refused, on POST, PATCH and PUT', async () => {
    const acme = await login(DEMO.acme);
    const colleague = (getState().tables.users.rows as User[]).find(
      (u) => u.companyId === ACME && u.id !== ACME_RECRUITER,
    ) as User;
    const before = count('interviews');
    const body = {
      applicationId: ids.applications[ACME],
      startsAt: when,
      durationMinutes: 60,
      kind: 'video',
    };
    for (const interviewerIds of [
      [ACME_RECRUITER, GLOBEX_RECRUITER],
      [ADMIN_ID, colleague.id],
    ]) {
      const response = await call('POST', '/api/interviews', { ...body, interviewerIds }, acme);
      expect(response.status, JSON.stringify(interviewerIds)).toBe(422);
      expect(response.body.errors.interviewerIds).toBe(
        `unknown: ${interviewerIds[interviewerIds[0] === ACME_RECRUITER ? 1 : 0]}`,
      );
    }
    expect(count('interviews')).toBe(before);
    const path = `/api/interviews/${ids.interviews[ACME]}`;
    const stored = (await call('GET', path, undefined, acme)).body as Interview;
    const added = [...stored.interviewerIds, GLOBEX_RECRUITER];
    expect((await call('PATCH', path, { interviewerIds: added, version: stored.version }, acme)).status).toBe(
      422,
    );
    expect((await call('PUT', path, { ...stored, interviewerIds: added }, acme)).status).toBe(422);
    const ics = await call('GET', `${path}/ics`, undefined, acme);
    const globex = getState().tables.users.get(GLOBEX_RECRUITER) as User;
    expect(ics.body).not.toContain(`${globex.firstName} ${globex.lastName}`);
    const own = await call('POST', '/api/interviews', { ...body, interviewerIds: [colleague.id] }, acme);
    expect(own.status).toBe(201);
  });

  it('staff writes keep references inside the record’s company too', async () => {
    const admin = await login(DEMO.admin);
    const acmeApp = ids.applications[ACME];
    const interview = await call(
      'POST',
      '/api/interviews',
      {
        applicationId: acmeApp,
        startsAt: when,
        durationMinutes: 60,
        kind: 'video',
        interviewerIds: [GLOBEX_RECRUITER],
      },
      admin,
    );
    expect(interview.status).toBe(422);
    expect(interview.body.errors.interviewerIds).toBe(`unknown: ${GLOBEX_RECRUITER}`);
    const task = await call(
      'POST',
      '/api/tasks',
      {
        title: 'x',
        dueAt: when,
        companyId: ACME,
        applicationId: ids.applications[GLOBEX],
        assigneeId: ACME_RECRUITER,
      },
      admin,
    );
    expect(task.status).toBe(422);
    expect(Object.keys(task.body.errors)).toEqual(['applicationId']);
    // Moving a record to another company takes its references along: they must be that company's.
    const stored = (await call('GET', `/api/tasks/${ids.tasks[ACME]}`, undefined, admin)).body;
    const moved = await call(
      'PATCH',
      `/api/tasks/${stored.id}`,
      { companyId: GLOBEX, version: stored.version },
      admin,
    );
    expect(moved.status).toBe(422);
    expect(Object.keys(moved.body.errors).sort()).toEqual(['applicationId', 'assigneeId']);
    // An interview staff schedule names no staff member by default.
    const scheduled = await call(
      'POST',
      '/api/interviews',
      { applicationId: acmeApp, startsAt: when, durationMinutes: 60, kind: 'video' },
      admin,
    );
    expect(scheduled.status).toBe(201);
    expect(scheduled.body.interviewerIds).toEqual([]);
  });

  it('a scorecard refuses another company’s interview without judging its ratings; an application another company’s offer', async () => {
    const acme = await login(DEMO.acme);
    const before = [count('scorecards'), count('applications')];
    const card = await call(
      'POST',
      '/api/scorecards',
      { interviewId: ids.interviews[GLOBEX], ratings: { nonsense: 9 }, summary: 'x' },
      acme,
    );
    expect(card.status).toBe(422);
    expect(Object.keys(card.body.errors)).toEqual(['interviewId']);
    const stranger = (getState().tables.candidates.rows as Candidate[])[0];
    const invite = await call(
      'POST',
      '/api/applications',
      { offerId: offersOf(GLOBEX)[0].id, candidateId: stranger.id },
      acme,
    );
    expect(invite.status).toBe(422);
    expect(Object.keys(invite.body.errors)).toEqual(['offerId']);
    expect([count('scorecards'), count('applications')]).toEqual(before);
  });
});

describe('references to an anonymised candidate', () => {
  it('no new record may be about them (no credit spent on inviting them); their past records stay editable', async () => {
    const acme = await login(DEMO.acme);
    const app = getState().tables.applications.get(ids.applications[ACME]) as Application;
    const interview = await call(
      'POST',
      '/api/interviews',
      { applicationId: app.id, startsAt: when, durationMinutes: 30, kind: 'video' },
      acme,
    );
    expect(interview.status).toBe(201);
    const support = await login(DEMO.support);
    expect((await call('POST', `/api/candidates/${app.candidateId}/anonymize`, {}, support)).status).toBe(
      200,
    );
    // Nor through their application or an interview of it (an outside review scheduled one, a task
    // and a scorecard that way).
    const throughApplication = [
      [
        'interviews',
        { applicationId: app.id, startsAt: when, durationMinutes: 30, kind: 'video' },
        'applicationId',
      ],
      ['tasks', { title: 'call back', dueAt: when, applicationId: app.id }, 'applicationId'],
      ['scorecards', { interviewId: interview.body.id, summary: 'good', ratings: {} }, 'interviewId'],
    ] as const;
    for (const [resource, body, field] of throughApplication) {
      const refused = await call('POST', `/api/${resource}`, body, acme);
      expect([resource, refused.status, refused.body.errors?.[field]]).toEqual([
        resource,
        422,
        'this candidate was anonymised',
      ]);
    }
    const task = await call(
      'POST',
      '/api/tasks',
      { title: 'x', dueAt: when, candidateId: app.candidateId },
      acme,
    );
    expect(task.status).toBe(422);
    expect(task.body.errors.candidateId).toBe('this candidate was anonymised');
    const credits = getState().tables.companies.get(GLOBEX)?.credits.cvUnlocks;
    const globex = await login(DEMO.globex);
    const invite = await call(
      'POST',
      '/api/applications',
      { offerId: offersOf(GLOBEX)[0].id, candidateId: app.candidateId },
      globex,
    );
    expect(invite.status).toBe(422);
    expect(getState().tables.companies.get(GLOBEX)?.credits.cvUnlocks).toBe(credits);
    const path = `/api/activities/${ids.activities[ACME]}`;
    const activity = (await call('GET', path, undefined, acme)).body;
    const edited = await call('PATCH', path, { body: '<p>Closed</p>', version: activity.version }, acme);
    expect(edited.status).toBe(200);
  });
});

describe('references in the bodies of custom routes', () => {
  it('sending or rendering a message refuses another company’s template, application or interview', async () => {
    const acme = await login(DEMO.acme);
    const activities = count('activities');
    const own = { templateId: ids['message-templates'][ACME], applicationId: ids.applications[ACME] };
    for (const [field, body] of [
      ['templateId', { ...own, templateId: ids['message-templates'][GLOBEX] }],
      ['applicationId', { ...own, applicationId: ids.applications[GLOBEX] }],
      ['interviewId', { ...own, interviewId: ids.interviews[GLOBEX] }],
    ] as const) {
      const sent = await call('POST', '/api/messages/send', body, acme);
      expect(sent.status, field).toBe(422);
      expect(sent.body.errors[field], field).toBe('unknown');
    }
    const rendered = await call(
      'POST',
      `/api/message-templates/${own.templateId}/render`,
      { applicationId: ids.applications[GLOBEX] },
      acme,
    );
    expect(rendered.status).toBe(422);
    expect(rendered.body.errors.applicationId).toBe('unknown');
    expect(count('activities')).toBe(activities);
  });

  it('a merge refuses an unknown target, and the bulk erasure an unknown id, before touching anything', async () => {
    const acme = await login(DEMO.acme);
    const created = await call(
      'POST',
      '/api/candidates',
      { firstName: 'Dup', lastName: 'Licate', email: 'dup.licate@example.com', country: 'FR' },
      acme,
    );
    const merged = await call('POST', `/api/candidates/${created.body.id}/merge`, { intoId: MISSING }, acme);
    expect(merged.status).toBe(422);
    expect(merged.body.errors.intoId).toBe('unknown');
    const support = await login(DEMO.support);
    const bulk = await call(
      'POST',
      '/api/candidates/anonymize',
      { ids: [created.body.id, MISSING] },
      support,
    );
    expect(bulk.status).toBe(422);
    expect(bulk.body.errors.ids).toBe(`unknown: ${MISSING}`);
    expect(getState().tables.candidates.get(created.body.id)?.anonymizedAt).toBeNull();
  });
});
