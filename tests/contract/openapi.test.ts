import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isSafeUrl } from '../../mocks/domain/records/validation';
import { STATS_NAMES } from '../../src/model/stats-types';
import { RESOURCES } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { buildOpenApi, mockRoutes } from '../tools/openapi/openapi';
import type { Route } from '../tools/openapi/openapi-custom';
import { pascalCase, SAFE_URL_PATTERN } from '../tools/openapi/openapi-schema';
import { isOneCompanyStat, statsSchemaName } from '../tools/openapi/openapi-stats';
import { OPENAPI_PATH, openApiYaml } from '../tools/openapi/write-openapi';
import { checkSchema } from './check-schema';

type Doc = {
  paths: Record<string, Record<string, { parameters?: unknown[]; requestBody?: unknown }>>;
  components: { schemas: Record<string, Record<string, unknown>> };
};
const doc = buildOpenApi() as unknown as Doc;
const schemaOf = (resource: string) => doc.components.schemas[pascalCase(resource)];

describe('docs/openapi.yaml (OpenAPI 3.1, generated from the mock)', () => {
  it('is up to date with the mock: run `npm run openapi` after changing a route or a resource', () => {
    expect(readFileSync(OPENAPI_PATH, 'utf8')).toBe(openApiYaml());
  });

  it('is a valid OpenAPI 3.1 document, and the YAML reads back as the document built', async () => {
    const result = await new Validator().validate(parse(readFileSync(OPENAPI_PATH, 'utf8')));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(parse(openApiYaml())).toEqual(buildOpenApi());
  });

  it('the validator can fail: a response without its description is reported', async () => {
    const broken = structuredClone(buildOpenApi()) as unknown as Doc;
    const login = broken.paths['/auth/login'].post as { responses: Record<string, Record<string, unknown>> };
    delete login.responses['200'].description;
    expect((await new Validator().validate(broken as unknown as Record<string, unknown>)).valid).toBe(false);
  });

  it('documents the generic CRUD of every resource, with its list parameters and schema', () => {
    for (const resource of RESOURCES) {
      expect(doc.paths[`/${resource}`].get.parameters).toHaveLength(3);
      expect(schemaOf(resource)?.properties).toBeDefined();
    }
    // Read-only resources document no write at all (the API answers 405).
    expect(doc.paths['/audit-logs'].post).toBeUndefined();
    expect(doc.paths['/credit-ledger/{id}'].put).toBeUndefined();
    expect((doc.components.schemas.StatsName as { enum: string[] }).enum).toEqual([...STATS_NAMES]);
  });

  it('the URL pattern agrees with the API’s scheme check', () => {
    const samples = [
      'https://example.com/a?b=c',
      'http://x.fr',
      'mailto:jo@example.com',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'https://exa mple.com',
      '//evil.com',
      'mailto:nobody',
    ];
    for (const sample of samples)
      expect(new RegExp(SAFE_URL_PATTERN).test(sample), sample).toBe(isSafeUrl(sample));
  });

  it('describes what the API really answers: every record of every resource conforms', async () => {
    const token = await login(DEMO.admin);
    for (const resource of RESOURCES) {
      const response = await call(
        'GET',
        `/api/${resource}${listQuery({ range: [0, 49] })}`,
        undefined,
        token,
      );
      expect(response.status, resource).toBe(200);
      const problems = checkSchema({ type: 'array', items: schemaOf(resource) }, response.body, resource);
      expect(problems, resource).toEqual([]);
    }
  });

  it('describes every statistic as the API answers it, for staff and for a recruiter', async () => {
    const staff = await login(DEMO.admin);
    const recruiter = await login(DEMO.acme);
    for (const name of STATS_NAMES) {
      const schema = doc.components.schemas[statsSchemaName(name)];
      const one = isOneCompanyStat(name) ? '&companyId=1' : '';
      for (const [token, query] of [
        [staff, `from=2026-08-01&to=2026-10-31${one}`],
        [staff, `from=2025-11-03&to=2026-11-02&country=GB${one}`],
        [recruiter, 'from=2026-10-27&to=2026-11-02'],
      ]) {
        const response = await call('GET', `/api/stats/${name}?${query}`, undefined, token);
        if (response.status === 403) continue; // not this role's statistic
        expect([name, query, response.status]).toEqual([name, query, 200]);
        expect([name, query, checkSchema(schema, response.body, name)]).toEqual([name, query, []]);
      }
    }
  });

  it('the schema check can fail: a wrong type, an unknown field, a bad enum and a missing field are reported', () => {
    const bad = { id: 'x', title: 3, status: 'gone', leaked: true };
    const missing = (schemaOf('offers').required as string[]).filter((key) => !(key in bad));
    const problems = checkSchema(schemaOf('offers'), bad);
    expect(problems).toHaveLength(4 + missing.length);
    const funnel = doc.components.schemas[statsSchemaName('funnel')];
    expect(checkSchema(funnel, { range: {}, total: -1 }).length).toBeGreaterThan(5);
  });
});

