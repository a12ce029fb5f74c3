import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Activity, Application, Stage, User } from '../../src/model/types';
import { call, DEMO, listQuery, login, totalOf } from '../helpers/api';
import { ACME, ACME_RECRUITER, applicationsOf, freshPair, GLOBEX } from './fixtures';

/** POST /applications/{id}/move: one call moves a card and re-indexes both columns. */
const column = (companyId: number, stage: Stage): Application[] =>
  applicationsOf(companyId)
    .filter((a) => a.stage === stage)
    .sort((a, b) => a.position - b.position)
    .map((a) => structuredClone(a)); // a snapshot: the stored rows change under the test
const positions = (companyId: number, stage: Stage) => column(companyId, stage).map((a) => a.position);
const ids = (companyId: number, stage: Stage) => column(companyId, stage).map((a) => a.id);
const move = (id: number, body: unknown, token: string) =>
  call<Application & { message: string; current: Application; errors: Record<string, string> }>(
    'POST',
    `/api/applications/${id}/move`,
    body,
    token,
  );

describe('POST /applications/{id}/move', () => {
  it('moves a card to another stage at a position and renumbers both columns', async () => {
    const token = await login(DEMO.acme);
    const [card] = column(ACME, 'new');
    const screening = ids(ACME, 'screening');
    const response = await move(card.id, { stage: 'screening', position: 1, version: card.version }, token);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: card.id,
      stage: 'screening',
      position: 1,
      version: card.version + 1,
    });
    expect(ids(ACME, 'screening')).toEqual([screening[0], card.id, ...screening.slice(1)]);
    expect(positions(ACME, 'screening')).toEqual(screening.map((_, i) => i).concat(screening.length));
    expect(positions(ACME, 'new')).toEqual(column(ACME, 'new').map((_, i) => i));
    expect(response.body.stageChangedAt).toBe(new Date(getState().clock.now()).toISOString());
    expect(response.body.history.at(-1)).toEqual({ stage: 'screening', at: response.body.stageChangedAt });

    // What a board reading the column sees: the card second, the counts exact.
    const list = await call<Application[]>(
      'GET',
      `/api/applications${listQuery({ filter: { stage: 'screening' }, sort: ['position', 'ASC'], range: [0, 4] })}`,
      undefined,
      token,
    );
    expect(list.body[1].id).toBe(card.id);
    expect(totalOf(list)).toBe(screening.length + 1);
  });

  it('writes one stage_change activity by the mover, and none for a reorder', async () => {
    const token = await login(DEMO.acme);
    const activities = getState().tables.activities;
    const [card, other] = column(ACME, 'new');
    await move(card.id, { stage: 'interview', position: 0, version: card.version }, token);
    const last = activities.rows.at(-1) as Activity;
    expect(last).toMatchObject({
      type: 'stage_change',
      applicationId: card.id,
      candidateId: card.candidateId,
      companyId: ACME,
      authorId: 11,
      fromStage: 'new',
      toStage: 'interview',
    });
    const count = activities.size;
    const reorder = await move(other.id, { stage: 'new', position: 3, version: other.version }, token);
    expect(reorder.status).toBe(200);
    expect(reorder.body.position).toBe(3);
    expect(activities.size).toBe(count);
  });

  it('answers 409 with the current record on a stale version, and changes nothing', async () => {
    const token = await login(DEMO.acme);
    const [card] = column(ACME, 'new');
    await move(card.id, { stage: 'screening', position: 0, version: card.version }, token);
    const before = ids(ACME, 'interview');
    const stale = await move(card.id, { stage: 'interview', position: 0, version: card.version }, token);
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ id: card.id, stage: 'screening', version: card.version + 1 });
    expect(ids(ACME, 'interview')).toEqual(before);
  });

  it('requires a reason to reject (422), stores it, and clears it when the card leaves "rejected"', async () => {
    const token = await login(DEMO.acme);
    const [card] = column(ACME, 'screening');
    const refused = await move(card.id, { stage: 'rejected', position: 0, version: card.version }, token);
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual({ rejectionCategory: 'required' });
    const blank = await move(
      card.id,
      { stage: 'rejected', position: 0, version: card.version, rejectionReason: '  ' },
      token,
    );
    expect(blank.status).toBe(422);
    // Words alone (the first form of the API) are an "other" reason.
    const done = await move(
      card.id,
      { stage: 'rejected', position: 0, version: card.version, rejectionReason: 'Salary expectations' },
      token,
    );
    expect(done.body).toMatchObject({
      stage: 'rejected',
      rejectionCategory: 'other',
      rejectionReason: 'Salary expectations',
    });
    const back = await move(card.id, { stage: 'screening', position: 0, version: done.body.version }, token);
    expect(back.body).toMatchObject({ stage: 'screening', rejectionCategory: null, rejectionReason: null });
  });

  it('takes one of the usual rejection reasons, with words required only for "other"', async () => {
    const token = await login(DEMO.acme);
    const [first, second] = column(ACME, 'screening');
    const unknown = await move(
      first.id,
      { stage: 'rejected', position: 0, version: first.version, rejectionCategory: 'mood' },
      token,
    );
    expect(unknown.status).toBe(422);
    expect(Object.keys(unknown.body.errors)).toEqual(['rejectionCategory']);
    const otherBlank = await move(
      first.id,
      { stage: 'rejected', position: 0, version: first.version, rejectionCategory: 'other' },
      token,
    );
    expect(otherBlank.body.errors).toEqual({ rejectionReason: 'required' });
    const salary = await move(
      first.id,
      { stage: 'rejected', position: 0, version: first.version, rejectionCategory: 'salary' },
      token,
    );
    expect(salary.body).toMatchObject({
      stage: 'rejected',
      rejectionCategory: 'salary',
      rejectionReason: null,
    });
    const detailed = await move(
      second.id,
      {
        stage: 'rejected',
        position: 0,
        version: second.version,
        rejectionCategory: 'technical_test',
        rejectionReason: 'Struggled with the SQL exercise',
      },
      token,
    );
    expect(detailed.body).toMatchObject({
      rejectionCategory: 'technical_test',
      rejectionReason: 'Struggled with the SQL exercise',
    });
  });

  it('refuses bad values with 422 naming the field', async () => {
    const token = await login(DEMO.acme);
    const [card] = column(ACME, 'new');
    const bad = await move(card.id, { stage: 'limbo', position: -1, version: card.version }, token);
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['position', 'stage']);
    const noVersion = await move(card.id, { stage: 'screening', position: 0 }, token);
    expect(noVersion.status).toBe(422);
    expect(noVersion.body.errors).toEqual({ version: 'required' });
  });

  it("keeps tenants apart: another company's card is 404, support and sales are 403", async () => {
    const [globexCard] = column(GLOBEX, 'new');
    const body = { stage: 'screening', position: 0, version: globexCard.version };
    expect((await move(globexCard.id, body, await login(DEMO.acme))).status).toBe(404);
    expect((await move(globexCard.id, body, await login(DEMO.support))).status).toBe(403);
    expect((await move(globexCard.id, body, await login(DEMO.sales))).status).toBe(403);
    expect((await move(globexCard.id, body, '')).status).toBe(401);
    expect(getState().tables.applications.get(globexCard.id)?.stage).toBe('new');
  });

  it("lets an admin move any company's card, with an audit entry", async () => {
    const token = await login(DEMO.admin);
    const [card] = column(GLOBEX, 'new');
    const response = await move(card.id, { stage: 'screening', position: 99, version: card.version }, token);
    expect(response.status).toBe(200);
    expect(response.body.position).toBe(column(GLOBEX, 'screening').length - 1);
    expect(getState().tables['audit-logs'].rows.at(-1)).toMatchObject({
      action: 'application.move',
      recordId: card.id,
      changes: { stage: ['new', 'screening'] },
    });
  });
});

