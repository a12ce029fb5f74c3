import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type {
  Application,
  AuditLog,
  Candidate,
  Company,
  CreditLedgerEntry,
  Offer,
  User,
} from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { ACME, applicantOf, applicationsOf, GLOBEX, offersOf, strangerTo } from './fixtures';

/**
 * Every support/admin write of issue 7 and every endpoint of docs/api.md leaves an audit entry:
 * who (and their role), what, which record, why, and the before/after of each changed field. Each
 * row of the table makes one write and names the entry it must find through the audit-log API.
 */
type Who = keyof typeof DEMO;

interface Case {
  name: string;
  as: Who;
  /** Makes the write; answers the expected entry (a subset) and the status the write must get. */
  write: (token: string) => Promise<{ status: number; expected: Partial<AuditLog> }>;
}

const users = () => getState().tables.users.rows as User[];
const byEmail = (email: string) => users().find((u) => u.email === email) as User;
const recruiterOf = (companyId: number) =>
  users().find((u) => u.companyId === companyId && u.role === 'recruiter' && u.status === 'active') as User;

async function put<T extends { version: number }>(path: string, token: string, change: Partial<T>) {
  const record = (await call<T>('GET', path, undefined, token)).body;
  return call('PUT', path, { ...record, ...change }, token);
}

/**
 * PATCHes `change` onto `record` (as read before the write) with its version; answers the status
 * and the audit entry the write must leave: each changed field from its old value to the new.
 */
async function patched<T extends { id: number; version: number }>(
  token: string,
  resource: string,
  record: T,
  change: Partial<T>,
  action = 'update',
): Promise<{ status: number; expected: Partial<AuditLog> }> {
  const changes = Object.fromEntries(
    Object.entries(change).map(([field, value]): [string, [unknown, unknown]] => [
      field,
      [record[field as keyof T], value],
    ]),
  );
  const { status } = await call(
    'PATCH',
    `/api/${resource}/${record.id}`,
    { ...change, version: record.version },
    token,
  );
  return { status, expected: { action, resource, recordId: record.id, changes } };
}

