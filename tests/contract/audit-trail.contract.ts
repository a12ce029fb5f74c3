import { beforeAll, describe, expect, it } from 'vitest';
import { listQuery } from '../helpers/api';
import { signInAs } from './accounts';
import { call, type Json, madeRecords, rows, run, type Session } from './records';

/**
 * What a recruiter does that the data cannot show afterwards, or that another company reads, is in
 * the audit log support reads, over real HTTP: a deletion, a pipeline move, a change to a candidate
 * profile. Black-box: every id is found or made through the API, and what a test makes it removes.
 */

let recruiter: Session;
let support: Session;
let admin: Session;
const { deleteLater } = madeRecords();

beforeAll(async () => {
  [recruiter, support, admin] = await Promise.all((['recruiter', 'support', 'admin'] as const).map(signInAs));
});

/** The newest audit entry support finds for this actor, action and record. */
async function entryFor(action: string, resource: string, recordId: number): Promise<Json> {
  const filter = { actorId: recruiter.user.id, action, resource, recordId };
  const found = await call(
    'GET',
    `/api/audit-logs${listQuery({ filter, sort: ['id', 'DESC'], range: [0, 0] })}`,
    undefined,
    support.token,
  );
  expect(found.status, JSON.stringify(found.body)).toBe(200);
  return (found.body as Json[])[0];
}

describe('a recruiter’s writes that support must be able to trace', () => {
  it('deleting an offer leaves an entry naming it, with what it held', async () => {
    const made = await call(
      'POST',
      '/api/offers',
      {
        title: `Audit trail ${run}`,
        description: '<p>Deleted by the audit contract test.</p>',
        contractType: 'permanent',
        city: 'Paris',
        country: 'FR',
        remote: 'partial',
        experienceLevel: 'senior',
        skills: ['TypeScript'],
      },
      recruiter.token,
    );
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const deleted = await call('DELETE', `/api/offers/${made.body.id}`, undefined, recruiter.token);
    expect(deleted.status).toBe(200);
    const entry = await entryFor('delete', 'offers', made.body.id);
    expect(entry, 'an audit entry for the deletion').toBeDefined();
    expect(entry.actorRole).toBe('recruiter');
    expect(entry.changes.title).toEqual([`Audit trail ${run}`, null]);
  });

  // The move action, and a stage set by PATCH: both are pipeline moves, with the same entry.
  const moves = [
    ['a pipeline move leaves an entry with the stages before and after', 'POST', '/move'],
    ['a PATCH of an application’s stage is a move too, and leaves the same entry', 'PATCH', ''],
  ] as const;
  for (const [name, method, suffix] of moves)
    it(name, async () => {
      const [app] = await rows(recruiter, 'applications', { stage: 'screening' });
      expect(app, 'an application in screening').toBeDefined();
      const path = `/api/applications/${app.id}${suffix}`;
      const moved = await call(
        method,
        path,
        { stage: 'interview', position: 0, version: app.version },
        recruiter.token,
      );
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
      const entry = await entryFor('application.move', 'applications', app.id);
      expect(entry?.changes.stage).toEqual(['screening', 'interview']);
      // Put back where it was.
      const back = await call(
        method,
        path,
        { stage: 'screening', position: app.position, version: moved.body.version },
        recruiter.token,
      );
      expect(back.status, JSON.stringify(back.body)).toBe(200);
    });

  it('a change to a candidate’s contact details leaves an entry with the old and new values', async () => {
    const person = {
      firstName: 'Audit',
      lastName: `Trail${run}`,
      email: `audit.${run}@contract.test`,
      phone: '+33 6 12 34 56 78',
      country: 'FR',
    };
    const made = await call('POST', '/api/candidates', person, recruiter.token);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    // Only an admin may delete a profile.
    deleteLater(`/api/candidates/${made.body.id}`, admin);
    const email = `audit.${run}.changed@contract.test`;
    const patched = await call(
      'PATCH',
      `/api/candidates/${made.body.id}`,
      { email, version: made.body.version },
      recruiter.token,
    );
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const entry = await entryFor('update', 'candidates', made.body.id);
    expect(entry?.changes.email).toEqual([person.email, email]);
  });
});
