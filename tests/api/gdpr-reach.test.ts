import { beforeEach, describe, expect, it } from 'vitest';
import { PeopleMatcher } from '../../mocks/domain/gdpr/person-names';
import {
  NOT_PERSON_TEXT,
  PERSON_TEXT,
  TEXT_TYPES,
  textFieldsOf,
} from '../../mocks/domain/gdpr/personal-data';
import { RESOURCE_SPECS } from '../../mocks/domain/records/resources';
import { foldText } from '../../mocks/domain/records/text';
import { advanceClock, getState } from '../../mocks/handlers';
import { type Activity, type Application, type Candidate, RESOURCES, type Task } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { ACME, GLOBEX_RECRUITER, offersOf } from './fixtures';

/**
 * GDPR erasure reaches every free text that may name the person (tasks, the API's own task
 * wording, interviews and their .ics, scorecards, saved views, ledger reasons, templates, other
 * profiles, notes, messages, the audit trail), and the export holds every record about them.
 */
const HOUR = 3_600_000;
const PERSON = {
  firstName: 'Éloïse',
  lastName: 'Vandermeer',
  email: 'eloise.vandermeer@example.com',
  phone: '+33 6 12 34 56 78',
  country: 'FR',
};
const FULL = `${PERSON.firstName} ${PERSON.lastName}`;

// biome-ignore lint/suspicious/noExplicitAny: API bodies are read as JSON
type Json = any;

interface Trail {
  candidateId: number;
  app: Application;
  ids: Record<string, number>;
}

