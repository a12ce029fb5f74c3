import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiResponse, listQuery, call as rawCall, totalOf } from '../helpers/api';
import { signInAs } from './accounts';

/**
 * Hostile input over real HTTP, black-box (issue 15, points 11-15 and what was seen beside them):
 * nesting depth, Object.prototype member names, control characters, impossible dates, infinite
 * numbers, id forms, a stale write of a card a colleague's move shifted, non-JSON bodies, nosniff. Only refusals are
 * asked for where a write could land; what a test changes it puts back.
 */
// biome-ignore lint/suspicious/noExplicitAny: contract tests read arbitrary JSON bodies
type Json = any;

const seen: Array<{ what: string; response: ApiResponse }> = [];
async function call(
  method: string,
  path: string,
  body?: unknown,
  token?: string,
  headers?: Record<string, string>,
): Promise<ApiResponse<Json>> {
  const response = await rawCall(method, path, body, token, headers);
  seen.push({ what: `${method} ${path.slice(0, 80)} → ${response.status}`, response });
  expect(response.status, `${method} ${path.slice(0, 80)}: never a 5xx`).toBeLessThan(500);
  return response;
}

const deep = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
const CONTROLS = ['\u0000', '\u0007', '\u001b[31m', '\ud800'];

let admin = '';
let recruiter = '';
const views = async (token: string) =>
  totalOf(await call('GET', `/api/saved-views${listQuery({ range: [0, 0] })}`, undefined, token));

beforeAll(async () => {
  admin = (await signInAs('admin')).token;
  recruiter = (await signInAs('recruiter')).token;
});

afterAll(() => {
  // Every answer, refusals included, tells the browser not to guess another type than it says.
  const sniffable = seen.filter(
    ({ response }) => response.headers.get('X-Content-Type-Options') !== 'nosniff',
  );
  expect(sniffable.map((s) => s.what)).toEqual([]);
});

/** A saved view of the admin's own for the test's writes, deleted after. */
async function withView(run: (path: string, version: number) => Promise<void>): Promise<void> {
  const body = { resource: 'offers', name: 'Contract hostile input', filter: {}, sharedWithTeam: false };
  const created = await call('POST', '/api/saved-views', body, admin);
  expect(created.status).toBe(201);
  const path = `/api/saved-views/${created.body.id}`;
  try {
    await run(path, created.body.version);
  } finally {
    await call('DELETE', path, undefined, admin);
  }
}

describe('nesting depth', () => {
  it('a 20,000-deep body answers 400, on a write and on login; a 1,000-deep filter answers 400 naming it', async () => {
    await withView(async (path, version) => {
      const response = await call('PATCH', path, `{"version":${version},"name":${deep(20_000)}}`, admin);
      expect(response.status).toBe(400);
      expect((await call('GET', path, undefined, admin)).body.name).toBe('Contract hostile input');
    });
    expect((await call('POST', '/api/auth/login', `{"email":${deep(20_000)}}`)).status).toBe(400);
    // 1,000 levels in a URL every server takes (20,000 would be refused as too long, 431).
    const filter = await call(
      'GET',
      `/api/saved-views?filter=${encodeURIComponent(deep(1_000))}`,
      undefined,
      admin,
    );
    expect(filter.status).toBe(400);
    expect(filter.body.message).toMatch(/filter/);
  });
});

describe('names of Object.prototype members', () => {
  it('as body fields: refused naming each, nothing created', async () => {
    const before = await views(admin);
    const fields = PROTOTYPE_NAMES.map((name) => `"${name}":{"polluted":true}`).join(',');
    const response = await call(
      'POST',
      '/api/saved-views',
      `{"resource":"offers","name":"Proto","filter":{},${fields}}`,
      admin,
    );
    expect([400, 422]).toContain(response.status);
    if (response.status === 201)
      await call('DELETE', `/api/saved-views/${response.body.id}`, undefined, admin);
    if (response.status === 422)
      for (const name of PROTOTYPE_NAMES)
        expect(Object.hasOwn(response.body.errors ?? {}, name), name).toBe(true);
    expect(await views(admin)).toBe(before);
  });

  it('as sort or filter fields: 400 naming the field', async () => {
    for (const name of PROTOTYPE_NAMES) {
      const sorted = await call(
        'GET',
        `/api/saved-views${listQuery({ sort: [name, 'ASC'] })}`,
        undefined,
        admin,
      );
      expect([name, sorted.status]).toEqual([name, 400]);
      expect(sorted.body.message).toContain(name);
      const filtered = await call(
        'GET',
        `/api/saved-views?filter=${encodeURIComponent(`{"${name}":1}`)}`,
        undefined,
        admin,
      );
      expect([name, filtered.status]).toEqual([name, 400]);
      expect(filtered.body.message).toContain(name);
    }
  });
});

