import { beforeAll, describe, expect, it } from 'vitest';
import type { Application, Candidate, Offer } from '../../src/model/types';
import { callAfterQuota, listQuery, neverA5xx, totalOf } from '../helpers/api';
import { signInAs } from './accounts';

/**
 * Claims of the last changes, attacked from outside over real HTTP: which company holds a shared
 * profile must not be readable through another field than `ownerCompanyId` and `source`, and a
 * number the API cannot store is refused with a message that says what is wrong with it. Black-box;
 * what it changes it puts back.
 */
// Earlier files of the suite may have used this minute's list quota: wait it out once.
const call = neverA5xx(callAfterQuota);
const get = (path: string, token: string) => call('GET', path, undefined, token);
const list = (resource: string, query: Parameters<typeof listQuery>[0], token: string) =>
  get(`/api/${resource}${listQuery(query)}`, token);

let recruiter: Awaited<ReturnType<typeof signInAs>>;
let other: Awaited<ReturnType<typeof signInAs>>;
let admin: Awaited<ReturnType<typeof signInAs>>;

beforeAll(async () => {
  [recruiter, other, admin] = await Promise.all(
    (['recruiter', 'otherRecruiter', 'admin'] as const).map((role) => signInAs(role)),
  );
});

describe('which company holds a shared profile is not told by another field', () => {
  it('consentAt reads the same on profiles another company added as on platform sign-ups', async (ctx) => {
    // As staff read them: profiles the other company added itself, and as many platform sign-ups.
    const added = (
      await list(
        'candidates',
        {
          filter: {
            ownerCompanyId: other.user.companyId,
            source: ['import', 'sourcing'],
            anonymizedAt: null,
          },
          range: [0, 9],
        },
        admin.token,
      )
    ).body as Candidate[];
    const platform = (
      await list(
        'candidates',
        { filter: { ownerCompanyId: null, anonymizedAt: null }, range: [0, added.length - 1] },
        admin.token,
      )
    ).body as Candidate[];
    if (added.length === 0 || platform.length === 0) return ctx.skip();
    /** The share of the profiles the recruiter reads without a consent date, and finds by its absence. */
    const unconsented = async (ids: number[]) => {
      const read = (await list('candidates', { filter: { id: ids } }, recruiter.token)).body as Candidate[];
      const found = await list(
        'candidates',
        { filter: { id: ids, consentAt: null }, range: [0, 0] },
        recruiter.token,
      );
      return {
        read: read.filter((c) => c.consentAt === null).length / read.length,
        found: found.status === 200 ? totalOf(found) / ids.length : found.status,
      };
    };
    // Were it not so, `{"consentAt": null}` would list the profiles other companies hold, which is
    // what hiding their source was for.
    expect(await unconsented(added.map((c) => c.id))).toEqual(await unconsented(platform.map((c) => c.id)));
  });

  it('a recruiter may not sort on consentAt, which would rank the profiles they read it null on', async () => {
    const sorted = await get(
      `/api/candidates${listQuery({ sort: ['consentAt', 'ASC'], range: [0, 0] })}`,
      recruiter.token,
    );
    expect(sorted.status).toBe(400);
    const staff = await get(
      `/api/candidates${listQuery({ sort: ['consentAt', 'ASC'], range: [0, 0] })}`,
      admin.token,
    );
    expect(staff.status).toBe(200);
  });

  it("an application's source does not repeat the import source hidden on another company's profile", async () => {
    // `import` is a company's own CSV import, which makes the company the profile's owner: on an
    // application to a profile another company holds, it says that company imported it.
    const applications = (await list('applications', { range: [0, 499] }, recruiter.token))
      .body as Application[];
    const imported = applications.filter((a) => a.source === 'import');
    const ids = [...new Set(imported.map((a) => a.candidateId as number))];
    const owners = new Map<number, number | null>();
    for (let i = 0; i < ids.length; i += 30) {
      const page = (await list('candidates', { filter: { id: ids.slice(i, i + 30) } }, admin.token))
        .body as Candidate[];
      for (const c of page) owners.set(c.id as number, c.ownerCompanyId as number | null);
    }
    const told = imported
      .filter((a) => {
        const owner = owners.get(a.candidateId as number);
        return owner !== null && owner !== undefined && owner !== recruiter.user.companyId;
      })
      .map((a) => ({
        application: a.id,
        candidate: a.candidateId,
        owner: owners.get(a.candidateId as number),
      }));
    expect(told).toEqual([]);
  });
});