const CASES: Case[] = [
  {
    name: 'support edits a company (billing e-mail, status with its reason)',
    as: 'support',
    write: async (token) => {
      const before = structuredClone(getState().tables.companies.get(4) as Company);
      const { status } = await put<Company>('/api/companies/4', token, {
        billingEmail: 'billing@example.com',
        status: 'suspended',
        statusReason: 'Unpaid invoices',
      });
      return {
        status,
        expected: {
          action: 'update',
          resource: 'companies',
          recordId: 4,
          // A change of status is explained: its reason is the entry's too.
          reason: 'Unpaid invoices',
          changes: {
            billingEmail: [before.billingEmail, 'billing@example.com'],
            status: [before.status, 'suspended'],
            statusReason: [before.statusReason, 'Unpaid invoices'],
          },
        },
      };
    },
  },
  {
    name: 'support adjusts credits with a reason',
    as: 'support',
    write: async (token) => {
      const before = (getState().tables.companies.get(ACME) as Company).credits.cvUnlocks;
      const { status } = await call(
        'POST',
        `/api/companies/${ACME}/credits`,
        { delta: 3, reason: 'Goodwill' },
        token,
      );
      return {
        status,
        expected: {
          action: 'company.credits',
          resource: 'companies',
          recordId: ACME,
          reason: 'Goodwill',
          changes: { 'credits.cvUnlocks': [before, before + 3] },
        },
      };
    },
  },
  {
    name: 'support refunds a ledger line with a reason',
    as: 'support',
    write: async (token) => {
      const debit = (getState().tables['credit-ledger'].rows as CreditLedgerEntry[]).find(
        (e) => e.delta < 0 && e.companyId === ACME,
      ) as CreditLedgerEntry;
      const before = (getState().tables.companies.get(ACME) as Company).credits[debit.kind];
      const { status } = await call(
        'POST',
        `/api/credit-ledger/${debit.id}/refund`,
        { reason: 'Mistake' },
        token,
      );
      return {
        status,
        expected: {
          action: 'company.credits.refund',
          recordId: ACME,
          reason: 'Mistake',
          changes: { [`credits.${debit.kind}`]: [before, before + 1] },
        },
      };
    },
  },
  {
    name: 'support invites a recruiter',
    as: 'support',
    write: async (token) => {
      const { status, body } = await call(
        'POST',
        '/api/users',
        {
          firstName: 'Léa',
          lastName: 'Roux',
          email: 'lea.roux@acme.test',
          role: 'recruiter',
          companyId: ACME,
        },
        token,
      );
      return {
        status,
        expected: { action: 'create', resource: 'users', recordId: body.id },
      };
    },
  },
  {
    name: 'support edits a user',
    as: 'support',
    write: async (token) => {
      const target = structuredClone(recruiterOf(2));
      const { status } = await put<User>(`/api/users/${target.id}`, token, { lastName: 'Durand-Petit' });
      return {
        status,
        expected: {
          action: 'update',
          resource: 'users',
          recordId: target.id,
          changes: { lastName: [target.lastName, 'Durand-Petit'] },
        },
      };
    },
  },
  {
    name: 'an admin changes a role',
    as: 'admin',
    write: async (token) => {
      const target = byEmail('karim.belkacem@backoffice.test');
      const { status } = await put<User>(`/api/users/${target.id}`, token, { role: 'sales' });
      return {
        status,
        expected: { action: 'update', recordId: target.id, changes: { role: ['support', 'sales'] } },
      };
    },
  },
  {
    name: 'support locks a user with a reason',
    as: 'support',
    write: async (token) => {
      const target = byEmail(DEMO.globex);
      const { status } = await call('POST', `/api/users/${target.id}/lock`, { reason: 'Fraud check' }, token);
      return {
        status,
        expected: {
          action: 'user.lock',
          resource: 'users',
          recordId: target.id,
          reason: 'Fraud check',
          changes: { status: ['active', 'locked'] },
        },
      };
    },
  },
  {
    name: 'support unlocks a user with a reason',
    as: 'support',
    write: async (token) => {
      const target = byEmail(DEMO.globex);
      target.status = 'locked';
      const { status } = await call('POST', `/api/users/${target.id}/unlock`, { reason: 'Cleared' }, token);
      return {
        status,
        expected: {
          action: 'user.unlock',
          recordId: target.id,
          reason: 'Cleared',
          changes: { status: ['locked', 'active'] },
        },
      };
    },
  },
  {
    name: 'an admin deletes a user',
    as: 'admin',
    write: async (token) => {
      const target = byEmail('emily.clarke@backoffice.test');
      const { status } = await call('DELETE', `/api/users/${target.id}`, undefined, token);
      return {
        status,
        expected: {
          action: 'delete',
          resource: 'users',
          recordId: target.id,
          changes: { email: [target.email, null] },
        },
      };
    },
  },
  {
    name: 'support moderates an offer (its status)',
    as: 'support',
    write: async (token) => {
      const offer = structuredClone(offersOf(ACME, 'published')[0] as Offer);
      return patched(token, 'offers', offer, { status: 'paused' });
    },
  },
  {
    name: 'support exports a candidate’s personal data (§7)',
    as: 'support',
    write: async (token) => {
      const person = applicantOf(ACME);
      const { status } = await call('GET', `/api/candidates/${person.id}/export`, undefined, token);
      return {
        status,
        expected: { action: 'candidate.export', resource: 'candidates', recordId: person.id },
      };
    },
  },
  {
    name: 'support anonymises a candidate (§7)',
    as: 'support',
    write: async (token) => {
      const person = applicantOf(ACME);
      const { status } = await call('POST', `/api/candidates/${person.id}/anonymize`, {}, token);
      return {
        status,
        expected: { action: 'candidate.anonymize', resource: 'candidates', recordId: person.id, changes: {} },
      };
    },
  },
  {
    name: 'support bulk-anonymises from the retention view',
    as: 'support',
    write: async (token) => {
      const last = (getState().tables.candidates.rows as Candidate[]).at(-1) as Candidate;
      const { status } = await call('POST', '/api/candidates/anonymize', { ids: [last.id] }, token);
      return { status, expected: { action: 'candidate.anonymize', recordId: last.id } };
    },
  },
  {
    name: 'a recruiter unlocks a candidate for a credit (§7)',
    as: 'acme',
    write: async (token) => {
      const person = strangerTo(ACME);
      const { status } = await call('POST', `/api/candidates/${person.id}/unlock`, {}, token);
      return {
        status,
        expected: { action: 'candidate.unlock', resource: 'candidates', recordId: person.id },
      };
    },
  },
  {
    name: 'a recruiter moves an application on the pipeline (an action of docs/api.md)',
    as: 'acme',
    write: async (token) => {
      const app = structuredClone(applicationsOf(ACME).find((a) => a.stage !== 'screening') as Application);
      const { status } = await call(
        'POST',
        `/api/applications/${app.id}/move`,
        { stage: 'screening', position: 0, version: app.version },
        token,
      );
      return {
        status,
        expected: {
          action: 'application.move',
          resource: 'applications',
          recordId: app.id,
          changes: { stage: [app.stage, 'screening'], position: [app.position, 0] },
        },
      };
    },
  },
  {
    name: 'a recruiter moves an application by a PATCH of its stage: a move as well',
    as: 'acme',
    write: async (token) => {
      const app = structuredClone(applicationsOf(ACME).find((a) => a.stage === 'screening') as Application);
      return patched(token, 'applications', app, { stage: 'interview' }, 'application.move');
    },
  },
  {
    name: 'a recruiter deletes an application: what is gone stays traceable',
    as: 'acme',
    write: async (token) => {
      const app = applicationsOf(ACME)[0];
      const { status } = await call('DELETE', `/api/applications/${app.id}`, undefined, token);
      return {
        status,
        expected: {
          action: 'delete',
          resource: 'applications',
          recordId: app.id,
          changes: { candidateId: [app.candidateId, null], offerId: [app.offerId, null] },
        },
      };
    },
  },
  {
    name: 'a recruiter deletes an offer',
    as: 'acme',
    write: async (token) => {
      const offer = offersOf(ACME, 'draft')[0] as Offer;
      const { status } = await call('DELETE', `/api/offers/${offer.id}`, undefined, token);
      return {
        status,
        expected: {
          action: 'delete',
          resource: 'offers',
          recordId: offer.id,
          changes: { title: [offer.title, null] },
        },
      };
    },
  },
  {
    name: 'a recruiter changes the contact details of a profile another company also reads',
    as: 'acme',
    write: async (token) => {
      // A profile Acme added that applied to Globex too: Globex reads what Acme writes.
      const globexApplicants = new Set(applicationsOf(GLOBEX).map((a) => a.candidateId));
      const person = structuredClone(
        (getState().tables.candidates.rows as Candidate[]).find(
          (c) => c.ownerCompanyId === ACME && globexApplicants.has(c.id) && c.anonymizedAt === null,
        ) as Candidate,
      );
      return patched(token, 'candidates', person, { email: 'changed.by.acme@example.com' });
    },
  },
  {
    name: 'support exports a list as CSV (the filter and the row count, never the rows)',
    as: 'support',
    write: async (token) => {
      const path = `/api/exports/offers${listQuery({ filter: { companyId: ACME } })}`;
      const { status } = await call('GET', path, undefined, token);
      return {
        status,
        expected: {
          action: 'export',
          resource: 'offers',
          recordId: null,
          changes: { filter: [null, { companyId: ACME }], rows: [null, offersOf(ACME).length] },
        },
      };
    },
  },
];