/** Every way an Acme recruiter, support and an admin can write the person's name down. */
async function personEverywhere(): Promise<Trail> {
  const acme = await login(DEMO.acme);
  const admin = await login(DEMO.admin);
  const support = await login(DEMO.support);
  const post = async (path: string, body: unknown, token = acme): Promise<Json> => {
    const response = await call('POST', path, body, token);
    expect(response.status, `${path} ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response.body;
  };
  const candidate = await post('/api/candidates', PERSON);
  const app: Application = await post('/api/applications', {
    candidateId: candidate.id,
    offerId: offersOf(ACME)[0].id,
  });
  const ids: Record<string, number> = {};
  ids.task = (
    await post('/api/tasks', {
      title: `Call ${FULL} on 06.12.34.56.78`,
      dueAt: '2026-11-20T09:00:00Z',
      applicationId: app.id,
      candidateId: candidate.id,
    })
  ).id;
  ids.note = (
    await post('/api/activities', {
      candidateId: candidate.id,
      applicationId: app.id,
      type: 'note',
      body: `<p>Wrote to ${PERSON.email.toUpperCase()}; Éloïse will call back</p>`,
    })
  ).id;
  const interview = await post('/api/interviews', {
    applicationId: app.id,
    startsAt: '2026-11-25T09:00:00.000Z',
    durationMinutes: 45,
    kind: 'on-site',
    location: 'Café de la Gare, ask for Eloise Vandermeer',
    videoUrl: 'https://meet.example.com/eloise-vandermeer',
  });
  ids.interview = interview.id;
  ids.scorecard = (
    await post('/api/scorecards', { interviewId: interview.id, summary: 'VANDERMEER Éloïse: sharp, calm' })
  ).id;
  ids.view = (
    await post('/api/saved-views', {
      resource: 'candidates',
      name: `${FULL} and similar`,
      filter: { q: PERSON.email },
    })
  ).id;
  ids.template = (
    await post('/api/message-templates', {
      kind: 'offer',
      locale: 'en',
      name: `Offer for ${FULL}`,
      subject: 'Your offer',
      body: 'Hello {candidate.firstName}',
    })
  ).id;
  const rejection = (
    await call(
      'GET',
      `/api/message-templates${listQuery({ filter: { kind: 'rejection' } })}`,
      undefined,
      acme,
    )
  ).body[0];
  ids.message = (await post('/api/messages/send', { templateId: rejection.id, applicationId: app.id })).id;
  ids.referee = (
    await post('/api/candidates', {
      firstName: 'Paul',
      lastName: 'Referee',
      email: 'paul.referee@example.com',
      country: 'FR',
      summary: `Referred by ${FULL}`,
      // Recruiters type these too: a name can land in any of them.
      city: `c/o ${FULL}`,
      skills: ['Java', `mentored by ${FULL}`],
    })
  ).id;
  // A job advert may name the person it replaces, or quote their profile.
  const offer = offersOf(ACME)[0];
  const advert = await call(
    'PATCH',
    `/api/offers/${offer.id}`,
    {
      title: `Replacement for ${FULL}`,
      description: `<p>Like ${FULL} (${PERSON.email}, ${PERSON.phone})</p>`,
      skills: [...offer.skills, `as ${FULL}`],
      version: offer.version,
    },
    acme,
  );
  expect(advert.status, JSON.stringify(advert.body)).toBe(200);
  ids.offer = offer.id;
  // A company's own tags on a profile it does not own are kept apart from the record: free text too.
  const shared = (getState().tables.candidates.rows as Candidate[]).find(
    (c) => c.ownerCompanyId !== ACME && !c.anonymizedAt,
  ) as Candidate;
  const sharedView = (await call('GET', `/api/candidates/${shared.id}`, undefined, acme)).body;
  const tagged = await call(
    'PATCH',
    `/api/candidates/${shared.id}`,
    { tags: [`friend of ${FULL}`], version: sharedView.version },
    acme,
  );
  expect(tagged.status, JSON.stringify(tagged.body)).toBe(200);
  ids.sharedTagged = shared.id;
  // A surname alone in someone else's record is not them without doubt: it stays.
  const refereeApp = await post('/api/applications', {
    candidateId: ids.referee,
    offerId: offersOf(ACME)[0].id,
  });
  ids.surname = (
    await post('/api/activities', {
      candidateId: ids.referee,
      applicationId: refereeApp.id,
      type: 'note',
      body: 'Knows the Vandermeer family',
    })
  ).id;
  // The name glued as in a web address or with an invisible character inside, the phone with slashes.
  ids.glued = (
    await post('/api/activities', {
      candidateId: ids.referee,
      applicationId: refereeApp.id,
      type: 'note',
      body: 'See linkedin.com/in/eloisevandermeer, EloiseVandermeer, Éloïse Vander\u00ADmeer, 06/12/34/56/78 or +33–6–12–34–56–78',
    })
  ).id;
  // The API's own words: the 48-hour follow-up task names the candidate.
  advanceClock(48 * HOUR + 60_000);
  const auto = (
    await call<Task[]>(
      'GET',
      `/api/tasks${listQuery({ filter: { applicationId: app.id, automatic: true } })}`,
      undefined,
      acme,
    )
  ).body;
  expect(auto[0].title).toContain(FULL);
  ids.automatic = auto[0].id;
  const stored = (await call('GET', `/api/applications/${app.id}`, undefined, acme)).body;
  await post(`/api/applications/${app.id}/move`, {
    stage: 'rejected',
    position: 0,
    version: stored.version,
    rejectionReason: `${PERSON.firstName} ${PERSON.lastName} took another offer`,
  });
  // Staff edits are audited with before and after values.
  const task = (await call('GET', `/api/tasks/${ids.task}`, undefined, admin)).body;
  expect(
    (
      await call(
        'PATCH',
        `/api/tasks/${ids.task}`,
        { title: `Call back ${FULL}`, version: task.version },
        admin,
      )
    ).status,
  ).toBe(200);
  const profile = (await call('GET', `/api/candidates/${candidate.id}`, undefined, admin)).body;
  expect(
    (
      await call(
        'PATCH',
        `/api/candidates/${candidate.id}`,
        { headline: 'Java lead', version: profile.version },
        admin,
      )
    ).status,
  ).toBe(200);
  ids.credit = (
    await post(
      `/api/companies/${ACME}/credits`,
      { delta: 1, reason: `Goodwill after ${FULL}'s complaint` },
      support,
    )
  ).entry.id;
  return { candidateId: candidate.id, app, ids };
}

/** Every string stored anywhere in the mock, with where it is. */
function storedStrings(): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const walk = (where: string, value: unknown) => {
    if (typeof value === 'string') found.push([where, value]);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(`${where}.${k}`, v);
  };
  for (const [name, table] of Object.entries(getState().tables))
    for (const row of table.rows) walk(`${name}#${(row as { id: number }).id}`, row);
  return found;
}

const traces = (text: string): boolean => {
  const folded = foldText(text.replace(/\p{Cf}/gu, ''));
  return (
    folded.includes('eloisevandermeer') ||
    folded.includes('eloise vandermeer') ||
    folded.includes('vandermeer eloise') ||
    folded.includes('eloise-vandermeer') ||
    folded.includes(PERSON.email) ||
    text.replace(/\D/g, '').includes('612345678')
  );
};

