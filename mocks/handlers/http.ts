import { type HttpHandler, HttpResponse, http, matchRequestUrl } from 'msw';
import type { Locale, User } from '../../src/model/types';
import { currentState, markChanged } from '../db/store';
import type { MockState } from '../db/types';
import { authenticate } from '../domain/accounts/auth';
import { ApiError, badRequest, invalid, notFound } from '../domain/api/errors';
import { hostileJsonErrors, jsonTooDeep, MAX_JSON_DEPTH, parseId } from '../domain/api/input';
import { msg, pickLocale, render, renderErrors } from '../domain/api/translate';
import { countRefusal, countWrite } from '../domain/usage/counters';
import { consumeListCall } from '../domain/usage/ratelimit';

/**
 * The one wrapper every API route goes through: authentication, the `:id` of the path (404 unless a
 * positive decimal integer), JSON body parsing (415 for another media type; depth, prototype names
 * and control characters refused before any rule walks the body), list rate limits, errors as
 * `{message, code?, errors?, current?}` worded in the caller's language (Accept-Language: fr or en),
 * `Cache-Control: no-store` and `X-Content-Type-Options: nosniff`, and the write hook the demo
 * journal records (onWrite) and replays (replayWrite). Handlers stay thin and synchronous.
 */
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface PublicContext {
  state: MockState;
  method: Method;
  /** From `/api` on, without the query string. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** Who is calling from the network's point of view: the HTTP server's client address, else `local`. */
  client: string;
  /** The caller's language (Accept-Language), for answers that carry words. */
  locale: Locale;
}

export interface RouteContext extends PublicContext {
  user: User;
  /** The caller's session token; null when a journaled write is replayed. */
  token: string | null;
}

export interface RouteOptions {
  /**
   * Count the call against the user's and company's list/search quota (429 beyond it); a function
   * says which calls of a generic route count (reads of the candidate database).
   */
  list?: boolean | ((ctx: PublicContext) => boolean);
  /** Largest body the route reads (default 1 MB); a larger one is refused with a 413 before parsing. */
  maxBody?: number;
  /** Media types besides JSON the route takes as they are: the handler receives the text (an XML feed). */
  textTypes?: readonly string[];
}

export interface WriteEntry {
  method: string;
  /** From `/api` on, including the query string. */
  path: string;
  body: unknown;
  userId: number;
  /** The mock's clock, ms. */
  at: number;
}

type Handler<C> = (ctx: C) => Reply;

/** Each authenticated route's own handler, for replaying a journaled write without a session. */
const routeHandlers = new WeakMap<
  HttpHandler,
  { method: Method; path: string; handler: Handler<RouteContext> }
>();
const writeListeners = new Set<(entry: WriteEntry) => void>();
const MAX_BODY = 1_000_000;

/**
 * The client's address as the local HTTP server saw the connection (mocks/server.ts sets it and
 * overwrites whatever a caller sent). In the browser worker and in-process tests there is one client.
 */
export const CLIENT_ADDRESS_HEADER = 'x-mock-client-address';
const LOCAL_CLIENT = 'local';

export const ok = (body: unknown, status = 200, headers?: Record<string, string>): Reply => ({
  status,
  body,
  headers,
});

/** Subscribes to every successful write (non-GET, except login/logout); returns the unsubscribe. */
export function onWrite(listener: (entry: WriteEntry) => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

function respond(reply: Reply): Response {
  // nosniff: a browser never runs an answer (a CSV export, an error) as another type than it says.
  const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...reply.headers };
  const status = reply.status ?? 200;
  if (reply.body === undefined || status === 204) return new HttpResponse(null, { status, headers });
  // Files (CSV exports) go out as text or a stream, with the handler's own Content-Type.
  if (typeof reply.body === 'string' || reply.body instanceof ReadableStream)
    return new HttpResponse(reply.body, { status, headers });
  // A text body with its own Content-Type (e.g. text/calendar) goes out as is.
  if (typeof reply.body === 'string' && reply.headers?.['Content-Type'])
    return new HttpResponse(reply.body, { status, headers });
  return HttpResponse.json(reply.body as Record<string, unknown>, { status, headers });
}

