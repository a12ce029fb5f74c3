import { beforeAll, describe, expect, it } from 'vitest';
import { MASKED_CANDIDATE_FIELDS, RECRUITER_CANDIDATE_PAGE } from '../../src/model/permissions';
import type { Candidate } from '../../src/model/types';
import type { UsageReport } from '../../src/model/usage';
import { type ApiResponse, listQuery, neverA5xx, call as rawCall, totalOf } from '../helpers/api';
import { quotaAccount, signInAs } from './accounts';
import { maskedFieldFilters } from './masked-cases';

/**
 * What a masked database profile hides, and the scraping caps, over real HTTP and black-box: masked
 * fields neither sorted, filtered nor searched by a recruiter; lookups silent about masked profiles;
 * a company's tags and merges its own; the 30-row cap on getMany; quotas per user, not per token,
 * on every read path. The suite passes twice in a row against one server: what it creates it removes
 * or leaves harmless, and only the quota account (see accounts.ts) may end the day locked out.
 */
// biome-ignore lint/suspicious/noExplicitAny: contract tests read arbitrary JSON bodies
type Json = any;
const call = neverA5xx(rawCall);
const get = (path: string, token: string) => call('GET', path, undefined, token);
const candidates = (query: Parameters<typeof listQuery>[0], token: string) =>
  get(`/api/candidates${listQuery(query)}`, token);
const maskedPage = (start: number, token: string) =>
  candidates(
    { filter: { contactMasked: true }, range: [start, start + RECRUITER_CANDIDATE_PAGE - 1] },
    token,
  );
const skipRateLimits = process.env.CONTRACT_SKIP_RATE_LIMIT === '1';

let recruiter: Awaited<ReturnType<typeof signInAs>>;
let other: Awaited<ReturnType<typeof signInAs>>;
let support: Awaited<ReturnType<typeof signInAs>>;
let admin: Awaited<ReturnType<typeof signInAs>>;
/** A database profile masked for `recruiter`, as support reads it (in full). */
let target: Candidate;

beforeAll(async () => {
  [recruiter, other, support, admin] = await Promise.all(
    (['recruiter', 'otherRecruiter', 'support', 'admin'] as const).map((role) => signInAs(role)),
  );
  const masked = await candidates({ filter: { contactMasked: true }, range: [0, 29] }, recruiter.token);
  expect(masked.status).toBe(200);
  const ids = (masked.body as Candidate[]).map((c) => c.id);
  const full = await candidates({ filter: { id: ids }, range: [0, 29] }, support.token);
  // One with every contact field, so each can be tried.
  target = (full.body as Candidate[]).find((c) => c.email && c.phone && c.linkedinUrl) ?? full.body[0];
});

describe('masked fields: no sort, filter or search for a recruiter', () => {
  it('a sort on a masked field answers 400 naming it; staff may sort on it', async () => {
    for (const field of MASKED_CANDIDATE_FIELDS)
      for (const order of ['ASC', 'DESC']) {
        const refused = await candidates({ sort: [field, order], range: [0, 0] }, recruiter.token);
        expect(refused.status, `${field} ${order}`).toBe(400);
        expect(refused.body.message, field).toContain(field);
      }
    expect((await candidates({ sort: ['email', 'ASC'], range: [0, 0] }, admin.token)).status).toBe(200);
  });

  it('a filter on a masked field answers 400 naming it, whatever its operator', async () => {
    const filters = maskedFieldFilters(target);
    for (const filter of filters) {
      const key = Object.keys(filter)[0];
      const refused = await candidates({ filter, range: [0, 0] }, recruiter.token);
      expect(refused.status, key).toBe(400);
      expect(refused.body.message, key).toContain(key);
    }
  });

  it('q never finds a masked profile by what its mask hides', async () => {
    const [local, domain] = target.email.split('@');
    const readable = [target.firstName, target.headline, target.summary, target.city, ...target.skills]
      .join(' ')
      .toLowerCase();
    const needles = [
      target.email,
      local,
      `${local.slice(-4)}@${domain}`,
      (target.phone ?? '').replace(/\D/g, '').slice(-6),
      (target.linkedinUrl ?? '').split('/').filter(Boolean).pop() ?? '',
    ].filter((needle) => needle.length > 2 && !readable.includes(needle.toLowerCase()));
    for (const q of needles) {
      const found = await candidates({ filter: { q, id: [target.id] }, range: [0, 0] }, recruiter.token);
      expect(found.status, q).toBe(200);
      expect(found.body, q).toEqual([]);
      // Nor does the total of the page, which counts every match, not only the rows sent.
      expect(totalOf(found), q).toBe(0);
    }
  });

  it("a list's total counts only profiles the recruiter may read: every one of the database, masked or not", async () => {
    // Whatever the cap on a page, the total reveals no profile the recruiter could not page through.
    const all = (token: string) => candidates({ range: [0, 0] }, token);
    expect(totalOf(await all(recruiter.token))).toBe(totalOf(await all(support.token)));
  });
});