describe('renumbered cards (issue 15): a new version each, positions unique in every column', () => {
  const stored = (id: number) => structuredClone(getState().tables.applications.get(id) as Application);
  const isNumbered = (stage: Stage) =>
    expect(positions(ACME, stage)).toEqual(ids(ACME, stage).map((_, i) => i));
  /** Another active recruiter of Acme, to play the colleague. */
  const colleague = () =>
    (getState().tables.users.rows as User[]).find(
      (u) =>
        u.companyId === ACME && u.role === 'recruiter' && u.status === 'active' && u.id !== ACME_RECRUITER,
    ) as User;

  it("two recruiters: one's move shifts a card, the other's stale PUT of it is 409 and changes nothing", async () => {
    const mine = await login(DEMO.acme);
    const theirs = await login(colleague().email);
    const [top] = column(ACME, 'screening');
    const read = (await call<Application>('GET', `/api/applications/${top.id}`, undefined, theirs)).body;
    const [card] = column(ACME, 'new');
    expect(
      (await move(card.id, { stage: 'screening', position: 0, version: card.version }, mine)).status,
    ).toBe(200);
    const shifted = stored(top.id);
    expect(shifted).toMatchObject({ position: read.position + 1, version: read.version + 1 });
    const stale = await call<{ current: Application }>(
      'PUT',
      `/api/applications/${top.id}`,
      { ...read, rating: 5 },
      theirs,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({
      id: top.id,
      position: shifted.position,
      version: shifted.version,
    });
    expect(stored(top.id)).toEqual(shifted);
    isNumbered('screening');
    isNumbered('new');
  });

  it('a rating given on a card a colleague shifted meanwhile applies: it changes neither stage nor position', async () => {
    const mine = await login(DEMO.acme);
    const theirs = await login(colleague().email);
    const [top] = column(ACME, 'screening');
    const [card] = column(ACME, 'new');
    await move(card.id, { stage: 'screening', position: 0, version: card.version }, mine);
    const rated = await call<Application>(
      'PATCH',
      `/api/applications/${top.id}`,
      { rating: 2, version: top.version },
      theirs,
    );
    expect(rated.status).toBe(200);
    expect(rated.body).toMatchObject({ rating: 2, position: 1, version: top.version + 2 });
    // Edited since: the next write based on the first version is a conflict again.
    const again = await call(
      'PATCH',
      `/api/applications/${top.id}`,
      { rating: 3, version: top.version },
      theirs,
    );
    expect(again.status).toBe(409);
    isNumbered('screening');
  });

  it('a PUT or PATCH of stage or position, and a new application, renumber the columns they touch', async () => {
    const token = await login(DEMO.acme);
    const column0 = column(ACME, 'new');
    const last = column0.at(-1) as Application;
    const top = await call<Application>(
      'PATCH',
      `/api/applications/${last.id}`,
      { position: 0, version: last.version },
      token,
    );
    expect(top.body.position).toBe(0);
    expect(stored(column0[0].id)).toMatchObject({ position: 1, version: column0[0].version + 1 });
    isNumbered('new');
    const staged = await call<Application>(
      'PATCH',
      `/api/applications/${last.id}`,
      { stage: 'interview', position: 0, version: top.body.version },
      token,
    );
    expect(staged.body).toMatchObject({ stage: 'interview', position: 0 });
    isNumbered('new');
    isNumbered('interview');
    const { offerId, candidateId } = freshPair(ACME);
    const created = await call<Application>('POST', '/api/applications', { offerId, candidateId }, token);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ stage: 'new', position: 0 });
    isNumbered('new');
  });

  it('a move sent with the version of a card only renumbered since is planned on the column as it is', async () => {
    const token = await login(DEMO.acme);
    // Rejecting two cards of one column in a row (the list's bulk reject): the first shifts the second.
    const [first, second] = column(ACME, 'new');
    for (const card of [first, second]) {
      const body = { stage: 'rejected', position: 0, version: card.version, rejectionReason: 'Not a fit' };
      expect((await move(card.id, body, token)).status).toBe(200);
    }
    isNumbered('new');
    isNumbered('rejected');
    // Edited since (not only renumbered): the same old version is a conflict.
    const [third, fourth] = column(ACME, 'new');
    await move(third.id, { stage: 'screening', position: 0, version: third.version }, token);
    const rated = await call<Application>(
      'PATCH',
      `/api/applications/${fourth.id}`,
      { rating: 4, version: stored(fourth.id).version },
      token,
    );
    expect(rated.status).toBe(200);
    const stale = await move(fourth.id, { stage: 'screening', position: 0, version: fourth.version }, token);
    expect(stale.status).toBe(409);
  });
});

