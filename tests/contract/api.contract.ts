import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATS_NAMES } from '../../src/model/stats-types';
import { RESOURCES } from '../../src/model/types';
import { type ApiResponse, listQuery, call as rawCall } from '../helpers/api';
import { buildOpenApi } from '../tools/openapi/openapi';
import { pascalCase } from '../tools/openapi/openapi-schema';
import { isOneCompanyStat, statsSchemaName } from '../tools/openapi/openapi-stats';
import { checkSchema } from './check-schema';

/**
 * docs/api.md over real HTTP, black-box: only the account given to run.ts, no seed knowledge, no
 * database access. Every answer is also checked against the generated OpenAPI document.
 */
const EMAIL = process.env.CONTRACT_EMAIL ?? 'admin@backoffice.test';
const PASSWORD = process.env.CONTRACT_PASSWORD ?? 'demo';
const schemas = (buildOpenApi() as { components: { schemas: Record<string, Record<string, unknown>> } })
  .components.schemas;
const schemaOf = (resource: string) => schemas[pascalCase(resource)];

const seen: Array<{ what: string; response: ApiResponse }> = [];
async function call(
  method: string,
  path: string,
  body?: unknown,
  auth?: string,
  headers?: Record<string, string>,
  // biome-ignore lint/suspicious/noExplicitAny: contract tests read arbitrary JSON bodies
): Promise<ApiResponse<any>> {
  const response = await rawCall(method, path, body, auth, headers);
  seen.push({ what: `${method} ${path} → ${response.status}`, response });
  expect(response.status, `${method} ${path}: never a 5xx`).toBeLessThan(500);
  return response;
}

let token = '';
const listable: string[] = [];

beforeAll(async () => {
  const response = await call('POST', '/api/auth/login', { email: EMAIL, password: PASSWORD });
  expect(response.status).toBe(200);
  token = response.body.token;
});

afterAll(() => {
  // Every answer, success or refusal, forbids caching (an HR back-office on shared computers).
  const cached = seen.filter(({ response }) => response.headers.get('Cache-Control') !== 'no-store');
  expect(cached.map((c) => c.what)).toEqual([]);
});

describe('auth', () => {
  it('login answers a token and the user; /auth/me answers the same user', async () => {
    const me = await call('GET', '/api/auth/me', undefined, token);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: expect.any(Number), role: expect.any(String) });
  });

  it('a wrong password, no token and a forged token answer 401 with a message', async () => {
    const wrong = await call('POST', '/api/auth/login', { email: 'nobody@contract.test', password: 'x' });
    expect(wrong.status).toBe(401);
    for (const auth of [undefined, 'forged', `${token}x`]) {
      const response = await call('GET', '/api/auth/me', undefined, auth);
      expect(response.status).toBe(401);
      expect(typeof response.body.message).toBe('string');
    }
  });
});

describe('lists', () => {
  it('every resource answers a page with Content-Range and records that conform to the document, or 403', async () => {
    for (const resource of RESOURCES) {
      const response = await call('GET', `/api/${resource}${listQuery({ range: [0, 9] })}`, undefined, token);
      expect([200, 403], resource).toContain(response.status);
      if (response.status === 403) {
        expect(typeof response.body.message).toBe('string');
        continue;
      }
      listable.push(resource);
      expect(response.headers.get('Content-Range')).toMatch(new RegExp(`^${resource} (\\d+-\\d+|\\*)/\\d+$`));
      expect(response.body.length).toBeLessThanOrEqual(10);
      expect(checkSchema({ type: 'array', items: schemaOf(resource) }, response.body, resource)).toEqual([]);
    }
    expect(listable.length).toBeGreaterThan(0);
  });

  it('bad parameters answer 400 naming the parameter', async () => {
    const resource = listable.includes('saved-views') ? 'saved-views' : listable[0];
    const bad: Array<[string, string]> = [
      ['range', 'range=[5,1]'],
      ['range', 'range=[-1,3]'],
      ['range', 'range=[0,100000]'],
      ['filter', 'filter={"noSuchField":1}'],
      ['filter', 'filter={not json'],
      ['sort', 'sort=["noSuchField","ASC"]'],
    ];
    for (const [parameter, query] of bad) {
      const response = await call('GET', `/api/${resource}?${encodeURI(query)}`, undefined, token);
      expect(response.status, query).toBe(400);
      expect(response.body.message, query).toMatch(parameter);
    }
  });

  it('one record reads back by id; an unknown id is 404 {message}', async () => {
    const resource = listable[0];
    const [first] = (await call('GET', `/api/${resource}?range=[0,0]`, undefined, token)).body;
    if (first)
      expect((await call('GET', `/api/${resource}/${first.id}`, undefined, token)).body.id).toBe(first.id);
    const missing = await call('GET', `/api/${resource}/999999999`, undefined, token);
    expect(missing.status).toBe(404);
    expect(typeof missing.body.message).toBe('string');
    expect(missing.body.code, 'a missing record is not a missing route').toBeUndefined();
  });

  it('a path that is no route answers 404 with code unknown_route, whatever its words', async () => {
    for (const path of ['/api/no-such-resource', '/api/no-such-resource/1', '/api/auth/nothing/more']) {
      const answer = await call('GET', path, undefined, token, { 'Accept-Language': 'fr' });
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).toMatchObject({ code: 'unknown_route', message: expect.any(String) });
    }
  });
});