describe('lookups name only what the caller reads in full', () => {
  it('the duplicate check says nothing of a masked profile, by email, phone or LinkedIn URL', async () => {
    const asked: Array<[string, string | null]> = [
      ['email', target.email],
      ['phone', target.phone],
      ['linkedinUrl', target.linkedinUrl],
    ];
    for (const [param, value] of asked) {
      if (!value) continue;
      const check = await get(
        `/api/candidates/duplicates?${param}=${encodeURIComponent(value)}`,
        recruiter.token,
      );
      expect(check.status, param).toBe(200);
      expect(check.body, param).toEqual([]);
    }
  });

  it("an import refused for another row does not flag the masked profile's email", async () => {
    const rows = [
      { firstName: 'Contract', lastName: 'Check', email: target.email, country: 'FR' },
      { firstName: '', lastName: '', email: 'not an email', country: 'XX' },
    ];
    const refused = await call('POST', '/api/candidates/import', { rows }, recruiter.token);
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.body.errors ?? {}).some((key) => key.startsWith('rows.0.'))).toBe(false);
    expect(JSON.stringify(refused.body)).not.toContain(String(target.id));
  });
});

describe("a company's tags on a shared profile are its own", () => {
  it('another company neither sees them nor sees the profile change', async () => {
    const tag = `contract-${Date.now()}`;
    const before = (await get(`/api/candidates/${target.id}`, other.token)).body;
    const mine = (await get(`/api/candidates/${target.id}`, recruiter.token)).body;
    const tagged = await call(
      'PATCH',
      `/api/candidates/${target.id}`,
      { tags: [...mine.tags, tag], version: mine.version },
      recruiter.token,
    );
    expect(tagged.status).toBe(200);
    try {
      expect((await get(`/api/candidates/${target.id}`, other.token)).body).toEqual(before);
      const byTag = await candidates({ filter: { tags: tag } }, other.token);
      expect(byTag.body).toEqual([]);
      const byQ = await candidates({ filter: { q: tag } }, other.token);
      expect(byQ.body).toEqual([]);
      expect(
        (await candidates({ filter: { tags: tag } }, recruiter.token)).body.map((c: Candidate) => c.id),
      ).toEqual([target.id]);
    } finally {
      await call(
        'PATCH',
        `/api/candidates/${target.id}`,
        { tags: mine.tags, version: tagged.body.version },
        recruiter.token,
      );
    }
  });
});

describe("which company owns a shared profile is that company's business", () => {
  it("a recruiter reads another company's profile with ownerCompanyId null, and cannot filter or sort on it; staff read the owner", async (ctx) => {
    const owned = (companyId: number) =>
      candidates({ filter: { ownerCompanyId: companyId, anonymizedAt: null }, range: [0, 2] }, admin.token);
    const theirs = (await owned(other.user.companyId as number)).body as Candidate[];
    const ours = (await owned(recruiter.user.companyId as number)).body as Candidate[];
    if (theirs.length === 0 || ours.length === 0) return ctx.skip();
    const one = await get(`/api/candidates/${theirs[0].id}`, recruiter.token);
    expect(one.status).toBe(200);
    expect(one.body.ownerCompanyId).toBeNull();
    const many = await candidates({ filter: { id: theirs.map((c) => c.id) } }, recruiter.token);
    expect(many.body.map((c: Candidate) => c.ownerCompanyId)).toEqual(theirs.map(() => null));
    expect((await get(`/api/candidates/${ours[0].id}`, recruiter.token)).body.ownerCompanyId).toBe(
      recruiter.user.companyId,
    );
    expect((await get(`/api/candidates/${theirs[0].id}`, support.token)).body.ownerCompanyId).toBe(
      other.user.companyId,
    );
    const filtered = await candidates({ filter: { ownerCompanyId: other.user.companyId } }, recruiter.token);
    expect(filtered.status).toBe(400);
    expect(filtered.body.message).toContain('ownerCompanyId');
    const sorted = await candidates({ sort: ['ownerCompanyId', 'ASC'], range: [0, 0] }, recruiter.token);
    expect(sorted.status).toBe(400);
    expect(sorted.body.message).toContain('ownerCompanyId');
  });
});