describe('control characters and impossible dates', () => {
  it('control characters or a lone surrogate in a text field: 422 on the field, nothing stored', async () => {
    await withView(async (path, version) => {
      for (const bad of CONTROLS) {
        const response = await call('PATCH', path, { name: `View ${bad} name`, version }, admin);
        expect([JSON.stringify(bad), response.status]).toEqual([JSON.stringify(bad), 422]);
        expect(response.body.errors?.name).toEqual(expect.any(String));
      }
      expect((await call('GET', path, undefined, admin)).body).toMatchObject({
        name: 'Contract hostile input',
        version,
      });
    });
  });

  it('an impossible date or time in a body: 422 on the field; in a filter: 400 naming it', async () => {
    const before = totalOf(
      await call('GET', `/api/tasks${listQuery({ range: [0, 0] })}`, undefined, recruiter),
    );
    for (const dueAt of [
      '2026-02-30T10:00:00Z',
      '2026-13-01T10:00:00Z',
      '2026-04-31T09:00:00+02:00',
      '2026-01-01T24:00:00Z',
    ]) {
      const response = await call(
        'POST',
        '/api/tasks',
        { title: 'Contract: impossible date', dueAt },
        recruiter,
      );
      if (response.status === 201)
        await call('DELETE', `/api/tasks/${response.body.id}`, undefined, recruiter);
      expect([dueAt, response.status]).toEqual([dueAt, 422]);
      expect(response.body.errors?.dueAt).toEqual(expect.any(String));
    }
    expect(
      totalOf(await call('GET', `/api/tasks${listQuery({ range: [0, 0] })}`, undefined, recruiter)),
    ).toBe(before);
    const filter = await call(
      'GET',
      `/api/tasks${listQuery({ filter: { dueAt_gte: '2026-02-30' } })}`,
      undefined,
      recruiter,
    );
    expect(filter.status).toBe(400);
    expect(filter.body.message).toContain('dueAt_gte');
  });
});

describe('numbers too large for a double', () => {
  // JSON.parse reads 1e400 as Infinity and -1e400 as -Infinity; JSON.stringify writes both as null.
  const withNumber = (body: Record<string, unknown>, number: string): string =>
    JSON.stringify(body).replace('"<number>"', number);

  it('in a field of PATCH, PUT or POST, nested or not: 422 naming the field, nothing saved', async () => {
    const page = await call('GET', `/api/offers${listQuery({ range: [0, 49] })}`, undefined, admin);
    const offer = (page.body as Json[]).find((o) => o.salaryMin === null);
    expect(offer, 'an offer without a salary').toBeDefined();
    const path = `/api/offers/${offer.id}`;
    for (const number of ['1e400', '-1e400']) {
      const patched = await call(
        'PATCH',
        path,
        withNumber({ salaryMin: '<number>', version: offer.version }, number),
        admin,
      );
      expect([number, patched.status]).toEqual([number, 422]);
      expect(patched.body.errors?.salaryMin).toEqual(expect.any(String));
      const { id: _id, ...fields } = offer;
      const put = await call('PUT', path, withNumber({ ...fields, salaryMax: '<number>' }, number), admin);
      expect([number, put.status]).toEqual([number, 422]);
      expect(put.body.errors?.salaryMax).toEqual(expect.any(String));
    }
    expect((await call('GET', path, undefined, admin)).body).toMatchObject({
      salaryMin: null,
      salaryMax: offer.salaryMax,
      version: offer.version,
    });

    const before = await views(admin);
    const created = await call(
      'POST',
      '/api/saved-views',
      withNumber(
        { resource: 'offers', name: 'Contract infinity', filter: { salaryMin_gte: '<number>' } },
        '-1e400',
      ),
      admin,
    );
    if (created.status === 201) await call('DELETE', `/api/saved-views/${created.body.id}`, undefined, admin);
    expect(created.status).toBe(422);
    expect(created.body.errors?.['filter.salaryMin_gte']).toEqual(expect.any(String));
    expect(await views(admin)).toBe(before);
  });

  it('nested in a PATCH body: 422 naming its path, nothing saved', async () => {
    await withView(async (path, version) => {
      const body = { version, filter: { salaryMin_gte: '<number>', q: 'kept' } };
      const response = await call('PATCH', path, withNumber(body, '1e400'), admin);
      expect(response.status).toBe(422);
      expect(response.body.errors?.['filter.salaryMin_gte']).toEqual(expect.any(String));
      expect((await call('GET', path, undefined, admin)).body).toMatchObject({ filter: {}, version });
    });
  });
});

describe('integers in a filter', () => {
  it('only plain decimal digits: a hexadecimal, exponent, signed, spaced or fractional form is 400 naming the filter', async () => {
    const ok = await call(
      'GET',
      `/api/offers${listQuery({ filter: { salaryMin_gte: '1' }, range: [0, 0] })}`,
      undefined,
      admin,
    );
    expect(ok.status).toBe(200);
    for (const [key, value] of [
      ['salaryMin_gte', '0x1'],
      ['salaryMin_gte', '1e0'],
      ['salaryMin_gte', ' 1'],
      ['salaryMin_gte', '+1'],
      ['salaryMin_lt', '1 '],
      ['salaryMin', '1.5'],
      ['salaryMin', 1.5],
      ['salaryMin_neq', ''],
    ] as const) {
      const response = await call(
        'GET',
        `/api/offers${listQuery({ filter: { [key]: value }, range: [0, 0] })}`,
        undefined,
        admin,
      );
      expect([key, value, response.status]).toEqual([key, value, 400]);
      expect(response.body.message).toContain(key);
    }
  });
});