describe('stats', () => {
  it('every statistic the account may read answers the document’s shape; the others 403', async () => {
    const me = (await call('GET', '/api/auth/me', undefined, token)).body as { companyId: number | null };
    let answered = 0;
    for (const name of STATS_NAMES) {
      const one = isOneCompanyStat(name) && me.companyId === null;
      // Staff name a company for single-company statistics: take the first they can list.
      const companyId = one
        ? (await call('GET', `/api/companies${listQuery({ range: [0, 0] })}`, undefined, token)).body[0]?.id
        : undefined;
      const query = `from=2026-08-01&to=2026-10-31${companyId ? `&companyId=${companyId}` : ''}`;
      const response = await call('GET', `/api/stats/${name}?${query}`, undefined, token);
      expect([200, 403], name).toContain(response.status);
      if (response.status !== 200) continue;
      answered++;
      expect(checkSchema(schemas[statsSchemaName(name)], response.body, name)).toEqual([]);
    }
    expect(answered).toBeGreaterThan(0);
  });
});

describe('writes (a saved view: every role owns its own)', () => {
  it('create, merge-patch, stale version, replace, delete', async () => {
    const me = (await call('GET', '/api/auth/me', undefined, token)).body;
    const created = await call(
      'POST',
      '/api/saved-views',
      {
        resource: 'offers',
        name: 'Contract view',
        filter: { status: 'published' },
        sharedWithTeam: false,
        ownerId: 999999,
      },
      token,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, ownerId: me.id, name: 'Contract view' });
    const path = `/api/saved-views/${created.body.id}`;
    const patched = await call('PATCH', path, { name: 'Renamed', version: 1 }, token);
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ version: 2, name: 'Renamed', filter: { status: 'published' } });
    const stale = await call('PATCH', path, { name: 'Stale', version: 1 }, token);
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 2, name: 'Renamed' });
    const replaced = await call(
      'PUT',
      path,
      { ...patched.body, sharedWithTeam: false, name: 'Replaced' },
      token,
    );
    expect(replaced.body).toMatchObject({ version: 3, name: 'Replaced' });
    expect((await call('DELETE', path, undefined, token)).status).toBe(200);
    expect((await call('GET', path, undefined, token)).status).toBe(404);
  });

  it('a companyId in the body cannot place a record in another tenant: refused or ignored', async () => {
    const body = {
      resource: 'offers',
      name: 'Elsewhere',
      filter: {},
      sharedWithTeam: true,
      companyId: 999999,
    };
    const response = await call('POST', '/api/saved-views', body, token);
    expect([201, 403, 422]).toContain(response.status);
    if (response.status === 201) {
      expect(response.body.companyId).not.toBe(999999);
      await call('DELETE', `/api/saved-views/${response.body.id}`, undefined, token);
    }
  });

  it('invalid bodies answer 400 or 422 with field errors, and create nothing', async () => {
    const before = (await call('GET', '/api/saved-views?range=[0,0]', undefined, token)).headers.get(
      'Content-Range',
    );
    const bad: Array<[unknown, number, string?]> = [
      [{ resource: 'offers', name: '' }, 422, 'name'],
      [{ resource: 'offers', name: 42 }, 422, 'name'],
      [{ resource: 'offers', name: 'x'.repeat(5000) }, 422, 'name'],
      [{ resource: 'offers', name: 'ok', filter: 'not an object' }, 422, 'filter'],
      ['{"name": broken', 400],
      [[1, 2, 3], 400],
    ];
    for (const [body, status, field] of bad) {
      const response = await call('POST', '/api/saved-views', body, token);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(status);
      if (field) expect(response.body.errors?.[field]).toBeTruthy();
    }
    const after = (await call('GET', '/api/saved-views?range=[0,0]', undefined, token)).headers.get(
      'Content-Range',
    );
    expect(after).toBe(before);
  });

  it('words validation errors in the language of Accept-Language (fr or en)', async () => {
    const body = { resource: 'offers', name: '' };
    const answers = [];
    for (const language of ['en', 'fr']) {
      const response = await call('POST', '/api/saved-views', body, token, { 'Accept-Language': language });
      expect(response.status).toBe(422);
      expect(typeof response.body.errors?.name).toBe('string');
      answers.push(response.body);
    }
    expect(answers[1].errors.name).not.toBe(answers[0].errors.name);
    expect(answers[1].message).not.toBe(answers[0].message);
  });
});
