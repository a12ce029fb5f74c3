import type { Company, User } from '../../src/model/types';
import { assertCan } from '../domain/accounts/permissions';
import { findVisible } from '../domain/records/reads';
import { lowerCompanyQuota, lowerQuota, warnCompany, warnCompanyContact } from '../domain/scraping/actions';
import { scrapingWatchCompanies } from '../domain/scraping/companies';
import { scrapingWatch } from '../domain/scraping/watch';
import { ok, type RouteContext, recordId, route } from './http';

/**
 * GET /api/scraping-watch and /api/scraping-watch-companies (sortable, paged lists), POST
 * /api/users/{id}/quota, /api/users/{id}/warn-company, /api/companies/{id}/quota and
 * /api/companies/{id}/warn: support and admin (the lock is POST /api/users/{id}/lock).
 */
function target(ctx: RouteContext): User {
  assertCan(ctx.user, 'users', 'lock');
  return findVisible(ctx.state, ctx.user, 'users', recordId(ctx)) as unknown as User;
}

function company(ctx: RouteContext): Company {
  assertCan(ctx.user, 'users', 'lock');
  return findVisible(ctx.state, ctx.user, 'companies', recordId(ctx)) as unknown as Company;
}

export const scrapingHandlers = [
  route('get', '/api/scraping-watch', ({ state, user, query, locale }) => {
    const { rows, start, total } = scrapingWatch(state, user, query, locale);
    const end = rows.length > 0 ? start + rows.length - 1 : start;
    return ok(rows, 200, { 'Content-Range': `scraping-watch ${start}-${end}/${total}` });
  }),
  route('get', '/api/scraping-watch-companies', ({ state, user, query, locale }) => {
    const { rows, start, total } = scrapingWatchCompanies(state, user, query, locale);
    const end = rows.length > 0 ? start + rows.length - 1 : start;
    return ok(rows, 200, { 'Content-Range': `scraping-watch-companies ${start}-${end}/${total}` });
  }),
  route('post', '/api/users/:id/quota', (ctx) => ok(lowerQuota(ctx.state, ctx.user, target(ctx), ctx.body))),
  route('post', '/api/users/:id/warn-company', (ctx) =>
    ok(warnCompany(ctx.state, ctx.user, target(ctx), ctx.body)),
  ),
  route('post', '/api/companies/:id/quota', (ctx) =>
    ok(lowerCompanyQuota(ctx.state, ctx.user, company(ctx), ctx.body)),
  ),
  route('post', '/api/companies/:id/warn', (ctx) =>
    ok(warnCompanyContact(ctx.state, ctx.user, company(ctx), ctx.body)),
  ),
];