describe('the rejection rule on every write of an application, as the move applies it', () => {
  const path = (id: number) => `/api/applications/${id}`;
  const send = (method: 'PATCH' | 'PUT', id: number, body: object, token: string) =>
    call<Application & { errors: Record<string, string> }>(method, path(id), body, token);
  const unchanged = (card: Application) =>
    expect(getState().tables.applications.get(card.id)).toMatchObject({
      stage: card.stage,
      version: card.version,
    });

  it('PATCH to "rejected" needs a category, and words for "other" (422 naming the field); with them it is stored', async () => {
    const token = await login(DEMO.acme);
    const [card] = column(ACME, 'screening');
    const bare = await send('PATCH', card.id, { stage: 'rejected', version: card.version }, token);
    expect(bare.status).toBe(422);
    expect(bare.body.errors).toEqual({ rejectionCategory: 'required' });
    const other = await send(
      'PATCH',
      card.id,
      { stage: 'rejected', rejectionCategory: 'other', version: card.version },
      token,
    );
    expect(other.status).toBe(422);
    expect(other.body.errors).toEqual({ rejectionReason: 'required' });
    const blank = await send(
      'PATCH',
      card.id,
      { stage: 'rejected', rejectionCategory: 'other', rejectionReason: '   ', version: card.version },
      token,
    );
    expect(blank.body.errors).toEqual({ rejectionReason: 'required' });
    // Nor words nobody can read (an outside review sent each of these as its reason).
    for (const invisible of ['\u200B', '\u3164', '\u2800', '\u00A0\u200D']) {
      const unseen = await send(
        'PATCH',
        card.id,
        { stage: 'rejected', rejectionCategory: 'other', rejectionReason: invisible, version: card.version },
        token,
      );
      expect([JSON.stringify(invisible), unseen.status, unseen.body.errors]).toEqual([
        JSON.stringify(invisible),
        422,
        { rejectionReason: 'required' },
      ]);
    }
    unchanged(card);
    const done = await send(
      'PATCH',
      card.id,
      { stage: 'rejected', rejectionCategory: 'salary', version: card.version },
      token,
    );
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      stage: 'rejected',
      rejectionCategory: 'salary',
      rejectionReason: null,
    });
    // Keeping "rejected" keeps the rule: the category cannot be taken away, nor "other" left wordless.
    const emptied = await send(
      'PATCH',
      card.id,
      { rejectionCategory: null, version: done.body.version },
      token,
    );
    expect(emptied.body.errors).toEqual({ rejectionCategory: 'required' });
    const wordless = await send(
      'PATCH',
      card.id,
      { rejectionCategory: 'other', version: done.body.version },
      token,
    );
    expect(wordless.body.errors).toEqual({ rejectionReason: 'required' });
    const rated = await send('PATCH', card.id, { rating: 2, version: done.body.version }, token);
    expect(rated.status).toBe(200);
    // Out of "rejected", the reason goes, as after a move.
    const back = await send('PATCH', card.id, { stage: 'screening', version: rated.body.version }, token);
    expect(back.body).toMatchObject({ stage: 'screening', rejectionCategory: null, rejectionReason: null });
  });

  it('a whole-record PUT with "rejected" and no category is refused the same way', async () => {
    const token = await login(DEMO.acme);
    const [card] = column(ACME, 'interview');
    const record = (await call<Application>('GET', path(card.id), undefined, token)).body;
    const put = await send('PUT', card.id, { ...record, stage: 'rejected' }, token);
    expect(put.status).toBe(422);
    expect(put.body.errors).toEqual({ rejectionCategory: 'required' });
    unchanged(card);
  });

  it('POST of an application already rejected needs its category too; nothing is created without it', async () => {
    const token = await login(DEMO.acme);
    const { offerId, candidateId } = freshPair(ACME);
    const count = getState().tables.applications.rows.length;
    const refused = await call<Application & { errors: Record<string, string> }>(
      'POST',
      '/api/applications',
      { offerId, candidateId, stage: 'rejected' },
      token,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual({ rejectionCategory: 'required' });
    const other = await call<Application & { errors: Record<string, string> }>(
      'POST',
      '/api/applications',
      { offerId, candidateId, stage: 'rejected', rejectionCategory: 'other' },
      token,
    );
    expect(other.body.errors).toEqual({ rejectionReason: 'required' });
    expect(getState().tables.applications.rows.length).toBe(count);
    const created = await call<Application>(
      'POST',
      '/api/applications',
      { offerId, candidateId, stage: 'rejected', rejectionCategory: 'location' },
      token,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ stage: 'rejected', rejectionCategory: 'location' });
  });
});

describe('GET /applications with q', () => {
  it("searches the candidate's name, inside the tenant, with the total of the matches", async () => {
    const token = await login(DEMO.acme);
    const [card] = column(ACME, 'new');
    const candidate = getState().tables.candidates.get(card.candidateId);
    const q = candidate?.lastName.toUpperCase() ?? '';
    const response = await call<Application[]>(
      'GET',
      `/api/applications${listQuery({ filter: { q, stage: 'new' }, sort: ['position', 'ASC'], range: [0, 24] })}`,
      undefined,
      token,
    );
    expect(response.status).toBe(200);
    expect(response.body.map((a) => a.id)).toContain(card.id);
    for (const app of response.body) {
      expect(app.companyId).toBe(ACME);
      expect(getState().tables.candidates.get(app.candidateId)?.lastName).toBe(candidate?.lastName);
    }
    expect(totalOf(response)).toBe(response.body.length);
    const none = await call(
      'GET',
      `/api/applications${listQuery({ filter: { q: 'zzqxj' } })}`,
      undefined,
      token,
    );
    expect(none.body).toEqual([]);
    expect(totalOf(none)).toBe(0);
  });
});
