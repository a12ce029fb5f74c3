import { describe, expect, it } from 'vitest';
import { scoreMatch } from '../../mocks/domain/matching/engine';
import { candidateIndex } from '../../mocks/domain/matching/store';
import { getState } from '../../mocks/handlers';
import type { Candidate, MatchResult, Offer } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { ACME, GLOBEX, offersOf } from './fixtures';

/** GET /offers/{id}/matches and /candidates/{id}/matches (docs/api.md, issue 8). */
const published = (companyId: number): Offer => offersOf(companyId, 'published')[0];

async function offerMatches(token: string, offerId: number, range?: [number, number]) {
  return call<Array<MatchResult<Candidate>>>(
    'GET',
    `/api/offers/${offerId}/matches${listQuery({ range })}`,
    undefined,
    token,
  );
}

function expectRanked(results: Array<MatchResult<unknown>>): void {
  for (const r of results) {
    expect(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100).toBe(true);
    expect(r.reasons.length).toBeGreaterThan(0);
    expect(r.id).toBe((r.record as { id: number }).id);
  }
  for (let i = 1; i < results.length; i++)
    expect(results[i - 1].score).toBeGreaterThanOrEqual(results[i].score);
}

describe('GET /offers/{id}/matches', () => {
  it('ranks candidates for a recruiter’s own offer, best first, with reasons and Content-Range', async () => {
    const token = await login(DEMO.acme);
    const offer = published(ACME);
    const response = await offerMatches(token, offer.id);
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(10);
    expectRanked(response.body);
    expect(response.headers.get('Content-Range')).toMatch(/^matches 0-9\/\d+$/);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const top = response.body[0];
    expect(top.matchedSkills.length + top.missingSkills.length).toBe(new Set(offer.skills).size);
  });

  it('pages through the same ranking', async () => {
    const token = await login(DEMO.admin);
    const offer = published(ACME);
    const all = (await offerMatches(token, offer.id, [0, 19])).body.map((r) => r.id);
    const second = await offerMatches(token, offer.id, [10, 19]);
    expect(second.headers.get('Content-Range')).toMatch(/^matches 10-19\//);
    expect(second.body.map((r) => r.id)).toEqual(all.slice(10, 20));
  });

  it('answers 404 for another company’s offer and 403 to sales', async () => {
    const acme = await login(DEMO.acme);
    expect((await offerMatches(acme, published(GLOBEX).id)).status).toBe(404);
    const sales = await login(DEMO.sales);
    expect((await offerMatches(sales, published(ACME).id)).status).toBe(403);
    expect((await call('GET', `/api/offers/${published(ACME).id}/matches`)).status).toBe(401);
  });

  it('refuses a bad or oversized range with 400 naming the parameter', async () => {
    const token = await login(DEMO.acme);
    const offerId = published(ACME).id;
    for (const range of ['[5,2]', '[-1,4]', 'nope', '[0,99]']) {
      const response = await call(
        'GET',
        `/api/offers/${offerId}/matches?range=${encodeURIComponent(range)}`,
        undefined,
        token,
      );
      expect(response.status).toBe(400);
      expect(response.body.message).toContain('range');
    }
  });

  it('masks database candidates for recruiters until their company unlocks them', async () => {
    const token = await login(DEMO.acme);
    const offerId = published(ACME).id;
    const ranked = (await offerMatches(token, offerId, [0, 29])).body;
    const masked = ranked.find((r) => r.record.contactMasked);
    expect(masked).toBeDefined();
    const id = masked?.id as number;
    const stored = getState().tables.candidates.get(id) as Candidate;
    expect(masked?.record.email).toBe('');
    expect(masked?.record.lastName).toBe(`${stored.lastName[0]}.`);
    expect((await call('POST', `/api/candidates/${id}/unlock`, undefined, token)).status).toBe(200);
    const after = (await offerMatches(token, offerId, [0, 29])).body.find((r) => r.id === id);
    expect(after?.record).toMatchObject({ email: stored.email, lastName: stored.lastName });
    expect(after?.record.contactMasked).toBeFalsy();
    // Staff read the database unmasked.
    const admin = await login(DEMO.admin);
    expect((await offerMatches(admin, offerId, [0, 29])).body.some((r) => r.record.contactMasked)).toBe(
      false,
    );
  });

  it('follows writes: an edited profile moves up, an anonymised one disappears', async () => {
    const token = await login(DEMO.admin);
    const offer = published(ACME);
    const before = (await offerMatches(token, offer.id, [0, 99])).body;
    const last = before[before.length - 1];
    const current = getState().tables.candidates.get(last.id) as Candidate;
    const patch = await call(
      'PATCH',
      `/api/candidates/${last.id}`,
      { skills: offer.skills, summary: '', version: current.version },
      token,
      { 'Content-Type': 'application/merge-patch+json' },
    );
    expect(patch.status).toBe(200);
    const moved = (await offerMatches(token, offer.id, [0, 99])).body;
    const rank = moved.findIndex((r) => r.id === last.id);
    expect(rank).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(before.length - 1);
    expect(moved[rank].missingSkills).toEqual([]);
    expect((await call('POST', `/api/candidates/${last.id}/anonymize`, undefined, token)).status).toBe(200);
    const gone = (await offerMatches(token, offer.id, [0, 99])).body;
    expect(gone.map((r) => r.id)).not.toContain(last.id);
  });
});

describe('GET /candidates/{id}/matches', () => {
  const someCandidate = () => getState().tables.candidates.rows.find((c) => !c.anonymizedAt) as Candidate;

  it('proposes a recruiter their own company’s published offers only', async () => {
    const token = await login(DEMO.acme);
    const response = await call<Array<MatchResult<Offer>>>(
      'GET',
      `/api/candidates/${someCandidate().id}/matches`,
      undefined,
      token,
    );
    expect(response.status).toBe(200);
    expect(response.body.length).toBeGreaterThan(0);
    expectRanked(response.body);
    for (const r of response.body) expect(r.record).toMatchObject({ companyId: ACME, status: 'published' });
    expect(response.headers.get('Content-Range')).toMatch(/^matches 0-\d+\/\d+$/);
  });

  it('proposes staff published offers of every company, scored as on the offer side', async () => {
    const token = await login(DEMO.admin);
    const candidate = someCandidate();
    const response = await call<Array<MatchResult<Offer>>>(
      'GET',
      `/api/candidates/${candidate.id}/matches${listQuery({ range: [0, 19] })}`,
      undefined,
      token,
    );
    expect(response.body).toHaveLength(20);
    expect(response.body.every((r) => r.record.status === 'published')).toBe(true);
    expect(new Set(response.body.map((r) => r.record.companyId)).size).toBeGreaterThan(1);
    // Same pair, same score as the offer page would give: the pool's rarity and the mock's clock.
    const state = getState();
    const best = response.body[0];
    const expected = scoreMatch(best.record, candidate, {
      now: state.clock.now(),
      idf: candidateIndex(state).idf,
    });
    expect(best.score).toBe(expected.score);
    expect(best.reasons).toEqual(expected.reasons);
  });

  it('answers 403 to sales and nothing for an anonymised profile', async () => {
    const sales = await login(DEMO.sales);
    expect(
      (await call('GET', `/api/candidates/${someCandidate().id}/matches`, undefined, sales)).status,
    ).toBe(403);
    const admin = await login(DEMO.admin);
    const id = someCandidate().id;
    await call('POST', `/api/candidates/${id}/anonymize`, undefined, admin);
    const response = await call('GET', `/api/candidates/${id}/matches`, undefined, admin);
    expect(response.status).toBe(200);
    expect(response.body).toEqual([]);
  });
});