describe('the audit log holds every support/admin write of issue 7, every action of docs/api.md, every deletion and every change to a profile', () => {
  for (const { name, as, write } of CASES)
    it(name, async () => {
      const token = await login(DEMO[as]);
      const actor = byEmail(DEMO[as]);
      const before = getState().tables['audit-logs'].size;
      const { status, expected } = await write(token);
      expect(status, 'the write itself').toBeLessThan(300);
      const admin = await login(DEMO.admin);
      // Found through the list API with the screen's filters: actor, action, resource, date range.
      const today = new Date(getState().clock.now()).toISOString().slice(0, 10);
      const filter = {
        actorId: actor.id,
        action: expected.action,
        ...(expected.resource ? { resource: expected.resource } : {}),
        at_gte: today,
      };
      const listed = await call<AuditLog[]>(
        'GET',
        `/api/audit-logs${listQuery({ filter, sort: ['id', 'DESC'], range: [0, 0] })}`,
        undefined,
        admin,
      );
      expect(listed.status).toBe(200);
      expect(getState().tables['audit-logs'].size).toBeGreaterThan(before);
      expect(listed.body[0], 'the newest matching entry').toMatchObject({
        ...expected,
        actorId: actor.id,
        actorRole: actor.role,
      });
      expect(listed.body[0].id).toBeGreaterThan(before);
    });
});
