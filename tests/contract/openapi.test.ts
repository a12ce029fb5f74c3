import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RESOURCE_SPECS } from '../../mocks/domain/resources';
import { isSafeUrl } from '../../mocks/domain/validation';
import { STATS_NAMES } from '../../src/stats-types';
import { RESOURCES } from '../../src/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { checkSchema } from './check-schema';
import { buildOpenApi, mockRoutes } from './openapi';
import { pascalCase, SAFE_URL_PATTERN } from './openapi-schema';
import { isOneCompanyStat, statsSchemaName } from './openapi-stats';
import { OPENAPI_PATH, openApiYaml } from './write-openapi';

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

  it('documents every route the mock serves, with every resource for the generic CRUD', () => {
    const routes = mockRoutes();
    expect(routes.length).toBeGreaterThan(20);
    for (const { method, path } of routes) {
      const concrete = path.includes('{resource}')
        ? RESOURCES.filter((r) => method === 'get' || !RESOURCE_SPECS[r].readOnly).map((r) =>
            path.replace('{resource}', r),
          )
        : path.includes('{name}')
          ? STATS_NAMES.map((name) => path.replace('{name}', name))
          : [path];
      for (const p of concrete) expect(doc.paths[p]?.[method], `${method} ${p}`).toBeDefined();
    }
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
