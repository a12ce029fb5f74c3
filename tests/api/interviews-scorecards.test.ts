import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { onDefaultCriteria, recruiter, schedule } from './interviews-fixtures';

const RATINGS = { technical: 4, communication: 3, motivation: 2, teamFit: 3 };

async function setUp() {
  const author = await recruiter();
  const app = onDefaultCriteria();
  const interview = await schedule(author.token, app.id);
  const draft = await call<Scorecard>(
    'POST',
    '/api/scorecards',
    { interviewId: interview.body.id, ratings: { technical: 4 } },
    author.token,
  );
  expect(draft.status).toBe(201);
  return { author, app, interview: interview.body, draft: draft.body };
}

describe('scorecards', () => {
  it('keeps a draft private to its author until it is submitted', async () => {
    const { author, app, draft } = await setUp();
    // Staff, even an admin, see nothing of the draft.
    const others = [await login(DEMO.support), await login(DEMO.admin)];
    for (const token of others) {
      expect((await call('GET', `/api/scorecards/${draft.id}`, undefined, token)).status).toBe(404);
      const list = await call<Scorecard[]>(
        'GET',
        `/api/scorecards${listQuery({ filter: { applicationId: app.id } })}`,
        undefined,
        token,
      );
      expect(list.body.map((s) => s.id)).not.toContain(draft.id);
    }
    const submitted = await call<Scorecard>(
      'PUT',
      `/api/scorecards/${draft.id}`,
      {
        ...draft,
        ratings: RATINGS,
        recommendation: 'yes',
        summary: 'Solid',
        submittedAt: '1999-01-01T00:00:00.000Z',
      },
      author.token,
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body.submittedAt).toBe('2026-11-02T09:00:00.000Z'); // the server's clock
    for (const token of others)
      expect((await call('GET', `/api/scorecards/${draft.id}`, undefined, token)).status).toBe(200);
    // Submitted is final.
    const edit = await call(
      'PATCH',
      `/api/scorecards/${draft.id}`,
      { summary: 'changed', version: submitted.body.version },
      author.token,
    );
    expect(edit.status).toBe(403);
  });

  it('checks ratings against the offer criteria and requires a complete card to submit', async () => {
    const { author, draft } = await setUp();
    const bad = await call(
      'PATCH',
      `/api/scorecards/${draft.id}`,
      { ratings: { technical: 5, charisma: 2 }, version: draft.version },
      author.token,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toMatchObject({
      'ratings.technical': expect.any(String),
      'ratings.charisma': expect.any(String),
    });
    const early = await call(
      'PATCH',
      `/api/scorecards/${draft.id}`,
      { submittedAt: 'now', version: draft.version },
      author.token,
    );
    expect(early.status).toBe(422);
    expect(Object.keys(early.body.errors)).toEqual(
      expect.arrayContaining(['ratings.communication', 'recommendation']),
    );
  });

  it('averages each criterion over the submitted scorecards only', async () => {
    const { author, app, interview } = await setUp();
    const sub = (ratings: Record<string, number>) =>
      call(
        'POST',
        '/api/scorecards',
        { interviewId: interview.id, ratings, recommendation: 'yes', submittedAt: 'now' },
        author.token,
      );
    expect((await sub(RATINGS)).status).toBe(201);
    expect((await sub({ technical: 1, communication: 4, motivation: 2, teamFit: 4 })).status).toBe(201);
    const summary = await call('GET', `/api/applications/${app.id}/scorecards`, undefined, author.token);
    expect(summary.status).toBe(200);
    const mine = summary.body.scorecards.filter((s: Scorecard) => s.interviewId === interview.id);
    expect(mine).toHaveLength(3); // the author sees their own draft
    const all = summary.body.scorecards.filter((s: Scorecard) => s.submittedAt);
    const expected = (criterion: string) =>
      all.reduce((sum: number, s: Scorecard) => sum + s.ratings[criterion], 0) / all.length;
    const technical = summary.body.averages.find((a: { criterion: string }) => a.criterion === 'technical');
    expect(technical.count).toBe(all.length);
    expect(technical.average).toBeCloseTo(expected('technical'), 2);
    // The draft's technical 4 is not counted: with only the two new cards the average would be 2.5.
    if (all.length === 2) expect(technical.average).toBe(2.5);
    const globex = await login(DEMO.globex);
    expect((await call('GET', `/api/applications/${app.id}/scorecards`, undefined, globex)).status).toBe(404);
    expect(
      (await call('GET', `/api/applications/${app.id}/scorecards`, undefined, await login(DEMO.sales)))
        .status,
    ).toBe(403);
  });
});
