import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuery } from '../helpers/api';
import { signInAs } from './accounts';
import { call, type Json, madeRecords, rows, run, type Session } from './records';

/**
 * Workflow rules that no verb may bypass, over real HTTP, black-box: an anonymised profile takes
 * no unlock; a job slot for every publication but the resumption of a paused offer; a rejection
 * states its category on every write of an application. Ids are found through the API; what a
 * test creates it deletes (an anonymised profile stays, as erasure leaves it), and what it changes
 * it puts back, so the suite passes again on the same server.
 */

let recruiter: Session;
let other: Session;
let support: Session;
let admin: Session;
const { create } = madeRecords();

const creditsOf = async (session: Session) =>
  (await call('GET', `/api/companies/${session.user.companyId}`, undefined, session.token)).body.credits;

beforeAll(async () => {
  [recruiter, other, support, admin] = await Promise.all(
    (['recruiter', 'otherRecruiter', 'support', 'admin'] as const).map(signInAs),
  );
  expect(recruiter.user.companyId).not.toBe(other.user.companyId);
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
    expect(await rows(other, 'credit-ledger', ledger)).toEqual([]);
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
    expect(await rows(other, 'credit-ledger', ledger)).toEqual([]);
    // The owning company's own recruiter is refused too.
    expect((await call('POST', `/api/candidates/${person.id}/unlock`, {}, recruiter.token)).status).toBe(422);
  });
});

describe('a job slot each time an offer goes live, resuming a paused one excepted', () => {
  const debits: number[] = [];
  let offer: Json;
  const patch = async (fields: object) => {
    const response = await call(
      'PATCH',
      `/api/offers/${offer.id}`,
      { ...fields, version: offer.version },
      recruiter.token,
    );
    if (response.status === 200) offer = response.body;
    return response;
  };
  const slotLines = async () =>
    rows(recruiter, 'credit-ledger', { action: 'job_slot', recordId: offer.id }, [0, 9]);
  const slots = async () => (await creditsOf(recruiter)).jobSlots as number;
  const body = (model: Json, status: string) => ({
    title: `Contract workflow ${run}`,
    contractType: model.contractType,
    city: 'Lyon',
    country: model.country,
    remote: model.remote,
    currency: model.currency,
    experienceLevel: model.experienceLevel,
    salaryMin: 40_000,
    salaryMax: 50_000,
    ir35: null,
    skills: ['React'],
    description: `<p>${'Contract offer. '.repeat(40)}</p>`,
    expiresAt: '2031-01-31T23:59:59.000Z',
    status,
  });
  let model: Json;

  beforeAll(async () => {
    const own = await rows(recruiter, 'offers', { status: 'published' }, [0, 49]);
    model = own.find((o) => o.contractType !== 'freelance');
    expect(model, 'a published salaried offer of the recruiter').toBeDefined();
  });

  afterAll(async () => {
    // The slots this file took go back (a refund per debit), so the company's balance is as it was.
    for (const id of debits)
      await call('POST', `/api/credit-ledger/${id}/refund`, { reason: `Contract ${run}` }, support.token);
  });

  it('a new offer is a draft or published at once: paused, closed or expired → 422 on status, nothing created', async () => {
    for (const status of ['paused', 'closed', 'expired']) {
      const response = await call('POST', '/api/offers', body(model, status), recruiter.token);
      expect(response.status, status).toBe(422);
      expect(Object.keys(response.body.errors ?? {})).toEqual(['status']);
    }
    expect(await rows(recruiter, 'offers', { q: `Contract workflow ${run}` }, [0, 9])).toEqual([]);
  });

  it('publishing, and reopening a closed offer, each take a slot and a ledger line; a pause and its resumption none', async () => {
    const before = await slots();
    offer = await create(recruiter, 'offers', body(model, 'published'));
    expect(await slots()).toBe(before - 1);
    expect((await patch({ status: 'closed' })).status).toBe(200);
    const reopened = await patch({ status: 'published' });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    expect(await slots()).toBe(before - 2);
    const lines = await slotLines();
    debits.push(...lines.map((line) => line.id));
    expect(lines.map((line) => line.delta)).toEqual([-1, -1]);
    expect((await patch({ status: 'paused' })).status).toBe(200);
    expect((await patch({ status: 'published' })).status).toBe(200);
    expect(await slots()).toBe(before - 2);
    expect(await slotLines()).toHaveLength(2);
    expect((await patch({ status: 'closed' })).status).toBe(200);
  });

  it('with no slot left, reopening a closed offer after editing it is refused (no_job_slot) and charges nothing', async () => {
    expect(offer?.status).toBe('closed');
    const left = await slots();
    const adjust = (delta: number) =>
      call(
        'POST',
        `/api/companies/${recruiter.user.companyId}/credits`,
        { kind: 'jobSlots', delta, reason: `Contract ${run}` },
        support.token,
      );
    if (left > 0) expect((await adjust(-left)).status).toBe(200);
    try {
      const { id: _id, version: _version, status: _status, ...content } = body(model, 'published') as Json;
      expect((await patch({ ...content, expiresAt: '2031-02-28T23:59:59.000Z' })).status).toBe(200);
      const refused = await patch({ status: 'published' });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('no_job_slot');
      expect(Object.keys(refused.body.errors ?? {})).toEqual(['status']);
      expect((await call('GET', `/api/offers/${offer.id}`, undefined, recruiter.token)).body.status).toBe(
        'closed',
      );
      expect(await slotLines()).toHaveLength(2);
    } finally {
      if (left > 0) expect((await adjust(left)).status).toBe(200);
    }
    expect(await slots()).toBe(left);
  });
});

