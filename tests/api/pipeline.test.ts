import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Activity, Application, Stage } from '../../src/types';
import { call, DEMO, listQuery, login, totalOf } from '../helpers/api';
import { ACME, applicationsOf, GLOBEX } from './fixtures';

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
