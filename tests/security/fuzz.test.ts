import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESOURCE_SPECS } from '../../mocks/domain/records/resources';
import { getState, limits } from '../../mocks/handlers';
import { STATS_NAMES } from '../../src/model/stats-types';
import { RESOURCES } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { mockRoutes } from '../tools/openapi/openapi';

/**
 * Issue 10, robustness, beyond tests/api/http.test.ts (3 lists, offer PATCH): every resource's list
 * parameters and every resource's write body, with wrong types, huge strings, unicode, nulls, extra
 * fields and deep JSON. Never a 5xx; a refused write changes nothing. Bounded to run in seconds.
 */
const deep = (depth: number): unknown => (depth === 0 ? 'bottom' : { nested: deep(depth - 1) });
/** Names every plain object answers (issue 15): as body keys they are refused with 422. */
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('x'.repeat(20_000), '\u0000\uFFFF\uD800', '🙂'.repeat(500), '__proto__', 'constructor', ''),
  fc.constantFrom(
    '\u001b[2J',
    'bell\u0007',
    'a\tb',
    'two\nlines',
    '2026-02-30',
    '2026-13-01',
    '2026-01-01T24:00:00Z',
  ),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, -1, 0, Number.MAX_SAFE_INTEGER, 1e308),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.constant(deep(60)),
  fc.object({ maxDepth: 3 }),
);

describe('fuzzed list parameters on every resource', () => {
  it(`${RESOURCES.length} resources × filter/sort/range: 200, 400 or 403, never 5xx`, async () => {
    limits.listCalls = 1_000_000;
    const token = await login(DEMO.admin);
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.json({ maxDepth: 3 }),
      nasty.map(JSON.stringify),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...RESOURCES),
        text,
        text,
        text,
        async (resource, filter, sort, range) => {
          const query = new URLSearchParams({ filter, sort, range });
          const response = await call('GET', `/api/${resource}?${query}`, undefined, token);
          expect([200, 400, 403], `${resource}?${query}`).toContain(response.status);
        },
      ),
      { numRuns: 120, seed: 10 },
    );
  });
});

describe('fuzzed write bodies on every writable resource', () => {
  const writable = RESOURCES.filter((resource) => !RESOURCE_SPECS[resource].readOnly);

  it(`${writable.length} resources × PATCH/POST with hostile values and field names: never 5xx, a refusal changes nothing`, async () => {
    const token = await login(DEMO.admin);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writable),
        fc.constantFrom('PATCH', 'POST'),
        fc.array(
          fc.tuple(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...PROTOTYPE_NAMES)), nasty),
          {
            maxLength: 4,
          },
        ),
        fc.boolean(),
        async (resource, method, extra, realField) => {
          const table = getState().tables[resource];
          const target = table.rows[0] as { id: number; version: number } | undefined;
          if (!target) return;
          const fields = Object.keys(RESOURCE_SPECS[resource].fields);
          const keys = extra.map(([key]) =>
            realField && !PROTOTYPE_NAMES.includes(key) ? fields[key.length % fields.length] : key,
          );
          // Built from entries, so that a `__proto__` key is sent as a field, not lost as a prototype.
          const body: Record<string, unknown> = Object.fromEntries([
            ['version', target.version],
            ...extra.map(([, value], i) => [keys[i], value]),
          ]);
          const before = structuredClone(target);
          const count = table.rows.length;
          const path = method === 'PATCH' ? `/api/${resource}/${target.id}` : `/api/${resource}`;
          const response = await call(method, path, body, token);
          expect(response.status, `${method} ${path} ${JSON.stringify(body).slice(0, 200)}`).toBeLessThan(
            500,
          );
          if (keys.some((key) => PROTOTYPE_NAMES.includes(key))) expect(response.status).toBe(422);
          if (response.status >= 400) {
            expect(table.get(target.id)).toEqual(before);
            // tasks: the interviews work materialises automatic tasks on any call (reported, issue 6).
            if (resource !== 'tasks') expect(table.rows.length).toBe(count);
          }
        },
      ),
      { numRuns: 120, seed: 10 },
    );
  });
});

/** A fingerprint of every table: a refused write must leave all of them as they were. */
const snapshot = () =>
  JSON.stringify(Object.entries(getState().tables).map(([name, table]) => [name, table.rows]));

/**
 * The tables' fingerprint before each call. Taking one is most of these properties' time, so the
 * one taken after a call (the tables as they are now) stands as the next call's "before"; a call
 * whose "after" was not taken leaves none, and the next "before" is taken afresh.
 */
function tableFingerprints() {
  let current: string | undefined;
  return {
    before: () => {
      const fingerprint = current ?? snapshot();
      current = undefined;
      return fingerprint;
    },
    after: () => {
      current = snapshot();
      return current;
    },
  };
}

