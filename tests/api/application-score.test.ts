import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Application, Candidate, MatchResult } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { ACME, applicationsOf, offersOf } from './fixtures';

/**
 * `matchScore` on application reads (issues 5 and 8): computed by the API on every read, the same
 * score as the offer's "Best matches", in the one request of a board column; never writable.
 */
const q = listQuery;

describe('matchScore on applications', () => {
  it('is the score of the offer’s "Best matches" for an invited candidate, on every read', async () => {
    const token = await login(DEMO.acme);
    const offer = offersOf(ACME, 'published')[0];
    const rank = async () =>
      (
        await call<Array<MatchResult<Candidate>>>(
          'GET',
          `/api/offers/${offer.id}/matches${q({ range: [0, 9] })}`,
          undefined,
          token,
        )
      ).body;
    const ranking = { body: await rank() };
    const applied = new Set(
      applicationsOf(ACME)
        .filter((a) => a.offerId === offer.id)
        .map((a) => a.candidateId),
    );
    const match = ranking.body.find((r) => !applied.has(r.id)) as MatchResult<Candidate>;
    const created = await call<Application>(
      'POST',
      '/api/applications',
      { offerId: offer.id, candidateId: match.id, stage: 'new', source: 'sourcing' },
      token,
    );
    expect(created.status).toBe(201);
    // An invitation is a signal the ranking learns from at once: the score is the list's as it is now.
    const score = (await rank()).find((r) => r.id === match.id)?.score;
    expect(score).toEqual(expect.any(Number));
    expect(created.body.matchScore).toBe(score);

    const one = await call<Application>('GET', `/api/applications/${created.body.id}`, undefined, token);
    expect(one.body.matchScore).toBe(score);
    const column = await call<Application[]>(
      'GET',
      `/api/applications${q({ filter: { offerId: offer.id, stage: 'new' }, sort: ['position', 'ASC'], range: [0, 24] })}`,
      undefined,
      token,
    );
    expect(column.body.find((a) => a.id === created.body.id)?.matchScore).toBe(score);
    for (const app of column.body) expect(Number.isInteger(app.matchScore)).toBe(true);

    const moved = await call<Application>(
      'POST',
      `/api/applications/${created.body.id}/move`,
      { stage: 'screening', position: 0, version: one.body.version },
      token,
    );
    expect(moved.body.matchScore).toBe((await rank()).find((r) => r.id === match.id)?.score);
  });

  it('is never stored, ignored in a PUT echo, refused in a PATCH that sets it', async () => {
    const token = await login(DEMO.acme);
    const [app] = applicationsOf(ACME);
    const read = (await call<Application>('GET', `/api/applications/${app.id}`, undefined, token)).body;
    const patch = await call<{ errors: Record<string, string> }>(
      'PATCH',
      `/api/applications/${app.id}`,
      { matchScore: ((read.matchScore ?? 0) + 1) % 101, version: read.version },
      token,
      { 'Content-Type': 'application/merge-patch+json' },
    );
    expect(patch.status).toBe(403);
    expect(patch.body.errors).toEqual({ matchScore: 'not allowed' });

    // A whole record sent back as read, with a score that has moved since: the edit goes through.
    const put = await call<Application>(
      'PUT',
      `/api/applications/${app.id}`,
      { ...read, matchScore: 0, rating: 4 },
      token,
    );
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ rating: 4, matchScore: read.matchScore });
    expect(getState().tables.applications.get(app.id)).not.toHaveProperty('matchScore');
  });

  it('is null for an anonymised candidate, and cannot be filtered on', async () => {
    const admin = await login(DEMO.admin);
    const [app] = applicationsOf(ACME);
    expect(
      (await call('POST', `/api/candidates/${app.candidateId}/anonymize`, {}, admin)).status,
    ).toBeLessThan(300);
    const read = await call<Application>('GET', `/api/applications/${app.id}`, undefined, admin);
    expect(read.body.matchScore).toBeNull();
    const filtered = await call<{ message: string }>(
      'GET',
      `/api/applications${q({ filter: { matchScore: 50 } })}`,
      undefined,
      admin,
    );
    expect(filtered.status).toBe(400);
    expect(filtered.body.message).toMatch(/matchScore/);
  });
});