describe('a rejection states its category on every write of an application, as the move requires', () => {
  let card: Json;
  const path = () => `/api/applications/${card.id}`;

  beforeAll(async () => {
    [card] = await rows(recruiter, 'applications', { stage: 'screening' });
    expect(card, 'an application of the recruiter in screening').toBeDefined();
  });

  it('PATCH and PUT to "rejected" answer the move’s own field errors, and change nothing', async () => {
    const moved = await call(
      'POST',
      `${path()}/move`,
      { stage: 'rejected', position: 0, version: card.version },
      recruiter.token,
    );
    expect(moved.status).toBe(422);
    expect(Object.keys(moved.body.errors ?? {})).toEqual(['rejectionCategory']);
    const patched = await call(
      'PATCH',
      path(),
      { stage: 'rejected', version: card.version },
      recruiter.token,
    );
    expect(patched.status).toBe(422);
    expect(patched.body.errors).toEqual(moved.body.errors);
    const put = await call('PUT', path(), { ...card, stage: 'rejected' }, recruiter.token);
    expect(put.status).toBe(422);
    expect(put.body.errors).toEqual(moved.body.errors);
    const otherMove = await call(
      'POST',
      `${path()}/move`,
      { stage: 'rejected', position: 0, version: card.version, rejectionCategory: 'other' },
      recruiter.token,
    );
    expect(otherMove.status).toBe(422);
    expect(Object.keys(otherMove.body.errors ?? {})).toEqual(['rejectionReason']);
    const otherPatch = await call(
      'PATCH',
      path(),
      { stage: 'rejected', rejectionCategory: 'other', version: card.version },
      recruiter.token,
    );
    expect(otherPatch.status).toBe(422);
    expect(otherPatch.body.errors).toEqual(otherMove.body.errors);
    const now = (await call('GET', path(), undefined, recruiter.token)).body;
    expect(now).toMatchObject({ stage: 'screening', version: card.version });
  });

  it('POST of an application in "rejected" without a category is refused, and creates nothing', async () => {
    const [offer] = await rows(recruiter, 'offers', { status: 'published' });
    const person = await create(
      recruiter,
      'candidates',
      {
        firstName: 'Reject',
        lastName: `Contract${run}`,
        email: `reject.${run}@contract.test`,
        country: 'FR',
      },
      admin,
    );
    const pair = { candidateId: person.id, offerId: offer.id };
    const refused = await call('POST', '/api/applications', { ...pair, stage: 'rejected' }, recruiter.token);
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.errors ?? {})).toEqual(['rejectionCategory']);
    expect(await rows(recruiter, 'applications', { candidateId: person.id })).toEqual([]);
  });
});