beforeEach(() => {
  // The clock moves two days ahead: keep the sessions alive meanwhile.
  getState().sessionTtlMs = 30 * 24 * HOUR;
});

describe('finding the person in a text', () => {
  const person = { id: 7, ...PERSON } as unknown as Candidate;
  const matcher = new PeopleMatcher([person]);
  it('by name in any case, accents, order or slug; by email in any case; by phone in any writing', () => {
    for (const text of [
      'Call ÉLOÏSE VANDERMEER today',
      'Call eloise vandermeer today',
      'Call Vandermeer, Éloïse today',
      'Call https://meet.example.com/eloise-vandermeer today',
      'Call Eloise.Vandermeer@Example.com today',
      'Call 06 12 34 56 78 today',
      'Call +33 (0)6.12.34.56.78 today',
      'Call 0033612345678 today',
    ])
      expect(matcher.scrub(text), text).toMatch(
        /^Call (https:\/\/meet\.example\.com\/)?\[anonymised\] today$/,
      );
  });

  it('glued, with invisible characters inside, and the phone with slashes or dashes', () => {
    for (const [text, erased] of [
      ['met EloiseVandermeer today', 'met [anonymised] today'],
      ['see https://www.linkedin.com/in/eloisevandermeer', 'see https://www.linkedin.com/in/[anonymised]'],
      ['see github.com/VANDERMEERELOISE', 'see github.com/[anonymised]'],
      ['handle @eloisevandermeer92', 'handle @[anonymised]92'],
      ['tel 06/12/34/56/78', 'tel [anonymised]'],
      ['tel +33/6/12/34/56/78', 'tel [anonymised]'],
      ['tel 06–12–34–56–78', 'tel [anonymised]'],
      ['tel 06—12—34—56—78', 'tel [anonymised]'],
      ['tel 06\u202F12\u202F34\u202F56\u202F78', 'tel [anonymised]'],
      ...['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'].map((invisible) => [
        `call Élo${invisible}ïse Vander${invisible}meer now`,
        'call [anonymised] now',
      ]),
      ['call Eloise\u200BVandermeer now', 'call [anonymised] now'],
    ])
      expect(matcher.scrub(text), JSON.stringify(text)).toBe(erased);
  });

  it('leaves namesakes, longer words and other numbers alone outside the person’s own records', () => {
    for (const text of [
      'The Vandermeer family',
      'Éloïse from HR',
      'Vandermeers Eloise',
      'Call 06 12 34 56 79',
      'Call 06/12/34/56/79',
      'see eloisevandermeers.example.com',
      'the Vander\u200Bmeer family',
    ])
      expect(matcher.scrub(text), text).toBe(text);
    expect(matcher.scrub('Éloïse from HR', person.id)).toBe('[anonymised] from HR');
    expect(matcher.scrub('The Vandermeer family', person.id)).toBe('The [anonymised] family');
  });
});