/** The error as the caller reads it: every message worded in their language. */
function errorReply(error: unknown, languages: string | null): Reply {
  const locale = pickLocale(languages);
  const headers = { 'Content-Language': locale };
  if (error instanceof ApiError) {
    const body: Record<string, unknown> = { ...error.details, message: render(error.detail, locale) };
    if (error.code) body.code = error.code;
    if (error.errors) body.errors = renderErrors(error.errors, locale);
    if (error.current !== undefined) body.current = error.current;
    return { status: error.status, body, headers: { ...headers, ...error.headers } };
  }
  console.error('[mock api] unexpected error', error);
  return { status: 500, body: { message: render(msg('internal_error'), locale) }, headers };
}

/** The response to a failed request, in the language its Accept-Language asks for. */
export function errorResponse(error: unknown, request: Request): Response {
  return respond(errorReply(error, request.headers.get('Accept-Language')));
}

/** application/json and its structured-syntax forms (application/merge-patch+json, ...). */
function isJsonMediaType(header: string | null): boolean {
  const type = (header ?? '').split(';')[0].trim();
  return /^application\/(?:[\w.-]+\+)?json$/i.test(type);
}

async function readBody(request: Request, options: RouteOptions): Promise<unknown> {
  const max = options.maxBody ?? MAX_BODY;
  // A declared length over the limit is refused before a byte of it is read.
  if (Number(request.headers.get('Content-Length') ?? 0) > max)
    throw new ApiError(413, msg('body_too_large'));
  const text = await request.text();
  if (text.length > max) throw new ApiError(413, msg('body_too_large'));
  if (text.trim() === '') return undefined;
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
  if (options.textTypes?.includes(type)) return text;
  if (!isJsonMediaType(request.headers.get('Content-Type')))
    throw new ApiError(415, msg('unsupported_media_type'));
  if (jsonTooDeep(text)) throw badRequest(msg('body_too_deep', { max: MAX_JSON_DEPTH }));
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badRequest(msg('malformed_json_body'));
  }
  const errors = hostileJsonErrors(body);
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return body;
}

/**
 * A record id of the path (`:id`, or a segment named like `:candidateId`): the one parser of ids in
 * URLs, so every route answers the same 404 to `0x1`, `1e0`, ` 1`, `01` or `1.0`. The wrapper
 * checks every such segment before the handler runs.
 */
export function recordId(ctx: Pick<PublicContext, 'params'>, param = 'id'): number {
  const id = parseId(ctx.params[param]);
  if (id === undefined)
    throw notFound(
      msg('record_not_found', { resource: ctx.params.resource ?? 'record', id: ctx.params[param] }),
    );
  return id;
}

const namesARecord = (param: string): boolean => param === 'id' || param.endsWith('Id');

/** Sessions are not data: login/logout stay out of the journal; the remembered locale (PATCH /auth/me) is kept. */
const journaled = (path: string): boolean => !path.startsWith('/api/auth/') || path === '/api/auth/me';

/**
 * Whether a request may change data (tests reset the database only after one that did): any write
 * but login and logout, refused ones included, since a refusal may come after an edit. A login's
 * only data write, the user's lastLoginAt, is put back by the reset between tests (restoreDb).
 */
const mayChangeData = (method: Method, path: string): boolean =>
  method !== 'get' && path !== '/api/auth/login' && path !== '/api/auth/logout';

function apiPath(url: URL): string {
  const index = url.pathname.indexOf('/api/');
  return index >= 0 ? url.pathname.slice(index) : url.pathname;
}

