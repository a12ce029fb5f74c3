import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAfterQuota, listQuery, neverA5xx } from '../helpers/api';
import { signInAs } from './accounts';

/**
 * Workflow rules that no verb may bypass, over real HTTP, black-box: an anonymised profile takes
 * no unlock; a job slot for every publication but the resumption of a paused offer; a rejection
 * states its category on every write of an application. Ids are found through the API; what a
 * test creates it deletes (an anonymised profile stays, as erasure leaves it), and what it changes
 * it puts back, so the suite passes again on the same server.
 */
// biome-ignore lint/suspicious/noExplicitAny: contract tests read arbitrary JSON bodies
type Json = any;
type Session = Awaited<ReturnType<typeof signInAs>>;

const call = neverA5xx(callAfterQuota);
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

let recruiter: Session;
let other: Session;
let support: Session;
let admin: Session;
const cleanup: Array<[string, Session]> = [];

const list = async (
  session: Session,
  resource: string,
  filter: object = {},
  range: [number, number] = [0, 0],
) =>
  (await call('GET', `/api/${resource}${listQuery({ filter, range })}`, undefined, session.token))
    .body as Json[];

/** Creates a record, to be deleted after the file (newest first) by `deleter`. */
async function create(session: Session, resource: string, body: object, deleter = session): Promise<Json> {
  const response = await call('POST', `/api/${resource}`, body, session.token);
  expect(response.status, `POST ${resource} ${JSON.stringify(response.body)}`).toBe(201);
  cleanup.unshift([`/api/${resource}/${response.body.id}`, deleter]);
  return response.body;
}

const creditsOf = async (session: Session) =>
  (await call('GET', `/api/companies/${session.user.companyId}`, undefined, session.token)).body.credits;

beforeAll(async () => {
  [recruiter, other, support, admin] = await Promise.all(
    (['recruiter', 'otherRecruiter', 'support', 'admin'] as const).map(signInAs),
  );
  expect(recruiter.user.companyId).not.toBe(other.user.companyId);
});

afterAll(async () => {
  for (const [path, session] of cleanup) await call('DELETE', path, undefined, session.token);
});

describe('an anonymised profile takes no unlock', () => {
  it('422 on candidateId, worded as for a task about the person; no credit spent, no ledger line', async () => {
    const person = await create(
      recruiter,
      'candidates',
      {
        firstName: 'Unlock',
        lastName: `Contract${run}`,
        email: `unlock.${run}@contract.test`,
        country: 'FR',
      },
      admin,
    );
    const erased = await call('POST', `/api/candidates/${person.id}/anonymize`, {}, support.token);
    expect(erased.status).toBe(200);
    const credits = await creditsOf(other);
    const ledger = { action: 'cv_unlock', recordId: person.id };
    expect(await list(other, 'credit-ledger', ledger)).toEqual([]);
    const unlock = await call('POST', `/api/candidates/${person.id}/unlock`, {}, other.token);
    expect(unlock.status, JSON.stringify(unlock.body)).toBe(422);
    const task = await call(
      'POST',
      '/api/tasks',
      { title: `Contract ${run}`, dueAt: '2031-01-01T09:00:00.000Z', candidateId: person.id },
      other.token,
    );
    expect(task.status).toBe(422);
    expect(unlock.body.errors).toEqual({ candidateId: task.body.errors.candidateId });
    expect(unlock.body.message).toBe(task.body.message);
    expect(await creditsOf(other)).toEqual(credits);
    expect(await list(other, 'credit-ledger', ledger)).toEqual([]);
    // The owning company's own recruiter is refused too.
    expect((await call('POST', `/api/candidates/${person.id}/unlock`, {}, recruiter.token)).status).toBe(422);
  });
});
