import { describe, expect, it } from 'vitest';
import type { Interview } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { anApplication, recruiter, schedule } from './interviews-fixtures';

describe('interviews: interviewer clash', () => {
  it('refuses an overlapping interview for the same interviewer with 409 and the clashing slot', async () => {
    const { token, user } = await recruiter();
    const app = await anApplication(token, { stage: 'screening' });
    const first = await schedule(token, app.id, {
      startsAt: '2026-12-01T09:00:00.000Z',
      durationMinutes: 60,
    });
    expect(first.status).toBe(201);
    expect(first.body.interviewerIds).toEqual([user.id]);

    const clash = await schedule(token, app.id, {
      startsAt: '2026-12-01T09:30:00.000Z',
      durationMinutes: 30,
    });
    expect(clash.status).toBe(409);
    expect(clash.body.clash).toEqual({
      interviewId: first.body.id,
      interviewerId: user.id,
      startsAt: '2026-12-01T09:00:00.000Z',
      endsAt: '2026-12-01T10:00:00.000Z',
    });
    expect(clash.body.errors.startsAt).toMatch(/already has an interview/);
  });

  it('accepts back-to-back slots, other interviewers, and a slot freed by a cancellation', async () => {
    const { token, user } = await recruiter();
    const app = await anApplication(token, { stage: 'screening' });
    const first = await schedule(token, app.id);
    expect((await schedule(token, app.id, { startsAt: '2026-12-01T10:00:00.000Z' })).status).toBe(201);
    const colleagues = await call<Array<{ id: number }>>(
      'GET',
      `/api/users?filter=${encodeURIComponent(JSON.stringify({ role: 'recruiter', id_neq: user.id }))}&range=[0,0]`,
      undefined,
      token,
    );
    const other = colleagues.body[0]?.id;
    if (other) expect((await schedule(token, app.id, { interviewerIds: [other] })).status).toBe(201);

    const cancel = await call<Interview>(
      'PATCH',
      `/api/interviews/${first.body.id}`,
      { status: 'cancelled', version: first.body.version },
      token,
    );
    expect(cancel.status).toBe(200);
    expect((await schedule(token, app.id)).status).toBe(201);
  });

  it('refuses moving an interview onto a colleague slot, but a stale version stays a version conflict', async () => {
    const { token } = await recruiter();
    const app = await anApplication(token, { stage: 'screening' });
    await schedule(token, app.id);
    const later = await schedule(token, app.id, { startsAt: '2026-12-01T14:00:00.000Z' });
    const move = await call(
      'PATCH',
      `/api/interviews/${later.body.id}`,
      { startsAt: '2026-12-01T09:15:00.000Z', version: later.body.version },
      token,
    );
    expect(move.status).toBe(409);
    expect(move.body.clash).toBeDefined();
    const stale = await call(
      'PATCH',
      `/api/interviews/${later.body.id}`,
      { startsAt: '2026-12-01T09:15:00.000Z', version: 99 },
      token,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.clash).toBeUndefined();
    expect(stale.body.current.id).toBe(later.body.id);
  });

  it('scopes interviews by role and tenant', async () => {
    const acme = await recruiter();
    const app = await anApplication(acme.token);
    const created = await schedule(acme.token, app.id);
    const globex = await login(DEMO.globex);
    expect((await call('GET', `/api/interviews/${created.body.id}`, undefined, globex)).status).toBe(404);
    expect((await call('GET', `/api/interviews/${created.body.id}/ics`, undefined, globex)).status).toBe(404);
    // Another company's application is unknown to a recruiter: 422, and no clash check leaks.
    expect((await schedule(globex, app.id)).status).toBe(422);
    const sales = await login(DEMO.sales);
    expect((await call('GET', '/api/interviews', undefined, sales)).status).toBe(403);
    expect((await schedule(sales, app.id)).status).toBe(403);
    const support = await login(DEMO.support);
    expect((await call('GET', `/api/interviews/${created.body.id}`, undefined, support)).status).toBe(200);
    expect((await schedule(support, app.id, { startsAt: '2026-12-02T09:00:00.000Z' })).status).toBe(403);
  });
});
