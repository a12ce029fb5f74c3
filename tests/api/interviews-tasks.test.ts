import { beforeEach, describe, expect, it } from 'vitest';
import { advanceClock, getState } from '../../mocks/handlers';
import type { Application, Task } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { recruiter } from './interviews-fixtures';

const HOUR = 3600_000;

async function freshApplication(token: string): Promise<Application> {
  // A new application of the company, created now (the clock is the reference date).
  const offers = await call(
    'GET',
    `/api/offers${listQuery({ filter: { status: 'published' }, range: [0, 0] })}`,
    undefined,
    token,
  );
  const candidate = await call(
    'POST',
    '/api/candidates',
    { firstName: 'Ada', lastName: 'Waits', email: 'ada.waits@example.com', country: 'FR' },
    token,
  );
  expect(candidate.status).toBe(201);
  const app = await call<Application>(
    'POST',
    '/api/applications',
    { offerId: offers.body[0].id, candidateId: candidate.body.id },
    token,
  );
  expect(app.status).toBe(201);
  return app.body;
}

const autoTasksOf = async (token: string, applicationId: number) =>
  (
    await call<Task[]>(
      'GET',
      `/api/tasks${listQuery({ filter: { applicationId, automatic: true } })}`,
      undefined,
      token,
    )
  ).body;

describe('tasks: the 48-hour rule', () => {
  // The clock moves days ahead: keep the sessions alive meanwhile.
  beforeEach(() => {
    getState().sessionTtlMs = 30 * 24 * HOUR;
  });

  it('creates one automatic task once an application has waited in "new" for more than 48 hours', async () => {
    const { token } = await recruiter();
    const app = await freshApplication(token);
    advanceClock(48 * HOUR);
    expect(await autoTasksOf(token, app.id)).toHaveLength(0); // exactly 48 h: not yet
    advanceClock(60_000);
    const [task] = await autoTasksOf(token, app.id);
    expect(task).toMatchObject({
      automatic: true,
      done: false,
      assigneeId: app.recruiterId,
      candidateId: app.candidateId,
    });
    expect(task.title).toMatch(/Ada Waits/);
    // What it asks, for the app to word in its reader's language.
    expect(task.kind).toBe('review_waiting');
    expect(Date.parse(task.dueAt) - Date.parse(app.stageChangedAt)).toBe(48 * HOUR);
    expect(await autoTasksOf(token, app.id)).toHaveLength(1); // once only
    // Other tenants never see it.
    const globex = await login(DEMO.globex);
    expect((await call('GET', `/api/tasks/${task.id}`, undefined, globex)).status).toBe(404);
  });

  it('creates none for an application that left "new" in time', async () => {
    const { token } = await recruiter();
    const app = await freshApplication(token);
    advanceClock(24 * HOUR);
    const moved = await call(
      'PATCH',
      `/api/applications/${app.id}`,
      { stage: 'screening', version: app.version },
      token,
    );
    expect(moved.status).toBe(200);
    advanceClock(48 * HOUR);
    expect(await autoTasksOf(token, app.id)).toHaveLength(0);
  });

  it('a task the API wrote keeps its kind when ticked off, and loses it once someone rewrites its title', async () => {
    const { token } = await recruiter();
    const app = await freshApplication(token);
    advanceClock(49 * HOUR);
    const [task] = await autoTasksOf(token, app.id);
    const done = await call<Task>(
      'PATCH',
      `/api/tasks/${task.id}`,
      { done: true, version: task.version },
      token,
    );
    expect(done.body.kind).toBe('review_waiting');
    const renamed = await call<Task>(
      'PATCH',
      `/api/tasks/${task.id}`,
      { title: 'Call Ada about the Lyon role', version: done.body.version },
      token,
    );
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: 'Call Ada about the Lyon role', kind: null });
    // The kind is the server's: a client cannot set it.
    const forced = await call(
      'PATCH',
      `/api/tasks/${task.id}`,
      { kind: 'call_back', version: renamed.body.version },
      token,
    );
    expect(forced.status).toBe(403);
  });

  it('lets the assignee tick a task off; sales cannot see tasks, support only reads them', async () => {
    const { token } = await recruiter();
    const app = await freshApplication(token);
    advanceClock(49 * HOUR);
    const [task] = await autoTasksOf(token, app.id);
    const done = await call<Task>(
      'PATCH',
      `/api/tasks/${task.id}`,
      { done: true, version: task.version },
      token,
    );
    expect(done.status).toBe(200);
    expect(done.body.done).toBe(true);
    expect((await call('GET', '/api/tasks', undefined, await login(DEMO.sales))).status).toBe(403);
    const support = await login(DEMO.support);
    expect((await call('GET', `/api/tasks/${task.id}`, undefined, support)).status).toBe(200);
    expect((await call('PATCH', `/api/tasks/${task.id}`, { done: false, version: 2 }, support)).status).toBe(
      403,
    );
  });
});
