import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { STATS_NAMES } from '../../src/model/stats-types';
import { RESOURCES, type ResourceName } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { mockRoutes } from '../tools/openapi/openapi';

/**
 * Issue 10, over the whole route table the OpenAPI document is generated from (so a new route is
 * swept without anyone remembering to): every answer carries `Cache-Control: no-store` and is never
 * a 5xx, and a sales token never receives a candidate's personal data from any GET route, list or
 * record, whatever embed parameter it adds.
 */
const firstId = (resource: string) => {
  const table = getState().tables[resource as ResourceName];
  return table?.rows[0]?.id ?? 1;
};

/** Every concrete path of a route: each resource for `{resource}`, each statistic for `{name}`, a real id. */
function concrete(path: string): string[] {
  const resources = path.includes('{resource}') ? RESOURCES : [path.split('/')[1]];
  return resources.flatMap((resource) => {
    const base = path.replace('{resource}', resource).replace('{id}', String(firstId(resource)));
    if (!base.includes('{name}')) return [base];
    return STATS_NAMES.map((name) => {
      const one = name === 'offer-health' || name === 'recruiter' ? '?companyId=1' : '';
      return `${base.replace('{name}', name)}${one}`;
    });
  });
}

const ROUTES = mockRoutes().flatMap((route) =>
  concrete(route.path).map((path) => ({ method: route.method, path })),
);
const GETS = ROUTES.filter((r) => r.method === 'get').map((r) => r.path);

/** Attempts at pulling candidates in through another resource. */
const EMBEDS = ['embed=candidate', '_embed=candidates', 'expand=candidate', 'include=candidate.email'];
const withParams = (path: string, params: string) => `${path}${path.includes('?') ? '&' : '?'}${params}`;

describe('every route', () => {
  it(`answers ${ROUTES.length} method × path pairs with Cache-Control: no-store and never a 5xx`, async () => {
    expect(ROUTES.length).toBeGreaterThan(100);
    const token = await login(DEMO.admin);
    const writes = ROUTES.filter((r) => r.method !== 'get' && r.path !== '/auth/logout');
    for (const { method, path } of [...ROUTES.filter((r) => r.method === 'get'), ...writes]) {
      const response = await call(
        method.toUpperCase(),
        `/api${path}`,
        method === 'get' ? undefined : {},
        token,
      );
      expect([method, path, response.status < 500]).toEqual([method, path, true]);
      expect([method, path, response.headers.get('Cache-Control')]).toEqual([method, path, 'no-store']);
    }
    const logout = await call('POST', '/api/auth/logout', undefined, token);
    expect(logout.headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('field-level rules for sales', () => {
  const personal = () =>
    getState().tables.candidates.rows.flatMap((c) =>
      [c.email, c.phone, c.linkedinUrl].filter((v): v is string => !!v),
    );

  it(`${GETS.length} GET paths, as lists of 500 and with ${EMBEDS.length} embed parameters: no candidate's email, phone or profile URL`, async () => {
    const secrets = personal();
    expect(secrets.length).toBeGreaterThan(100);
    const sales = await login(DEMO.sales);
    let answered = 0;
    const leaks: string[] = [];
    const paths = GETS.flatMap((path) => [
      path,
      ...(path.split('/').length === 3 ? [`${path}${listQuery({ range: [0, 499] })}`] : []),
      ...EMBEDS.map((params) => withParams(path, params)),
    ]);
    for (const path of paths) {
      const response = await call('GET', `/api${path}`, undefined, sales);
      if (response.status === 200) answered++;
      const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? '');
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${path}: ${secret}`);
    }
    expect(leaks).toEqual([]);
    expect(answered).toBeGreaterThan(20); // the sweep reads real data, not only refusals
  });

  it('the same sweep finds the data when the caller may see it (the check can fail)', async () => {
    const admin = await login(DEMO.admin);
    const response = await call('GET', `/api/candidates${listQuery({ range: [0, 9] })}`, undefined, admin);
    const text = JSON.stringify(response.body);
    expect(personal().some((secret) => text.includes(secret))).toBe(true);
  });
});