describe("a profile's source does not tell which company holds it", () => {
  // `import` and `sourcing` are a company's own: on another company's profile they would say it holds it.
  const COMPANY_SOURCES = ['import', 'sourcing'];
  /** Profiles the other recruiter's company added itself, as staff read them. */
  const theirImports = async (): Promise<Candidate[]> =>
    (
      await candidates(
        {
          filter: { ownerCompanyId: other.user.companyId, source: COMPANY_SOURCES, anonymizedAt: null },
          range: [0, RECRUITER_CANDIDATE_PAGE - 1],
        },
        admin.token,
      )
    ).body;
  /** Every row a recruiter reads whose company does not own it carries no source. */
  const noForeignSource = (rows: Candidate[], what: string) => {
    const foreign = rows.filter((c) => c.ownerCompanyId !== recruiter.user.companyId);
    expect(
      foreign.filter((c) => c.source !== null).map((c) => [c.id, c.source]),
      what,
    ).toEqual([]);
  };

  it('a recruiter reads null on profiles another company owns, in a list, one record, a getMany and a ranking; staff and the owner read it', async (ctx) => {
    const theirs = await theirImports();
    if (theirs.length === 0) return ctx.skip();
    const ids = theirs.map((c) => c.id);
    const one = await get(`/api/candidates/${ids[0]}`, recruiter.token);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ source: null, ownerCompanyId: null });
    const many = await candidates({ filter: { id: ids } }, recruiter.token);
    expect(many.body.map((c: Candidate) => c.source)).toEqual(ids.map(() => null));
    noForeignSource((await candidates({ range: [0, 29] }, recruiter.token)).body, 'a search page');
    const offers = await get(
      `/api/offers${listQuery({ filter: { status: 'published' }, range: [0, 0] })}`,
      recruiter.token,
    );
    if (offers.body.length > 0) {
      const ranked = await get(`/api/offers/${offers.body[0].id}/matches?range=[0,29]`, recruiter.token);
      expect(ranked.status).toBe(200);
      noForeignSource(
        ranked.body.map((m: { record: Candidate }) => m.record),
        'an offer’s best matches',
      );
    }
    expect(COMPANY_SOURCES).toContain((await get(`/api/candidates/${ids[0]}`, support.token)).body.source);
    expect(COMPANY_SOURCES).toContain((await get(`/api/candidates/${ids[0]}`, other.token)).body.source);
  });

  it('a filter on the source reads it as the recruiter does (no other company’s profile), and a sort on it is 400', async (ctx) => {
    const theirs = await theirImports();
    if (theirs.length === 0) return ctx.skip();
    const id = theirs.map((c) => c.id);
    for (const filter of [{ source: theirs[0].source }, { source: COMPANY_SOURCES }]) {
      const found = await candidates({ filter: { ...filter, id }, range: [0, 0] }, recruiter.token);
      expect([filter, found.status]).toEqual([filter, 200]);
      expect([filter, totalOf(found)]).toEqual([filter, 0]);
    }
    // Excluding a company's source or a platform's one finds the same profiles: the source is unread.
    const without = async (source: string) =>
      totalOf(await candidates({ filter: { source_neq: source, id }, range: [0, 0] }, recruiter.token));
    expect(await without(theirs[0].source as string)).toBe(await without('free-work'));
    const imports = await candidates(
      { filter: { source: COMPANY_SOURCES }, range: [0, 29] },
      recruiter.token,
    );
    expect(imports.status).toBe(200);
    expect(
      imports.body
        .filter((c: Candidate) => c.ownerCompanyId !== recruiter.user.companyId)
        .map((c: Candidate) => c.id),
    ).toEqual([]);
    for (const order of ['ASC', 'DESC']) {
      const sorted = await candidates({ sort: ['source', order], range: [0, 0] }, recruiter.token);
      expect(sorted.status, order).toBe(400);
      expect(sorted.body.message).toContain('source');
    }
    expect((await candidates({ sort: ['source', 'ASC'], range: [0, 0] }, support.token)).status).toBe(200);
  });

  it('nor do the answers of an edit, a 409, an unlock or the CSV export', async (ctx) => {
    const theirs = await theirImports();
    if (theirs.length === 0) return ctx.skip();
    const path = `/api/candidates/${theirs[0].id}`;
    const mine = (await get(path, recruiter.token)).body;
    const tag = `contract-source-${Date.now()}`;
    const patched = await call(
      'PATCH',
      path,
      { tags: [...mine.tags, tag], version: mine.version },
      recruiter.token,
    );
    expect(patched.status).toBe(200);
    try {
      expect(patched.body.source).toBeNull();
      const stale = await call('PATCH', path, { tags: mine.tags, version: mine.version }, recruiter.token);
      expect(stale.status).toBe(409);
      expect(stale.body.current.source).toBeNull();
      const { id: _id, contactMasked: _masked, ...fields } = patched.body;
      const put = await call('PUT', path, { ...fields, tags: mine.tags }, recruiter.token);
      expect(put.status).toBe(200);
      expect(put.body.source).toBeNull();
    } finally {
      const now = (await get(path, recruiter.token)).body;
      if (now.tags.includes(tag))
        await call('PATCH', path, { tags: mine.tags, version: now.version }, recruiter.token);
    }
    // A profile of theirs the recruiter already reads in full: unlocking it again costs nothing.
    const open = (
      await candidates({ filter: { id: theirs.map((c) => c.id), contactMasked: false } }, recruiter.token)
    ).body as Candidate[];
    if (open.length > 0) {
      const unlocked = await call('POST', `/api/candidates/${open[0].id}/unlock`, {}, recruiter.token);
      expect(unlocked.status).toBe(200);
      expect(unlocked.body.charged).toBe(false);
      expect(unlocked.body.candidate.source).toBeNull();
      const csv = await rawCall<string>(
        'GET',
        `/api/exports/candidates?filter=${encodeURIComponent(JSON.stringify({ id: [open[0].id] }))}`,
        undefined,
        recruiter.token,
        { Accept: 'text/csv' },
      );
      expect(csv.status).toBe(200);
      const [header, row] = String(csv.body)
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      const at = header.split(',').indexOf('source');
      expect(at).toBeGreaterThanOrEqual(0);
      expect(row.split(',')[0]).toBe(String(open[0].id));
      expect(COMPANY_SOURCES.some((source) => row.includes(source))).toBe(false);
    }
  });
});