describe('ids', () => {
  const forms = (id: number) => [
    `0x${id.toString(16)}`,
    `${id}e0`,
    `%20${id}`,
    `${id}.0`,
    `0${id}`,
    `+${id}`,
    `${id}%20`,
  ];

  it('a record answers to its decimal id only: every other form of it is 404, on every kind of route', async () => {
    const first = async (resource: string) =>
      (await call('GET', `/api/${resource}${listQuery({ range: [0, 0] })}`, undefined, admin)).body[0]
        ?.id as number;
    const [offer, candidate, company, user, application] = [
      await first('offers'),
      await first('candidates'),
      await first('companies'),
      await first('users'),
      await first('applications'),
    ];
    // Reads, and writes whose body is refused anyway: a wrong parse would show as another status.
    const routes: Array<[string, string, number, unknown?]> = [
      ['GET', '/api/offers/{id}', offer],
      ['GET', '/api/candidates/{id}', candidate],
      ['GET', '/api/offers/{id}/matches', offer],
      ['GET', '/api/candidates/{id}/matches', candidate],
      ['GET', '/api/companies/{id}/credit-usage', company],
      ['GET', '/api/applications/{id}/scorecards', application],
      ['POST', '/api/users/{id}/lock', user, {}],
      ['POST', '/api/companies/{id}/credits', company, {}],
      ['POST', '/api/applications/{id}/move', application, {}],
      ['PATCH', '/api/offers/{id}', offer, {}],
    ];
    for (const [method, path, id, body] of routes) {
      const right = await call(method, path.replace('{id}', String(id)), body, admin);
      expect([method, path, 'decimal', right.status === 404]).toEqual([method, path, 'decimal', false]);
      for (const form of forms(id)) {
        const response = await call(method, path.replace('{id}', form), body, admin);
        expect([method, path, form, response.status]).toEqual([method, path, form, 404]);
      }
    }
  });
});

describe('a card shifted by a colleague’s move', () => {
  it('gets a new version: the other user’s stale PUT of it is 409, and positions stay unique', async () => {
    const column = async (stage: string) =>
      (
        await call(
          'GET',
          `/api/applications${listQuery({ filter: { stage }, sort: ['position', 'ASC'], range: [0, 499] })}`,
          undefined,
          recruiter,
        )
      ).body as Array<{ id: number; version: number; position: number }>;
    let stage = '';
    let cards: Awaited<ReturnType<typeof column>> = [];
    for (const candidate of ['new', 'screening', 'interview', 'technical', 'offer', 'rejected']) {
      cards = await column(candidate);
      stage = candidate;
      if (cards.length >= 2) break;
    }
    expect(cards.length, 'a pipeline column of the recruiter with two cards').toBeGreaterThanOrEqual(2);
    const top = cards[0];
    const last = cards[cards.length - 1];
    // The colleague (the admin, another user) opens the top card.
    const read = (await call('GET', `/api/applications/${top.id}`, undefined, admin)).body;
    const moved = await call(
      'POST',
      `/api/applications/${last.id}/move`,
      // To the top card's own place: positions need not be contiguous (a deleted card leaves a gap).
      { stage, position: top.position, version: last.version },
      recruiter,
    );
    expect(moved.status).toBe(200);
    try {
      const stale = await call('PUT', `/api/applications/${top.id}`, { ...read }, admin);
      expect(stale.status).toBe(409);
      // Shifted below the moved card (or closed up to the column's top): another place, a new version.
      expect(stale.body.current.id).toBe(top.id);
      expect(stale.body.current.position).not.toBe(read.position);
      expect(stale.body.current.version).toBeGreaterThan(read.version);
      const positions = (await column(stage)).map((card) => card.position);
      expect(new Set(positions).size).toBe(positions.length);
    } finally {
      // The card goes back to the bottom, where it was.
      await call(
        'POST',
        `/api/applications/${last.id}/move`,
        { stage, position: last.position, version: moved.body.version },
        recruiter,
      );
    }
  });
});

describe('media type', () => {
  it('a body that is not JSON answers 415 and creates nothing; merge-patch JSON is accepted', async () => {
    const before = await views(admin);
    const body = JSON.stringify({ resource: 'offers', name: 'Sent as text', filter: {} });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const response = await call('POST', '/api/saved-views', body, admin, { 'Content-Type': type });
      if (response.status === 201)
        await call('DELETE', `/api/saved-views/${response.body.id}`, undefined, admin);
      expect([type, response.status]).toEqual([type, 415]);
    }
    expect(await views(admin)).toBe(before);
    await withView(async (path, version) => {
      const patched = await call('PATCH', path, { name: 'Merged', version }, admin, {
        'Content-Type': 'application/merge-patch+json',
      });
      expect(patched.status).toBe(200);
    });
  });
});
