import { expect } from 'vitest';

/**
 * A tiny client for the API contract tests: real fetch calls, answered by MSW in Node. Paths start
 * at `/api`; `BASE_URL` may point the same calls at a real server.
 */
export const BASE_URL = process.env.API_BASE_URL ?? 'http://localhost';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export const DEMO = {
  admin: 'admin@backoffice.test',
  support: 'support@backoffice.test',
  sales: 'sales@backoffice.test',
  acme: 'recruiter@acme.test',
  globex: 'recruiter@globex.test',
} as const;

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
type Json = any;

export async function call<T = Json>(
  method: string,
  path: string,
  body?: unknown,
  token?: string,
  extraHeaders: Record<string, string> = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders };
  if (body !== undefined) headers['Content-Type'] ??= 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

/**
 * A call as a patient client makes it: a per-minute list quota's 429 is a wait, not a failure, so
 * its Retry-After (up to a minute) is honoured once. A longer one (the daily allowance) is answered.
 */
export async function callAfterQuota<T = Json>(
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<ApiResponse<T>> {
  const response = await call<T>(method, path, body, token);
  const wait = Number(response.headers.get('Retry-After'));
  if (response.status !== 429 || !(wait > 0 && wait <= 60)) return response;
  await new Promise((resume) => setTimeout(resume, wait * 1000));
  return call<T>(method, path, body, token);
}

/** `send` with each answer checked not to be a 5xx, whatever else the test then expects of it. */
export function neverA5xx(send: typeof call) {
  return async (method: string, path: string, body?: unknown, token?: string): Promise<ApiResponse<Json>> => {
    const response = await send<Json>(method, path, body, token);
    expect(response.status, `${method} ${path}: never a 5xx`).toBeLessThan(500);
    return response;
  };
}

export async function login(email: string, password = 'demo'): Promise<string> {
  const response = await call<{ token: string }>('POST', '/api/auth/login', { email, password });
  if (response.status !== 200)
    throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.token;
}

/** Builds a list query string in the ra-data-simple-rest dialect. */
export function listQuery(params: {
  filter?: unknown;
  sort?: [string, string];
  range?: [number, number];
}): string {
  const search = new URLSearchParams();
  if (params.filter !== undefined) search.set('filter', JSON.stringify(params.filter));
  if (params.sort) search.set('sort', JSON.stringify(params.sort));
  if (params.range) search.set('range', JSON.stringify(params.range));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** Total from a Content-Range header such as `offers 0-24/312`. */
export function totalOf(response: ApiResponse): number {
  return Number(response.headers.get('Content-Range')?.split('/').pop());
}