/** `{id}` of a path as a record the caller sees: the first of the resource named just before it. */
async function withRealId(path: string, token: string): Promise<string> {
  const resource = /\/([\w-]+)\/\{id\}/.exec(path)?.[1];
  if (!resource) return path;
  const first = (await call('GET', `/api/${resource}${listQuery({ range: [0, 0] })}`, undefined, token)).body;
  return path.replace('{id}', String(Array.isArray(first) && first[0] ? first[0].id : 1));
}

/** The status a route answers an admin (a write with an empty body): 404 or 405 mean no such route. */
async function statusOf(method: string, path: string, token: string): Promise<number> {
  const body = method === 'get' || method === 'delete' ? undefined : {};
  return (await call(method.toUpperCase(), `/api${await withRealId(path, token)}`, body, token)).status;
}

/**
 * Whether a route's 404 is about a record it names (a verdict not given yet, say) rather than no such
 * route: the API marks the latter with code unknown_route.
 */
async function namesARecord(method: string, path: string, token: string): Promise<boolean> {
  const body = method === 'get' || method === 'delete' ? undefined : {};
  const answer = await call(method.toUpperCase(), `/api${await withRealId(path, token)}`, body, token);
  return answer.status === 404 && answer.body?.code !== 'unknown_route';
}

// Deletes last, so that every other route still finds the records it names.
const deletesLast = (routes: Route[]) => [
  ...routes.filter((r) => r.method !== 'delete'),
  ...routes.filter((r) => r.method === 'delete'),
];
const key = ({ method, path }: Route) => `${method} ${path}`;

describe('the document and the routes the API serves match, both ways', () => {
  it('every documented method and path answers (a real id, an admin): never 404 or 405', async () => {
    const token = await login(DEMO.admin);
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method, path })),
    );
    const silent: string[] = [];
    for (const route of deletesLast(documented)) {
      // Logging out ends the session the other calls use: it gets a session of its own.
      const status = await statusOf(
        route.method,
        route.path,
        route.path === '/auth/logout' ? await login(DEMO.admin) : token,
      );
      if (status === 405 || (status === 404 && !(await namesARecord(route.method, route.path, token))))
        silent.push(`${key(route)} → ${status}`);
    }
    expect(silent).toEqual([]);
  });

  it('every method and path the API answers is documented: each named segment tried with every name', async () => {
    const token = await login(DEMO.admin);
    const names = [...new Set<string>([...RESOURCES, ...STATS_NAMES, 'nothing'])];
    const tried = mockRoutes().flatMap(({ method, path }) => {
      const segment = /\{(?!id\})\w+\}/.exec(path)?.[0];
      return segment
        ? names.map((name) => ({ method, path: path.replace(segment, name) }))
        : [{ method, path }];
    });
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`)),
    );
    const undocumented: string[] = [];
    const seen = new Set<string>();
    for (const route of deletesLast(tried)) {
      if (seen.has(key(route))) continue;
      seen.add(key(route));
      const logout = route.path === '/auth/logout';
      const status = await statusOf(route.method, route.path, logout ? await login(DEMO.admin) : token);
      if (status !== 404 && status !== 405 && !documented.has(key(route)))
        undocumented.push(`${key(route)} → ${status}`);
    }
    expect(seen.size).toBeGreaterThan(200);
    expect(undocumented).toEqual([]);
  });
});