describe('a saved view keeps only what its list would take from its owner', () => {
  const name = `Contract view ${run}`;
  const saved = async () => rows(recruiter, 'saved-views', { q: run }, [0, 9]);

  it('a filter the list refuses (unknown field or operator, a field masked for a recruiter) → 422 on filter', async () => {
    const filter = { email: 'a@b.c', nope: { deep: [1, 2, 3] }, email_gte: 'a' };
    const listed = await call(
      'GET',
      `/api/candidates${listQuery({ filter, range: [0, 0] })}`,
      undefined,
      recruiter.token,
    );
    expect(listed.status).toBe(400);
    const refused = await call(
      'POST',
      '/api/saved-views',
      { resource: 'candidates', name, filter },
      recruiter.token,
    );
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.errors ?? {})).toEqual(['filter']);
    expect(await saved()).toEqual([]);
  });

  it('a resource the owner may not list → 422 on resource', async () => {
    expect(
      (await call('GET', `/api/audit-logs${listQuery({ range: [0, 0] })}`, undefined, recruiter.token))
        .status,
    ).toBe(403);
    const refused = await call(
      'POST',
      '/api/saved-views',
      { resource: 'audit-logs', name, filter: {} },
      recruiter.token,
    );
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.errors ?? {})).toEqual(['resource']);
    expect(await saved()).toEqual([]);
  });

  it('a sort the list refuses the owner (a field masked for a recruiter) → 422 on sort', async () => {
    const sorted = await call(
      'GET',
      `/api/candidates${listQuery({ sort: ['lastName', 'ASC'], range: [0, 0] })}`,
      undefined,
      recruiter.token,
    );
    expect(sorted.status).toBe(400);
    const refused = await call(
      'POST',
      '/api/saved-views',
      { resource: 'candidates', name, filter: {}, sort: { field: 'lastName', order: 'ASC' } },
      recruiter.token,
    );
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.errors ?? {})).toEqual(['sort']);
    expect(await saved()).toEqual([]);
  });

  it('a name nobody can read (spaces, a zero-width space alone) → 422 on name, on create and on rename', async () => {
    for (const unreadable of ['   ', '\u200b', ' \u200b\u00a0']) {
      const refused = await call(
        'POST',
        '/api/saved-views',
        { resource: 'candidates', name: unreadable, filter: { q: run } },
        recruiter.token,
      );
      expect(refused.status).toBe(422);
      expect(Object.keys(refused.body.errors ?? {})).toEqual(['name']);
    }
    const view = await create(recruiter, 'saved-views', { resource: 'candidates', name, filter: { q: run } });
    const renamed = await call(
      'PUT',
      `/api/saved-views/${view.id}`,
      { ...view, name: '\u200b' },
      recruiter.token,
    );
    expect(renamed.status).toBe(422);
    expect(Object.keys(renamed.body.errors ?? {})).toEqual(['name']);
    const kept = await call('GET', `/api/saved-views/${view.id}`, undefined, recruiter.token);
    expect(kept.body.name).toBe(name);
  });

  it('what the list takes is kept', async () => {
    const view = await create(recruiter, 'saved-views', {
      resource: 'candidates',
      name,
      filter: { q: 'java', yearsOfExperience_gte: 3 },
      sort: { field: 'yearsOfExperience', order: 'DESC' },
    });
    expect(view.filter).toEqual({ q: 'java', yearsOfExperience_gte: 3 });
  });
});