describe('what erasure reaches', () => {
  it('every free-text field of every resource is either listed as able to name a person or declared safe', () => {
    for (const resource of RESOURCES) {
      const listed = Object.keys(PERSON_TEXT[resource]);
      const safe = Object.keys(NOT_PERSON_TEXT[resource]);
      expect(
        listed.filter((field) => safe.includes(field)),
        resource,
      ).toEqual([]);
      expect([...listed, ...safe].sort(), resource).toEqual(textFieldsOf(resource).sort());
      for (const field of listed)
        expect(TEXT_TYPES, `${resource}.${field}`).toContain(RESOURCE_SPECS[resource].fields[field].type);
    }
  });

  it('after an anonymisation the name, email and phone survive nowhere, and q finds them in no resource', async () => {
    const { candidateId, app, ids } = await personEverywhere();
    expect(storedStrings().filter(([, text]) => traces(text)).length).toBeGreaterThan(10);
    const acme = await login(DEMO.acme);
    const staleTask = (await call('GET', `/api/tasks/${ids.task}`, undefined, acme)).body;
    const support = await login(DEMO.support);
    expect((await call('POST', `/api/candidates/${candidateId}/anonymize`, {}, support)).status).toBe(200);

    expect(storedStrings().filter(([, text]) => traces(text))).toEqual([]);
    const admin = await login(DEMO.admin);
    for (const needle of [FULL, 'Eloise Vandermeer', PERSON.email, '0612345678', '+33612345678'])
      for (const resource of RESOURCES) {
        const found = await call(
          'GET',
          `/api/${resource}${listQuery({ filter: { q: needle } })}`,
          undefined,
          admin,
        );
        expect(found.status, resource).toBe(200);
        expect(found.body, `${resource} q=${needle}`).toEqual([]);
      }
    const views = await call(
      'GET',
      `/api/saved-views${listQuery({ filter: { q: PERSON.lastName } })}`,
      undefined,
      acme,
    );
    expect(views.body).toEqual([]);
    const ics = await call('GET', `/api/interviews/${ids.interview}/ics`, undefined, acme);
    expect(traces(ics.body as string)).toBe(false);
    expect(getState().tables.interviews.get(ids.interview)?.videoUrl).toBeNull();
    // Others' records lose only what names the person without doubt.
    expect(getState().tables.activities.get(ids.surname)?.body).toContain('Vandermeer');
    // Records about the person lose their first name alone too.
    expect(getState().tables.activities.get(ids.note)?.body).not.toMatch(/Éloïse/);
    // A form opened before the erasure cannot save the name back.
    expect((await call('PUT', `/api/tasks/${ids.task}`, staleTask, acme)).status).toBe(409);
    // The applications stay, for the statistics.
    expect(getState().tables.applications.get(app.id)?.candidateId).toBe(candidateId);
    const entry = getState().tables['audit-logs'].rows.find(
      (e) => e.action === 'candidate.anonymize' && e.recordId === candidateId,
    );
    expect(entry?.changes).toEqual({ anonymizedAt: [null, expect.any(String)] });
  });

  it('the company owning the profile cannot write the person back into it afterwards', async () => {
    const acme = await login(DEMO.acme);
    const support = await login(DEMO.support);
    const created = await call<Candidate>('POST', '/api/candidates', PERSON, acme);
    const id = created.body.id;
    expect((await call('POST', `/api/candidates/${id}/anonymize`, {}, support)).status).toBe(200);
    const erased = (await call<Candidate>('GET', `/api/candidates/${id}`, undefined, acme)).body;
    const rewrite = await call(
      'PATCH',
      `/api/candidates/${id}`,
      { ...PERSON, version: erased.version },
      acme,
    );
    expect(rewrite.status).toBe(409);
    expect(JSON.stringify(rewrite.body)).not.toContain(PERSON.lastName);
    expect(getState().tables.candidates.get(id)).toMatchObject({ firstName: 'Anonymised' });
  });

  it('the retention list’s bulk erasure reaches as far', async () => {
    const { candidateId, ids } = await personEverywhere();
    const support = await login(DEMO.support);
    const done = await call(
      'POST',
      '/api/candidates/anonymize',
      { ids: [candidateId, ids.referee] },
      support,
    );
    expect(done.body).toEqual([candidateId, ids.referee]);
    expect(storedStrings().filter(([, text]) => traces(text))).toEqual([]);
    expect(getState().tables.tasks.get(ids.automatic)?.title).toContain('[anonymised]');
  });
});

describe('a saved view’s sort', () => {
  it('is a sortable field of the view’s resource and a direction, nothing else: no place for a name', async () => {
    const acme = await login(DEMO.acme);
    const view = (sort: unknown) => ({ resource: 'candidates', name: 'Java leads', filter: {}, sort });
    for (const sort of [
      { field: FULL, order: 'ASC' },
      { field: 'lastName', order: 'ASC', note: FULL },
      { field: 'lastName', order: FULL },
      { field: 'skills', order: 'ASC' },
      { field: 'name', order: 'ASC' },
      'lastName',
      ['lastName', 'ASC'],
    ]) {
      const refused = await call('POST', '/api/saved-views', view(sort), acme);
      expect(refused.status, JSON.stringify(sort)).toBe(422);
      expect(Object.keys(refused.body.errors), JSON.stringify(sort)).toEqual(['sort']);
    }
    // A field Acme's recruiter may sort the list on (lastName is masked for them: the list refuses it).
    const made = await call(
      'POST',
      '/api/saved-views',
      view({ field: 'yearsOfExperience', order: 'DESC' }),
      acme,
    );
    expect(made.status).toBe(201);
    expect((await call('POST', '/api/saved-views', view(null), acme)).status).toBe(201);
    // The sort must fit the view's own resource: a field of offers is no sort of candidates.
    const patched = await call(
      'PATCH',
      `/api/saved-views/${made.body.id}`,
      { sort: { field: 'title', order: 'ASC' }, version: made.body.version },
      acme,
    );
    expect(patched.status).toBe(422);
    expect(patched.body.errors).toEqual({ sort: expect.any(String) });
  });
});