describe("a company's tags on a shared profile stay its own through a partial edit", () => {
  /** A profile the other company added and tagged, as staff read it (its record's tags are that company's). */
  const otherCompanysTagged = async (skip: number) =>
    (
      (
        await list(
          'candidates',
          { filter: { ownerCompanyId: other.user.companyId, anonymizedAt: null }, range: [0, 29] },
          admin.token,
        )
      ).body as Candidate[]
    )
      .filter((c) => c.tags.length > 0)
      .at(skip);

  it("a PATCH that leaves tags out neither answers nor keeps the owner's tags as the recruiter's", async (ctx) => {
    const tagged = await otherCompanysTagged(0);
    if (!tagged) return ctx.skip();
    const path = `/api/candidates/${tagged.id}`;
    const mine = (await get(path, recruiter.token)).body as Candidate;
    const theirs = tagged.tags.filter((tag) => !mine.tags.includes(tag));
    if (theirs.length === 0) return ctx.skip();
    // merge-patch: fields left out are unchanged, so the recruiter's own tags stay what they were.
    const patched = await call('PATCH', path, { version: mine.version }, recruiter.token);
    try {
      if (patched.status === 200) expect(patched.body.tags).toEqual(mine.tags);
      expect((await get(path, recruiter.token)).body.tags).toEqual(mine.tags);
    } finally {
      const now = (await get(path, recruiter.token)).body as Candidate;
      if (JSON.stringify(now.tags) !== JSON.stringify(mine.tags))
        await call('PATCH', path, { tags: mine.tags, version: now.version }, recruiter.token);
    }
  });

  it("a PUT of the profile as read, and a tag added to it, keep the recruiter's tags apart from the owner's", async (ctx) => {
    const tagged = await otherCompanysTagged(1);
    if (!tagged) return ctx.skip();
    const path = `/api/candidates/${tagged.id}`;
    const mine = (await get(path, recruiter.token)).body as Candidate;
    if (tagged.tags.every((tag) => mine.tags.includes(tag))) return ctx.skip();
    try {
      // The edit form's save: the whole profile as the recruiter read it, tags unchanged.
      const put = await call('PUT', path, mine, recruiter.token);
      if (put.status === 200) expect(put.body.tags).toEqual(mine.tags);
      expect((await get(path, recruiter.token)).body.tags).toEqual(mine.tags);
      // The bulk "add a tag": a PATCH of the tags as read, plus one.
      const now = (await get(path, recruiter.token)).body as Candidate;
      const added = await call(
        'PATCH',
        path,
        { tags: [...mine.tags, 'hostile-review'], version: now.version },
        recruiter.token,
      );
      expect(added.status).toBe(200);
      expect(added.body.tags).toEqual([...mine.tags, 'hostile-review']);
      // The owner's own tags on the shared record are untouched by either.
      expect((await get(path, admin.token)).body.tags).toEqual(tagged.tags);
    } finally {
      const now = (await get(path, recruiter.token)).body as Candidate;
      if (JSON.stringify(now.tags) !== JSON.stringify(mine.tags))
        await call('PATCH', path, { tags: mine.tags, version: now.version }, recruiter.token);
    }
  });
});

describe('a number the API cannot store is refused for what it is', () => {
  it('a version beyond 2^53 is not answered as missing', async (ctx) => {
    const offers = (await list('offers', { range: [0, 0] }, recruiter.token)).body as Offer[];
    if (offers.length === 0) return ctx.skip();
    const path = `/api/offers/${offers[0].id}`;
    const sent = await call('PATCH', path, { version: 2 ** 53 + 2 }, recruiter.token);
    // A stale version (409) or an invalid one (422), but not the answer to a version left out.
    expect([409, 422]).toContain(sent.status);
    const missing = await call('PATCH', path, {}, recruiter.token);
    expect(missing.status).toBe(422);
    if (sent.status === 422) expect(sent.body.errors?.version).not.toBe(missing.body.errors?.version);
  });

  it('a pipeline move with a version beyond 2^53 is not answered as missing either', async (ctx) => {
    const applications = (await list('applications', { range: [0, 0] }, recruiter.token))
      .body as Application[];
    if (applications.length === 0) return ctx.skip();
    const path = `/api/applications/${applications[0].id}/move`;
    const stage = applications[0].stage;
    const sent = await call('POST', path, { stage, version: 2 ** 53 + 2 }, recruiter.token);
    expect(sent.status).toBe(422);
    const missing = await call('POST', path, { stage }, recruiter.token);
    expect(missing.status).toBe(422);
    expect(sent.body.errors?.version).not.toBe(missing.body.errors?.version);
  });
});