describe('a merge by a recruiter touches only what their company owns', () => {
  it("another company's application stays on the duplicate and the kept profile stays masked for it", async (ctx) => {
    const offers = await get(
      `/api/offers${listQuery({ filter: { status: 'published' }, range: [0, 0] })}`,
      other.token,
    );
    // The recruiter's applicants: a kept profile the other company sees masked.
    const applications = await get(`/api/applications${listQuery({ range: [0, 49] })}`, recruiter.token);
    let kept: Candidate | undefined;
    for (const application of applications.body.slice(0, 10)) {
      const seen = await get(`/api/candidates/${application.candidateId}`, other.token);
      // Not one the recruiter's company owns (staff read the owner): a merge may fill that one from the duplicate.
      const owner = (await get(`/api/candidates/${application.candidateId}`, support.token)).body
        .ownerCompanyId;
      if (seen.body.contactMasked && owner !== recruiter.user.companyId) {
        kept = seen.body;
        break;
      }
    }
    if (!kept || offers.body.length === 0) return ctx.skip();
    const imported = await call(
      'POST',
      '/api/candidates/import',
      {
        rows: [
          {
            firstName: 'Contract',
            lastName: 'Twin',
            email: `contract.twin.${Date.now()}@example.test`,
            country: 'FR',
          },
        ],
      },
      recruiter.token,
    );
    expect(imported.status).toBe(201);
    const duplicateId = imported.body.ids[0];
    const invited = await call(
      'POST',
      '/api/applications',
      { candidateId: duplicateId, offerId: offers.body[0].id },
      other.token,
    );
    if (invited.status === 402) return ctx.skip(); // the other company has no CV credit left
    expect(invited.status).toBe(201);
    try {
      const merged = await call(
        'POST',
        `/api/candidates/${duplicateId}/merge`,
        { intoId: kept.id },
        recruiter.token,
      );
      expect(merged.status).toBe(200);
      expect((await get(`/api/applications/${invited.body.id}`, other.token)).body.candidateId).toBe(
        duplicateId,
      );
      expect((await get(`/api/candidates/${kept.id}`, other.token)).body).toEqual(kept);
    } finally {
      await call('DELETE', `/api/applications/${invited.body.id}`, undefined, other.token);
    }
  });
});

