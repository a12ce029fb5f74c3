import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiResponse, listQuery, call as rawCall } from '../helpers/api';
import { signInAs } from './accounts';

/**
 * A company's offer feed over real HTTP, black-box: the other company's recruiter imports a feed of
 * two offers with references of its own; the same feed again changes nothing (no version moves);
 * the first recruiter can neither run that company's feed nor read its reports. Run as the other
 * recruiter because a feed closes the company's feed offers it no longer lists; afterwards an empty
 * feed closes the two test offers and they are deleted.
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

const TEXT =
  'Nous recherchons une personne pour rejoindre notre équipe produit et développer avec nous une plateforme utilisée chaque jour par des milliers de clients. Vous travaillerez avec les équipes métier sur la conception, les tests et la mise en production des fonctionnalités. Vous participerez aux revues de code, au choix des outils et à l’amélioration continue de nos pratiques. Nous offrons un cadre de travail hybride, une formation continue et une équipe bienveillante qui partage ses connaissances.';

const tag = Date.now().toString(36);
const feedOffer = (ref: string) => ({
  externalRef: ref,
  title: `Contract feed ${ref} (H/F)`,
  contractType: 'permanent',
  city: 'Paris',
  country: 'FR',
  remote: 'partial',
  salaryMin: 50000,
  salaryMax: 60000,
  skills: ['TypeScript'],
  experienceLevel: 'senior',
  description: `<p>${TEXT}</p>`,
  expiresAt: '2031-01-31T23:59:59.000Z',
});
const feed = { offers: [feedOffer(`CT-${tag}-1`), feedOffer(`CT-${tag}-2`)] };

let recruiter: Session;
let other: Session;
let companyId: number;
let report: Json;
const offerIds: number[] = [];

beforeAll(async () => {
  [recruiter, other] = await Promise.all((['recruiter', 'otherRecruiter'] as const).map(signInAs));
  expect(recruiter.user.companyId).not.toBe(other.user.companyId);
  companyId = other.user.companyId as number;
  const response = await call('POST', `/api/companies/${companyId}/feed-imports`, feed, other.token);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  report = response.body;
  for (const item of report.items) if (item.outcome === 'created') offerIds.push(item.offerId);
});

afterAll(async () => {
  if (!other) return;
  await call('POST', `/api/companies/${companyId}/feed-imports`, { offers: [] }, other.token);
  for (const id of offerIds) await call('DELETE', `/api/offers/${id}`, undefined, other.token);
});

describe('offer feeds', () => {
  it('refuses a feed document it does not understand (422) instead of closing every feed offer', async () => {
    for (const xml of ['<feed><job><externalRef>X</externalRef></job></feed>', '<feed>hello</feed>']) {
      const response = await call('POST', `/api/companies/${companyId}/feed-imports`, { xml }, other.token);
      expect([xml, response.status]).toEqual([xml, 422]);
    }
    for (const id of offerIds)
      expect((await call('GET', `/api/offers/${id}`, undefined, other.token)).body.status).toBe('published');
  });

  it('creates the feed’s new offers, published under the company, with their references', async () => {
    expect(report).toMatchObject({ companyId, status: 'applied', counts: { created: 2, refused: 0 } });
    expect(offerIds).toHaveLength(2);
    for (const id of offerIds) {
      const offer = (await call('GET', `/api/offers/${id}`, undefined, other.token)).body;
      expect(offer).toMatchObject({
        companyId,
        status: 'published',
        externalRef: expect.stringMatching(/^CT-/),
      });
    }
  });

  it('changes nothing when the same feed runs again', async () => {
    const read = async () =>
      Promise.all(
        offerIds.map(async (id) => (await call('GET', `/api/offers/${id}`, undefined, other.token)).body),
      );
    const before = await read();
    const again = await call('POST', `/api/companies/${companyId}/feed-imports`, feed, other.token);
    expect(again.status).toBe(201);
    expect(again.body.counts).toMatchObject({ created: 0, updated: 0, closed: 0, refused: 0 });
    expect(
      again.body.items.filter((i: Json) => offerIds.includes(i.offerId)).map((i: Json) => i.outcome),
    ).toEqual(['unchanged', 'unchanged']);
    expect(await read()).toEqual(before);
  });

  it('keeps one company’s feed and reports away from another company’s recruiter', async () => {
    const run = await call(
      'POST',
      `/api/companies/${companyId}/feed-imports`,
      { offers: [] },
      recruiter.token,
    );
    expect([403, 404]).toContain(run.status);
    const one = await call('GET', `/api/feed-imports/${report.id}`, undefined, recruiter.token);
    expect(one.status).toBe(404);
    const list = await call(
      'GET',
      `/api/feed-imports${listQuery({ range: [0, 99] })}`,
      undefined,
      recruiter.token,
    );
    expect(list.status).toBe(200);
    expect(list.body.every((r: Json) => r.companyId === recruiter.user.companyId)).toBe(true);
    // Nothing of the other company moved.
    for (const id of offerIds)
      expect((await call('GET', `/api/offers/${id}`, undefined, other.token)).body.status).toBe('published');
  });
});
