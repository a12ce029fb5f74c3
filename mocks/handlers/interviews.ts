import type { Company, Interview, ResourceName } from '../../src/model/types';
import { assertCan } from '../domain/accounts/permissions';
import { badRequest } from '../domain/api/errors';
import { parseId } from '../domain/api/input';
import { msg } from '../domain/api/translate';
import { assertKnownPlaceholders, renderTemplate, sendMessage } from '../domain/candidates/templates';
import { toIcs } from '../domain/interviews/ics';
import { assertNoClash, companyTimeZone, icsEvent, weekOf } from '../domain/interviews/rules';
import { checkScorecard, scorecardSummary } from '../domain/interviews/scorecards';
import { createDueTasks } from '../domain/pipeline/tasks';
import { findVisible, getRow, listRecords } from '../domain/records/reads';
import { createRecord, updateRecord } from '../domain/records/writes';
import { parseDay } from '../domain/stats/time';
import { ok, type RouteContext, recordId, route } from './http';

/**
 * Interviews, scorecards, tasks and message templates (issue 11): the generic CRUD with the
 * area's rules (clash 409 with the slot in `clash`, scorecard rules, known placeholders, the 48-hour
 * task sweep), plus the .ics exports, the scorecard summary and template render/send.
 */
type Row = { id: number } & Record<string, unknown>;
type Check = (ctx: RouteContext, next: Row, before?: Row) => void;

const bodyOf = (ctx: RouteContext): Row =>
  (typeof ctx.body === 'object' && ctx.body !== null && !Array.isArray(ctx.body) ? ctx.body : {}) as Row;

/**
 * POST, PUT and PATCH of a resource with `check` run by the generic write on the record as it would
 * be stored, once roles, tenant, version and references have passed.
 */
function checkedWrites(resource: ResourceName, check: Check, prepare?: (ctx: RouteContext) => void) {
  return [
    route('post', `/api/${resource}`, (ctx) => {
      assertCan(ctx.user, resource, 'create');
      prepare?.(ctx);
      return ok(
        createRecord(ctx.state, ctx.user, resource, ctx.body, (next) => check(ctx, next)),
        201,
      );
    }),
    ...(['put', 'patch'] as const).map((mode) =>
      route(mode, `/api/${resource}/:id`, (ctx) => {
        assertCan(ctx.user, resource, 'edit');
        prepare?.(ctx);
        const rules = (next: Row, before?: Row) => check(ctx, next, before);
        return ok(updateRecord(ctx.state, ctx.user, resource, recordId(ctx), ctx.body, mode, rules));
      }),
    ),
  ];
}

const interviewCheck: Check = (ctx, next) => assertNoClash(ctx.state, next as unknown as Interview);

/** The submission time is the server's, not the client's. */
function stampSubmission(ctx: RouteContext): void {
  const body = bodyOf(ctx);
  if (body.submittedAt) body.submittedAt = new Date(ctx.state.clock.now()).toISOString();
}

function sweepTasks(ctx: RouteContext): void {
  createDueTasks(ctx.state, ctx.user.role === 'recruiter' ? (ctx.user.companyId ?? -1) : undefined);
}

function zoneOf(ctx: RouteContext): string {
  const tz = ctx.query.get('tz');
  if (tz) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return tz;
    } catch {
      throw badRequest(msg('param_time_zone', { tz }));
    }
  }
  const company = ctx.user.companyId
    ? (getRow(ctx.state, 'companies', ctx.user.companyId) as unknown as Company)
    : undefined;
  return companyTimeZone(company);
}

const calendar = (text: string, filename: string) =>
  ok(text, 200, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
  });

export const interviewHandlers = [
  route('get', '/api/interviews/ics', (ctx) => {
    assertCan(ctx.user, 'interviews', 'list');
    const week = ctx.query.get('week') ?? '';
    if (parseDay(week) === null) throw badRequest(msg('param_date', { param: 'week' }));
    const asked = ctx.query.get('interviewerId');
    const who = asked === null ? ctx.user.id : parseId(asked);
    if (who === undefined) throw badRequest(msg('param_id', { param: 'interviewerId' }));
    const company = ctx.user.role === 'recruiter' ? (ctx.user.companyId ?? -1) : null;
    const rows = weekOf(ctx.state, company, who, week, zoneOf(ctx));
    const events = rows.map((interview) => icsEvent(ctx.state, interview));
    return calendar(toIcs(events, ctx.state.clock.now(), `Interviews ${week}`), `interviews-${week}.ics`);
  }),
  route('get', '/api/interviews/:id/ics', (ctx) => {
    assertCan(ctx.user, 'interviews', 'show');
    const interview = findVisible(ctx.state, ctx.user, 'interviews', recordId(ctx)) as unknown as Interview;
    const text = toIcs([icsEvent(ctx.state, interview)], ctx.state.clock.now());
    return calendar(text, `interview-${interview.id}.ics`);
  }),
  ...checkedWrites('interviews', interviewCheck),
  ...checkedWrites(
    'scorecards',
    (ctx, next, before) => checkScorecard(ctx.state, next, before),
    stampSubmission,
  ),
  route('get', '/api/applications/:id/scorecards', (ctx) =>
    ok(scorecardSummary(ctx.state, ctx.user, recordId(ctx))),
  ),
  route(
    'get',
    '/api/tasks',
    (ctx) => {
      assertCan(ctx.user, 'tasks', 'list');
      sweepTasks(ctx);
      const { rows, total, start } = listRecords(ctx.state, ctx.user, 'tasks', ctx.query);
      const span = rows.length > 0 ? `${start}-${start + rows.length - 1}` : '*';
      return ok(rows, 200, { 'Content-Range': `tasks ${span}/${total}` });
    },
    { list: true },
  ),
  // Writes sweep first too, so a replayed journal finds the automatic tasks it refers to.
  ...checkedWrites('tasks', () => undefined, sweepTasks),
  ...checkedWrites('message-templates', (_ctx, next) =>
    assertKnownPlaceholders({ subject: next.subject, body: next.body }),
  ),
  route('post', '/api/message-templates/:id/render', (ctx) => {
    const { applicationId, interviewId } = bodyOf(ctx);
    return ok(renderTemplate(ctx.state, ctx.user, recordId(ctx), { applicationId, interviewId }));
  }),
  route('post', '/api/messages/send', (ctx) => ok(sendMessage(ctx.state, ctx.user, ctx.body), 201)),
];