describe('fuzzed parameters of the endpoints beyond CRUD', () => {
  it(`stats (${STATS_NAMES.length} statistics) × from/to/country/companyId/extra: 200, 400, 403 or 404, never 5xx`, async () => {
    const token = await login(DEMO.admin);
    const recruiter = await login(DEMO.acme);
    const value = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom(
        '2026-02-30',
        '2026-13-01',
        '0000-01-01',
        '9999-12-31',
        '2026-1-1',
        '-1',
        '1e9',
        'FR',
        'gb',
        '1',
      ),
      nasty.map((v) => JSON.stringify(v) ?? ''),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...STATS_NAMES),
        fc.dictionary(fc.constantFrom('from', 'to', 'country', 'companyId', 'extra', 'filter'), value),
        fc.boolean(),
        async (name, params, asRecruiter) => {
          const query = new URLSearchParams(params);
          const response = await call(
            'GET',
            `/api/stats/${name}?${query}`,
            undefined,
            asRecruiter ? recruiter : token,
          );
          expect([200, 400, 403, 404], `${name}?${query}`).toContain(response.status);
        },
      ),
      { numRuns: 120, seed: 10 },
    );
  });

  it('matches × range: 200, 400, 403 or 404, never 5xx', async () => {
    limits.listCalls = 1_000_000;
    const token = await login(DEMO.admin);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('offers', 'candidates'),
        fc.oneof(
          fc.string({ maxLength: 20 }),
          fc.json({ maxDepth: 2 }),
          nasty.map((v) => JSON.stringify(v) ?? ''),
        ),
        async (resource, range) => {
          const id = getState().tables[resource].rows[0].id;
          const query = new URLSearchParams({ range });
          const response = await call('GET', `/api/${resource}/${id}/matches?${query}`, undefined, token);
          expect([200, 400, 403, 404], `${resource} ${query}`).toContain(response.status);
        },
      ),
      { numRuns: 60, seed: 10 },
    );
  });
});

describe('fuzzed bodies of the writes beyond CRUD', () => {
  /** The custom write routes (docs/api.md and the issues' actions), with the fields each reads. */
  const ACTIONS: Array<
    [string, (ids: { user: number; candidate: number; company: number }) => string, string[]]
  > = [
    ['POST', (i) => `/api/companies/${i.company}/credits`, ['kind', 'delta', 'reason']],
    ['POST', (i) => `/api/users/${i.user}/lock`, ['reason']],
    ['POST', (i) => `/api/users/${i.user}/unlock`, ['reason']],
    ['POST', (i) => `/api/candidates/${i.candidate}/unlock`, ['reason']], // reads no body
    ['POST', (i) => `/api/candidates/${i.candidate}/anonymize`, ['reason']], // reads no body
    ['POST', (i) => `/api/candidates/${i.candidate}/merge`, ['intoId']],
    ['POST', () => '/api/candidates/anonymize', ['ids']],
    ['POST', () => '/api/candidates/import', ['rows']],
    ['POST', () => '/api/applications/1/move', ['stage', 'position', 'version']],
    ['POST', () => '/api/credit-ledger/1/refund', ['reason']],
    ['POST', () => '/api/message-templates/1/render', ['applicationId']],
    ['POST', () => '/api/messages/send', ['templateId', 'applicationId']],
    ['POST', () => '/api/auth/login', ['email', 'password']],
    ['PATCH', () => '/api/auth/me', ['locale', 'role', 'companyId']],
  ];

  it(`${ACTIONS.length} actions with hostile bodies: never 5xx, and a refused one changes no table`, async () => {
    const token = await login(DEMO.admin);
    const tables = tableFingerprints();
    const state = getState();
    const ids = {
      user: state.tables.users.rows.find((u) => u.role === 'recruiter')?.id ?? 1,
      candidate: state.tables.candidates.rows[0].id,
      company: 3,
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ACTIONS),
        fc.array(
          fc.tuple(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...PROTOTYPE_NAMES)), nasty),
          {
            maxLength: 4,
          },
        ),
        fc.boolean(),
        async ([method, path, fields], extra, realField) => {
          const keys = extra.map(([key]) =>
            realField && !PROTOTYPE_NAMES.includes(key) ? fields[key.length % fields.length] : key,
          );
          const body = Object.fromEntries(extra.map(([, value], i) => [keys[i], value]));
          const before = tables.before();
          const response = await call(method, path(ids), body, token);
          const label = `${method} ${path(ids)} ${JSON.stringify(body).slice(0, 200)}`;
          expect(response.status, label).toBeLessThan(500);
          if (keys.some((key) => PROTOTYPE_NAMES.includes(key))) expect(response.status, label).toBe(422);
          if (response.status >= 400) expect(tables.after() === before, label).toBe(true);
        },
      ),
      { numRuns: 150, seed: 10 },
    );
  });
});

describe('fuzzed ids on every route that takes one (issue 15)', () => {
  /** Words of the route table: `/interviews/ics` is a route, not the id "ics" of an interview. */
  const LITERALS = new Set(mockRoutes().flatMap((route) => route.path.split('/')));
  const isDecimalId = (raw: string) => /^[1-9]\d*$/.test(raw);

  it('any id but a positive decimal integer answers 404, and changes nothing', async () => {
    limits.listCalls = 1_000_000;
    const token = await login(DEMO.admin);
    const routes = mockRoutes().filter((route) => route.path.includes('{id}'));
    const tables = tableFingerprints();
    expect(routes.length).toBeGreaterThan(15);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.constantFrom(
            '0x1',
            '1e0',
            '1.0',
            '01',
            '+1',
            '-1',
            ' 1',
            '1 ',
            '0',
            '1_0',
            '１',
            '1n',
            'Infinity',
          ),
          fc.integer({ min: 1, max: 5_000 }).map((n) => `${n}.0`),
        ),
        async ({ method, path }, raw) => {
          fc.pre(raw !== '' && !/^\.+$/.test(raw) && !isDecimalId(raw) && !LITERALS.has(raw));
          const url = `/api${path.replace('{resource}', 'offers').replace('{id}', encodeURIComponent(raw))}`;
          const before = tables.before();
          const response = await call(method.toUpperCase(), url, method === 'get' ? undefined : {}, token);
          const after = tables.after();
          expect([method, url, response.status]).toEqual([method, url, 404]);
          expect(after === before).toBe(true);
        },
      ),
      { numRuns: 150, seed: 15 },
    );
  });
});
