import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../mocks/domain/api/errors';
import { resolveStatsQuery, type StatsCaller } from '../../mocks/domain/stats';
import { company, NOW } from './fixtures';

const companies = [company(1), company(2)];
const find = (id: number) => companies.find((c) => c.id === id);
const sales: StatsCaller = { role: 'sales', companyId: null };
const recruiter: StatsCaller = { role: 'recruiter', companyId: 1 };

const resolve = (name: string, query: string, caller: StatsCaller = sales) =>
  resolveStatsQuery(name, new URLSearchParams(query), caller, find, NOW);

function refusal(
  name: string,
  query: string,
  caller: StatsCaller = sales,
): { status: number; message: string } {
  try {
    resolve(name, query, caller);
  } catch (error) {
    const e = error as ApiError;
    return { status: e.status, message: e.message };
  }
  throw new Error('expected a refusal');
}

describe('stats query parameters', () => {
  it('defaults to the 30 days ending on the clock day', () => {
    const q = resolve('offers', '');
    expect(q.range).toEqual({
      from: '2026-10-04',
      to: '2026-11-02',
      days: 30,
      country: null,
      companyId: null,
    });
  });

  it('takes an inclusive from/to, a country and a company for staff', () => {
    const q = resolve('funnel', 'from=2026-01-01&to=2026-01-31&country=GB&companyId=2');
    expect(q.range).toEqual({ from: '2026-01-01', to: '2026-01-31', days: 31, country: 'GB', companyId: 2 });
    expect(q.toExclIso).toBe('2026-02-01');
  });

  it.each([
    ['from=2026-02-30', 'from'],
    ['from=2026-1-01', 'from'],
    ['to=yesterday', 'to'],
    ['from=2026-03-02&to=2026-03-01', 'from'],
    ['from=2020-01-01&to=2026-01-01', 'to'],
    ['country=DE', 'country'],
    ['companyId=abc', 'companyId'],
    ['companyId=-1', 'companyId'],
    ['bucket=day', 'bucket'],
  ])('refuses %s with a 400 naming %s', (query, param) => {
    const { status, message } = refusal('offers', query);
    expect(status).toBe(400);
    expect(message.startsWith(`${param}:`)).toBe(true);
  });

  it('accepts exactly 3 years and refuses one day more', () => {
    expect(resolve('offers', 'from=2023-01-01&to=2025-12-31').range.days).toBe(1096);
    expect(refusal('offers', 'from=2023-01-01&to=2026-01-01').status).toBe(400);
  });

  it('answers an unknown statistic with a 404 naming it: no such route', () => {
    expect(refusal('revenue', '')).toMatchObject({ status: 404, message: expect.stringMatching(/^name:/) });
  });

  it('answers 404 for a company that does not exist', () => {
    expect(refusal('offers', 'companyId=99').status).toBe(404);
  });

  it('scopes a recruiter to their own company whatever companyId they send', () => {
    expect(resolve('offers', 'companyId=2', recruiter).range.companyId).toBe(1);
    expect(resolve('offers', '', recruiter).range.companyId).toBe(1);
  });

  it('keeps account analytics from recruiters and dashboards to their audience', () => {
    expect(refusal('accounts', '', recruiter).status).toBe(403);
    expect(refusal('account-health', '', recruiter).status).toBe(403);
    expect(refusal('support', '', recruiter).status).toBe(403);
    expect(refusal('recruiter', 'companyId=1', sales).status).toBe(403);
    expect(refusal('support', '', sales).status).toBe(403);
  });

  it('requires a companyId from staff for single-company endpoints', () => {
    expect(refusal('offer-health', '', { role: 'admin', companyId: null })).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^companyId:/),
    });
    expect(resolve('offer-health', 'companyId=2', { role: 'admin', companyId: null }).range.companyId).toBe(
      2,
    );
  });
});
