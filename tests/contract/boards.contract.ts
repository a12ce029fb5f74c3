import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiResponse, listQuery, call as rawCall } from '../helpers/api';
import { FR_OFFER_TEXT, publishedOfferBody } from '../helpers/boards';
import { signInAs } from './accounts';

/**
 * Job-board publications over real HTTP, black-box: a recruiter sends an offer of their company to
 * a board; the other company's recruiter can neither read, resubmit nor moderate it, nor send the
 * offer anywhere; nobody moderates their own company's offer; support rejects it with a reason the
 * recruiter reads. The offer is deleted afterwards, its publications with it.
 */
// biome-ignore lint/suspicious/noExplicitAny: contract tests read arbitrary JSON bodies
type Json = any;
type Session = Awaited<ReturnType<typeof signInAs>>;

async function call(
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<ApiResponse<Json>> {
  const response = await rawCall(method, path, body, token);
  expect(response.status, `${method} ${path}: never a 5xx`).toBeLessThan(500);
  return response;
}

const TEXT = `${FR_OFFER_TEXT} Profil jeune et dynamique.`;

let recruiter: Session;
let other: Session;
let support: Session;
let offer: Json;
let publication: Json;

beforeAll(async () => {
  [recruiter, other, support] = await Promise.all(
    (['recruiter', 'otherRecruiter', 'support'] as const).map(signInAs),
  );
  expect(recruiter.user.companyId).not.toBe(other.user.companyId);
  const boards = (
    await call('GET', `/api/boards${listQuery({ range: [0, 49] })}`, undefined, recruiter.token)
  ).body as Json[];
  const board = boards.find((b) => b.active && b.languages.includes('fr'));
  expect(board, 'a board taking French offers').toBeDefined();
  const created = await call(
    'POST',
    '/api/offers',
    publishedOfferBody(TEXT, {
      title: `Contract boards ${Date.now().toString(36)} (H/F)`,
      expiresAt: '2031-01-31T23:59:59.000Z',
    }),
    recruiter.token,
  );
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  offer = created.body;
  const sent = await call(
    'POST',
    `/api/offers/${offer.id}/publications`,
    { boardIds: [board.id] },
    recruiter.token,
  );
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  [publication] = sent.body;
  expect(publication.state).toBe('pending-review');
});

afterAll(async () => {
  if (offer) await call('DELETE', `/api/offers/${offer.id}`, undefined, recruiter.token);
});

describe('offer publications stay inside their company', () => {
  it('another company’s recruiter cannot see, resubmit or send them, as if they did not exist', async () => {
    const path = `/api/offer-publications/${publication.id}`;
    expect((await call('GET', path, undefined, other.token)).status).toBe(404);
    expect((await call('POST', `${path}/resubmit`, undefined, other.token)).status).toBe(404);
    const boards = (await call('GET', '/api/boards', undefined, other.token)).body as Json[];
    const sent = await call(
      'POST',
      `/api/offers/${offer.id}/publications`,
      { boardIds: [boards[0].id] },
      other.token,
    );
    expect(sent.status).toBe(404);
    const listed = await call(
      'GET',
      `/api/offer-publications${listQuery({ filter: { offerId: offer.id }, range: [0, 9] })}`,
      undefined,
      other.token,
    );
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([]);
  });

  it('no recruiter moderates, not even their own company’s offer', async () => {
    for (const session of [recruiter, other]) {
      const approve = await call(
        'POST',
        `/api/offer-publications/${publication.id}/approve`,
        undefined,
        session.token,
      );
      expect(approve.status).toBe(403);
      const bulk = await call(
        'POST',
        '/api/offer-publications/bulk',
        { ids: [publication.id], action: 'approve' },
        session.token,
      );
      expect(bulk.status).toBe(403);
    }
  });

  it('support rejects with a reason, and the offer’s own recruiter reads it', async () => {
    const reason = 'Remove “jeune et dynamique”: it excludes candidates by age.';
    const rejected = await call(
      'POST',
      `/api/offer-publications/${publication.id}/reject`,
      { code: 'discrimination', reason },
      support.token,
    );
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    const seen = await call('GET', `/api/offer-publications/${publication.id}`, undefined, recruiter.token);
    expect(seen.body).toMatchObject({
      state: 'rejected',
      rejectionCode: 'discrimination',
      rejectionReason: reason,
    });
  });
});

describe('an offer edited while live on a board', () => {
  it('goes through the board’s checks again: discriminatory text takes it off the board', async () => {
    const boards = (
      await call('GET', `/api/boards${listQuery({ range: [0, 49] })}`, undefined, recruiter.token)
    ).body as Json[];
    const board = boards.find((b) => b.active && b.languages.includes('fr'));
    const created = await call(
      'POST',
      '/api/offers',
      publishedOfferBody(FR_OFFER_TEXT, {
        title: `Contract recheck ${Date.now().toString(36)} (H/F)`,
        expiresAt: '2031-01-31T23:59:59.000Z',
      }),
      recruiter.token,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    try {
      const sent = await call(
        'POST',
        `/api/offers/${created.body.id}/publications`,
        { boardIds: [board.id] },
        recruiter.token,
      );
      expect(sent.status, JSON.stringify(sent.body)).toBe(201);
      const [clean] = sent.body;
      // A backend may hold even a clean offer for review: support lets it through first.
      if (clean.state === 'pending-review')
        await call('POST', `/api/offer-publications/${clean.id}/approve`, undefined, support.token);
      const path = `/api/offer-publications/${clean.id}`;
      expect((await call('GET', path, undefined, recruiter.token)).body.state).toBe('live');
      const current = (await call('GET', `/api/offers/${created.body.id}`, undefined, recruiter.token)).body;
      const edited = await call(
        'PATCH',
        `/api/offers/${created.body.id}`,
        { description: `<p>${FR_OFFER_TEXT} Candidat âgé de 25 à 35 ans.</p>`, version: current.version },
        recruiter.token,
      );
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
      expect((await call('GET', path, undefined, recruiter.token)).body).toMatchObject({
        state: 'rejected',
        rejectionCode: 'discrimination',
      });
    } finally {
      await call('DELETE', `/api/offers/${created.body.id}`, undefined, recruiter.token);
    }
  });
});