describe('what the GDPR export holds', () => {
  it('every record about the person, by kind, the records naming them, and who unlocked or exported the profile', async () => {
    const { candidateId, app, ids } = await personEverywhere();
    const globex = await login(DEMO.globex);
    // Shown twice as a row of Globex's searches within the hour: one line of the trail, counted twice.
    for (let i = 0; i < 2; i++) {
      const page = await call(
        'GET',
        `/api/candidates${listQuery({ filter: { id: candidateId } })}`,
        undefined,
        globex,
      );
      expect(page.body.map((row: Json) => row.id)).toEqual([candidateId]);
    }
    expect((await call('POST', `/api/candidates/${candidateId}/unlock`, {}, globex)).body.charged).toBe(true);
    const support = await login(DEMO.support);
    await call('GET', `/api/candidates/${candidateId}/export`, undefined, support);
    const { status, body } = await call('GET', `/api/candidates/${candidateId}/export`, undefined, support);
    expect(status).toBe(200);
    const idsOf = (rows: Array<{ id: number }>) => rows.map((row) => row.id).sort((a, b) => a - b);
    expect(body.candidate).toMatchObject({ id: candidateId, email: PERSON.email });
    expect(idsOf(body.applications)).toEqual([app.id]);
    const activities = (getState().tables.activities.rows as Activity[]).filter(
      (a) => a.candidateId === candidateId,
    );
    // The note about someone else that names the person, glued or with a soft hyphen, is theirs too.
    expect(idsOf(body.activities)).toEqual(
      [...idsOf(activities.filter((a) => a.type !== 'email')), ids.glued].sort((a, b) => a - b),
    );
    expect(idsOf(body.messages)).toEqual([ids.message]);
    expect(idsOf(body.interviews)).toEqual([ids.interview]);
    expect(idsOf(body.scorecards)).toEqual([ids.scorecard]);
    expect(idsOf(body.tasks)).toEqual([ids.task, ids.automatic].sort((a, b) => a - b));
    expect(idsOf(body.savedViews)).toEqual([ids.view]);
    expect(body.creditLedger.map((line: Json) => line.action).sort()).toEqual([
      'cv_unlock',
      'support_adjustment',
    ]);
    expect(body.auditLog.map((entry: Json) => entry.action)).toEqual(
      expect.arrayContaining(['update', 'candidate.unlock', 'candidate.export']),
    );
    expect(body.unlocks).toEqual([expect.objectContaining({ candidateId })]);
    // Who read the profile, saw it in a list, unlocked or exported it; the same hour's are one line.
    expect(body.accessTrail).toHaveLength(4);
    expect(body.accessTrail).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'view', actorRole: 'admin', count: 1 }),
        expect.objectContaining({ action: 'listed', actorId: GLOBEX_RECRUITER, companyId: 2, count: 2 }),
        expect.objectContaining({ action: 'unlock', actorId: GLOBEX_RECRUITER, companyId: 2 }),
        expect.objectContaining({ action: 'export', actorRole: 'support', companyId: null, count: 2 }),
      ]),
    );
    expect(body.mentions).toEqual(
      expect.arrayContaining([
        { resource: 'candidates', id: ids.referee, field: 'summary', text: `Referred by ${FULL}` },
        { resource: 'message-templates', id: ids.template, field: 'name', text: `Offer for ${FULL}` },
        { resource: 'candidates', id: ids.referee, field: 'city', text: `c/o ${FULL}` },
        { resource: 'candidates', id: ids.referee, field: 'skills', text: ['Java', `mentored by ${FULL}`] },
        { resource: 'offers', id: ids.offer, field: 'title', text: `Replacement for ${FULL}` },
        expect.objectContaining({ resource: 'offers', id: ids.offer, field: 'description' }),
        expect.objectContaining({ resource: 'offers', id: ids.offer, field: 'skills' }),
        // Acme's own tags on a profile it does not own name the person: erasure reaches them, so does the export.
        {
          resource: 'candidates',
          id: ids.sharedTagged,
          field: 'tags',
          companyId: ACME,
          text: [`friend of ${FULL}`],
        },
      ]),
    );
    // Each company's own tags on a profile are data about that person too.
    const shared = await call('GET', `/api/candidates/${ids.sharedTagged}/export`, undefined, support);
    expect(shared.body.companyTags).toEqual([
      expect.objectContaining({ companyId: ACME, tags: [`friend of ${FULL}`] }),
    ]);
  });
});
