import { beforeEach, describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { ResourceName, Role } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { ACME, ACME_RECRUITER, addFixtures, applicantOf, freshPair, offersOf } from './fixtures';

/**
 * docs/roles-and-permissions.md as a table: every role × resource × action, with the status the API must answer.
 * Written out by hand (not derived from src/model/permissions.ts), so a change to either shows.
 * The recruiter is Acme's (company 1) and acts on Acme's records.
 */
type Act = 'list' | 'show' | 'create' | 'edit' | 'delete';
type Row = Record<Act, [recruiter: number, sales: number, support: number, admin: number]>;

const COMPANY_WORK: Row = {
  list: [200, 403, 200, 200],
  show: [200, 403, 200, 200],
  create: [201, 403, 403, 201],
  edit: [200, 403, 403, 200],
  delete: [200, 403, 403, 200],
};
const READ_ONLY_ALL: Row = {
  list: [200, 200, 200, 200],
  show: [200, 200, 200, 200],
  create: [405, 405, 405, 405],
  edit: [405, 405, 405, 405],
  delete: [405, 405, 405, 405],
};

const EXPECTED: Record<ResourceName, Row> = {
  companies: {
    list: [200, 200, 200, 200],
    show: [200, 200, 200, 200],
    create: [403, 403, 403, 201],
    edit: [403, 403, 200, 200],
    delete: [403, 403, 403, 200],
  },
  users: {
    list: [200, 200, 200, 200],
    show: [200, 200, 200, 200],
    create: [403, 403, 201, 201],
    edit: [200, 403, 200, 200],
    delete: [403, 403, 403, 200],
  },
  offers: {
    list: [200, 200, 200, 200],
    show: [200, 200, 200, 200],
    create: [201, 403, 403, 201],
    edit: [200, 403, 200, 200],
    delete: [200, 403, 403, 200],
  },
  candidates: {
    list: [200, 403, 200, 200],
    show: [200, 403, 200, 200],
    create: [201, 403, 403, 201],
    edit: [200, 403, 403, 200],
    delete: [403, 403, 403, 200],
  },
  applications: COMPANY_WORK,
  activities: COMPANY_WORK,
  interviews: COMPANY_WORK,
  // Admins may write scorecards, but a submitted one is final (the only kind staff can see).
  scorecards: { ...COMPANY_WORK, edit: [200, 403, 403, 403] },
  tasks: COMPANY_WORK,
  'message-templates': COMPANY_WORK,
  'saved-views': {
    list: [200, 200, 200, 200],
    show: [200, 200, 200, 200],
    create: [201, 201, 201, 201],
    edit: [200, 200, 200, 200],
    delete: [200, 200, 200, 200],
  },
  'credit-ledger': READ_ONLY_ALL,
  'audit-logs': {
    list: [403, 403, 200, 200],
    show: [403, 403, 200, 200],
    create: [405, 405, 405, 405],
    edit: [405, 405, 405, 405],
    delete: [405, 405, 405, 405],
  },
  // Admin adds and edits boards; a board with publications is deactivated, never deleted.
  boards: {
    list: [200, 200, 200, 200],
    show: [200, 200, 200, 200],
    create: [403, 403, 403, 201],
    edit: [403, 403, 403, 200],
    delete: [403, 403, 403, 403],
  },
  // Written through the publication actions only (tests/api/boards-publications.test.ts); sales read
  // the board aggregates, not the records.
  'offer-publications': {
    list: [200, 403, 200, 200],
    show: [200, 403, 200, 200],
    create: [405, 405, 405, 405],
    edit: [405, 405, 405, 405],
    delete: [405, 405, 405, 405],
  },
  // Reports written by running a company's feed (tests/api/feeds.test.ts), never as plain records.
  'feed-imports': {
    list: [200, 403, 200, 200],
    show: [200, 403, 200, 200],
    create: [405, 405, 405, 405],
    edit: [405, 405, 405, 405],
    delete: [405, 405, 405, 405],
  },
};

const ACCOUNTS: Record<Role, { email: string; id: number }> = {
  recruiter: { email: DEMO.acme, id: ACME_RECRUITER },
  sales: { email: DEMO.sales, id: 3 },
  support: { email: DEMO.support, id: 2 },
  admin: { email: DEMO.admin, id: 1 },
};
const ROLE_ORDER: Role[] = ['recruiter', 'sales', 'support', 'admin'];

/** The record each action targets, and a valid body for it. */
function target(resource: ResourceName, role: Role, ids: ReturnType<typeof addFixtures>) {
  const published = offersOf(ACME, 'published')[0];
  const draft = offersOf(ACME, 'draft')[0];
  const when = '2026-12-01T10:00:00.000Z';
  const byResource: Record<
    ResourceName,
    { id: number; create: unknown; edit: Record<string, unknown>; del?: number }
  > = {
    companies: {
      id: ACME,
      create: {
        name: 'Test Co',
        legalId: '123456789',
        country: 'FR',
        city: 'Paris',
        sector: 'IT',
        size: '1-10',
        plan: 'free',
        status: 'trial',
      },
      edit: { city: 'Lille' },
      del: 3,
    },
    users: {
      id: role === 'recruiter' ? ACME_RECRUITER : 12,
      create: {
        firstName: 'New',
        lastName: 'User',
        email: 'new.user@acme.test',
        role: 'recruiter',
        companyId: ACME,
      },
      edit: { firstName: 'Renamed' },
      del: 12,
    },
    offers: {
      id: published.id,
      create: {
        title: 'Développeur TypeScript',
        companyId: ACME,
        contractType: 'permanent',
        city: 'Paris',
        country: 'FR',
        remote: 'partial',
        experienceLevel: 'senior',
        status: 'draft',
        salaryMin: 50000,
        salaryMax: 60000,
        recruiterId: ACME_RECRUITER,
      },
      edit: { status: 'paused' },
      del: draft.id,
    },
    candidates: {
      id: applicantOf(ACME).id,
      create: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', country: 'FR' },
      edit: { tags: ['shortlist'] },
    },
    applications: { id: ids.applications[ACME], create: freshPair(ACME), edit: { rating: 4 } },
    activities: {
      id: ids.activities[ACME],
      create: { candidateId: applicantOf(ACME).id, type: 'note', body: '<p>Called</p>', companyId: ACME },
      edit: { body: '<p>Called back</p>' },
    },
    interviews: {
      id: ids.interviews[ACME],
      create: {
        applicationId: ids.applications[ACME],
        startsAt: when,
        durationMinutes: 60,
        kind: 'video',
        companyId: ACME,
      },
      edit: { durationMinutes: 45 },
    },
    scorecards: {
      id: role === 'recruiter' ? ids.scorecards[ACME] : ids['scorecards-submitted'][ACME],
      create: { interviewId: ids.interviews[ACME], summary: 'Good', companyId: ACME },
      edit: { summary: 'Very good' },
    },
    tasks: {
      id: ids.tasks[ACME],
      // Staff name the assignee: a task's people are its company's.
      create: { title: 'Call back', dueAt: when, companyId: ACME, assigneeId: ACME_RECRUITER },
      edit: { done: true },
    },
    'message-templates': {
      id: ids['message-templates'][ACME],
      create: {
        kind: 'rejection',
        locale: 'fr',
        name: 'Refus',
        subject: 'Votre candidature',
        body: 'Bonjour',
        companyId: ACME,
      },
      edit: { subject: 'Updated' },
    },
    'saved-views': {
      id: ids['saved-views'][ACCOUNTS[role].id],
      create: { resource: 'offers', name: 'Drafts', filter: { status: 'draft' } },
      edit: { name: 'Renamed' },
    },
    'credit-ledger': { id: 1, create: { delta: 5 }, edit: { delta: 5 } },
    'audit-logs': { id: ids['audit-logs'][0], create: { action: 'x' }, edit: { action: 'x' } },
    boards: {
      id: 2,
      create: { name: 'Jobs IE', url: 'https://jobs.example.ie', country: 'GB', languages: ['en'] },
      edit: { active: false },
    },
    'offer-publications': {
      id: (getState().tables['offer-publications'].rows.find((p) => p.companyId === ACME) as { id: number })
        .id,
      create: { offerId: published.id, boardId: 1 },
      edit: { state: 'live' },
    },
    'feed-imports': {
      id: (getState().tables['feed-imports'].rows.find((r) => r.companyId === ACME) as { id: number }).id,
      create: { offers: [] },
      edit: { status: 'applied' },
    },
  };
  return byResource[resource];
}

describe('the permission matrix of docs/roles-and-permissions.md', () => {
  let ids: ReturnType<typeof addFixtures>;
  beforeEach(() => {
    ids = addFixtures();
  });

  for (const resource of Object.keys(EXPECTED) as ResourceName[]) {
    for (const role of ROLE_ORDER) {
      const expected = Object.fromEntries(
        (Object.keys(EXPECTED[resource]) as Act[]).map((act) => [
          act,
          EXPECTED[resource][act][ROLE_ORDER.indexOf(role)],
        ]),
      );
      it(`${role} on ${resource}: ${JSON.stringify(expected)}`, async () => {
        const token = await login(ACCOUNTS[role].email);
        const t = target(resource, role, ids);
        const got: Record<string, number> = {};
        got.list = (await call('GET', `/api/${resource}?range=[0,4]`, undefined, token)).status;
        const shown = await call('GET', `/api/${resource}/${t.id}`, undefined, token);
        got.show = shown.status;
        got.create = (await call('POST', `/api/${resource}`, t.create, token)).status;
        const version = shown.status === 200 ? shown.body.version : 1;
        got.edit = (await call('PATCH', `/api/${resource}/${t.id}`, { ...t.edit, version }, token)).status;
        got.delete = (await call('DELETE', `/api/${resource}/${t.del ?? t.id}`, undefined, token)).status;
        expect(got).toEqual(expected);
      });
    }
  }
});