function mswHandler<C extends PublicContext>(
  method: Method,
  path: string,
  run: (request: Request, ctx: PublicContext) => { ctx: C; token?: string },
  handler: Handler<C>,
  options: RouteOptions,
): HttpHandler {
  return http[method](`*${path}`, async ({ request, params }) => {
    let caller: User | undefined;
    try {
      const url = new URL(request.url);
      const base: PublicContext = {
        state: currentState(),
        method,
        path: apiPath(url),
        params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
        query: url.searchParams,
        body: undefined,
        client: request.headers.get(CLIENT_ADDRESS_HEADER) || LOCAL_CLIENT,
        locale: pickLocale(request.headers.get('Accept-Language')),
      };
      if (mayChangeData(method, base.path)) markChanged();
      // Authenticate first: a stranger learns nothing about ids or body parsing.
      const { ctx } = run(request, base);
      for (const param of Object.keys(base.params)) if (namesARecord(param)) recordId(base, param);
      // JSON parameters (filter, sort, range) are bounded like bodies, before any handler parses one.
      for (const [param, value] of url.searchParams)
        if (jsonTooDeep(value)) throw badRequest(msg('query_too_deep', { param, max: MAX_JSON_DEPTH }));
      if (method !== 'get' && method !== 'delete') ctx.body = await readBody(request, options);
      const user = (ctx as Partial<RouteContext>).user;
      caller = user;
      const counted = typeof options.list === 'function' ? options.list(ctx) : options.list === true;
      if (user && counted) consumeListCall(base.state, user);
      const reply = handler(ctx);
      if (method !== 'get' && (reply.status ?? 200) < 400 && user) countWrite(base.state, user, base.path);
      if (method !== 'get' && (reply.status ?? 200) < 400 && user && journaled(base.path)) {
        const entry: WriteEntry = {
          method: method.toUpperCase(),
          path: base.path + url.search,
          body: ctx.body,
          userId: user.id,
          at: base.state.clock.now(),
        };
        for (const listener of writeListeners) listener(entry);
      }
      return respond(reply);
    } catch (error) {
      // The 429s a user receives are a signal of their own (domain/usage/counters.ts).
      if (caller && error instanceof ApiError && error.status === 429) countRefusal(currentState(), caller);
      return errorResponse(error, request);
    }
  });
}

/** An authenticated route: `path` starts with `/api`, `:name` segments arrive in ctx.params. */
export function route(
  method: Method,
  path: string,
  handler: Handler<RouteContext>,
  options: RouteOptions = {},
) {
  const registered = mswHandler<RouteContext>(
    method,
    path,
    (request, base) => {
      const { user, token } = authenticate(base.state, request.headers.get('Authorization'));
      return { ctx: { ...base, user, token }, token };
    },
    handler,
    options,
  );
  routeHandlers.set(registered, { method, path: `*${path}`, handler });
  return registered;
}

/** A route open without a token (login only). */
export function publicRoute(method: Method, path: string, handler: Handler<PublicContext>) {
  return mswHandler<PublicContext>(method, path, (_request, base) => ({ ctx: base }), handler, {});
}

/**
 * Re-executes a journaled write as its user, without a session, with the clock pinned to entry.at.
 * The route is found as MSW finds it for a live request: the first of `handlers` whose method and
 * path match. Returns whether the API accepted it (a refused write is skipped, not thrown).
 */
export function replayWrite(handlers: readonly HttpHandler[], entry: WriteEntry): boolean {
  markChanged();
  const state = currentState();
  const user = state.tables.users.get(entry.userId) as User | undefined;
  const method = entry.method.toLowerCase() as Method;
  const url = new URL(entry.path, 'http://replay.local');
  const path = apiPath(url);
  let handler: Handler<RouteContext> | undefined;
  let params: Record<string, string> = {};
  for (const candidate of handlers) {
    const registered = routeHandlers.get(candidate);
    if (registered?.method !== method) continue;
    const match = matchRequestUrl(url, registered.path);
    if (!match.matches) continue;
    handler = registered.handler;
    params = Object.fromEntries(Object.entries(match.params ?? {}).map(([k, v]) => [k, String(v)]));
    break;
  }
  if (!user || !handler) return false;
  const clock = state.clock;
  state.clock = { now: () => entry.at };
  try {
    const reply = handler({
      state,
      method,
      path,
      params,
      query: url.searchParams,
      locale: 'en',
      body: entry.body,
      client: LOCAL_CLIENT,
      user,
      token: null,
    });
    return (reply.status ?? 200) < 400;
  } catch (error) {
    if (!(error instanceof ApiError)) console.error('[mock api] replay failed', error);
    return false;
  } finally {
    state.clock = clock;
  }
}
