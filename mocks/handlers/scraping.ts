import type { User } from '../../src/model/types';
import { assertCan } from '../domain/accounts/permissions';
import { findVisible } from '../domain/records/reads';
import { lowerQuota, warnCompany } from '../domain/scraping/actions';
import { scrapingWatch } from '../domain/scraping/watch';
import { ok, type RouteContext, recordId, route } from './http';

/**
 * GET /api/scraping-watch (a sortable, paged list), POST /api/users/{id}/quota and
 * /api/users/{id}/warn-company: support and admin (the lock is POST /api/users/{id}/lock).
 */
function target(ctx: RouteContext): User {
  assertCan(ctx.user, 'users', 'lock');
  return findVisible(ctx.state, ctx.user, 'users', recordId(ctx)) as unknown as User;
}

export const scrapingHandlers = [
  route('get', '/api/scraping-watch', ({ state, user, query, locale }) => {
    const { rows, start, total } = scrapingWatch(state, user, query, locale);
    const end = rows.length > 0 ? start + rows.length - 1 : start;
    return ok(rows, 200, { 'Content-Range': `scraping-watch ${start}-${end}/${total}` });
  }),
  route('post', '/api/users/:id/quota', (ctx) => ok(lowerQuota(ctx.state, ctx.user, target(ctx), ctx.body))),
  route('post', '/api/users/:id/warn-company', (ctx) =>
    ok(warnCompany(ctx.state, ctx.user, target(ctx), ctx.body)),
  ),
];