describe('the 30-row cap holds on getMany', () => {
  it('more than 30 ids answer 400, with or without range; 30 answer at most 30 records', async () => {
    const pages = [await maskedPage(0, recruiter.token), await maskedPage(30, recruiter.token)];
    const ids = pages.flatMap((page) => page.body.map((c: Candidate) => c.id)).slice(0, 31);
    expect(ids).toHaveLength(31);
    expect((await candidates({ filter: { id: ids } }, recruiter.token)).status).toBe(400);
    expect((await candidates({ filter: { id: ids }, range: [0, 29] }, recruiter.token)).status).toBe(400);
    const thirty = await candidates({ filter: { id: ids.slice(0, 30) } }, recruiter.token);
    expect(thirty.status).toBe(200);
    expect(thirty.body.length).toBeLessThanOrEqual(30);
  });
});

describe.skipIf(skipRateLimits)('quotas per user, on every read path (the quota account)', () => {
  let quota: Awaited<ReturnType<typeof quotaAccount>>;
  beforeAll(async () => {
    quota = await quotaAccount();
  });

  it('the daily allowance of database profiles ends in 429 until the next day, a new login included', async (ctx) => {
    if (!quota) return ctx.skip();
    const usage = await get(`/api/usage?userId=${quota.user.id}`, support.token);
    expect(usage.status).toBe(200);
    const allowance = (usage.body as UsageReport).limits.newProfilesPerDay;
    let served = 0;
    let refused: ApiResponse<Json> | undefined;
    for (let start = 0; !refused && start <= allowance + 60; start += RECRUITER_CANDIDATE_PAGE) {
      const page = await maskedPage(start, quota.token);
      if (page.status === 429) refused = page;
      else if (page.body.length === 0)
        return ctx.skip(); // fewer database profiles than the allowance
      else served += page.body.length;
    }
    expect(refused?.status).toBe(429);
    // The refused page held more than what was left: take the rest one profile at a time.
    const end = served + RECRUITER_CANDIDATE_PAGE;
    for (let start = served; start < end; start += 1) {
      const one = await candidates({ filter: { contactMasked: true }, range: [start, start] }, quota.token);
      if (one.status === 429) break;
      served += one.body.length;
    }
    expect(served).toBeLessThanOrEqual(allowance);
    const wait = Number(refused?.headers.get('Retry-After'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(86_400);
    const again = await quotaAccount();
    expect((await maskedPage(served, again?.token ?? '')).status).toBe(429);
    // A single read of a profile the account never saw is refused too (or answered in full): the
    // last profiles of the base, which no page above reached.
    const all = await get('/api/candidates?range=[0,0]', support.token);
    const total = Number(all.headers.get('Content-Range')?.split('/').pop());
    const last = await get(`/api/candidates?range=[${Math.max(0, total - 10)},${total - 1}]`, support.token);
    const answers: Array<ApiResponse<Json>> = [];
    for (const c of last.body as Candidate[])
      answers.push(await get(`/api/candidates/${c.id}`, again?.token ?? ''));
    expect(answers.some((answer) => answer.status === 429)).toBe(true);
    for (const answer of answers) if (answer.status === 200) expect(answer.body.contactMasked).toBeFalsy();
  });

  it('the per-minute quota is per user: a new token gets none, another user is not affected', async (ctx) => {
    if (!quota) return ctx.skip();
    let refused: ApiResponse<Json> | undefined;
    for (let i = 0; i < 1000 && !refused; i += 1) {
      const response = await rawCall('GET', '/api/saved-views?range=[0,0]', undefined, quota.token);
      if (response.status === 429) refused = response;
    }
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get('Retry-After'))).toBeGreaterThan(0);
    const again = await quotaAccount();
    expect((await get('/api/saved-views?range=[0,0]', again?.token ?? '')).status).toBe(429);
    // A single read of the candidate database counts too: no loop of reads around the quota.
    expect((await get(`/api/candidates/${target.id}`, again?.token ?? '')).status).toBe(429);
    expect((await get('/api/saved-views?range=[0,0]', recruiter.token)).status).toBe(200);
  });

  it('support reads the counters, refusals included; a recruiter may not', async (ctx) => {
    if (!quota) return ctx.skip();
    const usage = await get(`/api/usage?userId=${quota.user.id}&granularity=hour`, support.token);
    expect(usage.status).toBe(200);
    const report = usage.body as UsageReport;
    expect(report.buckets).toHaveLength(24);
    expect(report.totals.refused).toBeGreaterThanOrEqual(1);
    expect(report.today.remaining).toBeLessThanOrEqual(report.limits.newProfilesPerDay);
    expect((await get(`/api/usage?userId=${quota.user.id}`, recruiter.token)).status).toBe(403);
    expect((await get('/api/usage?granularity=week', support.token)).status).toBe(400);
  });
});
