import { HttpError } from 'react-admin';
import { apiUrl } from '../config';
import { API_ERROR_CODES, type ApiErrorBody, type ApiErrorCode } from '../model/types';
import { apiReady } from './apiReady';
import { currentLocale, translate } from './i18nProvider';
import { AUTO_RETRIES, AUTO_RETRY_MAX_SECONDS, pause, reportRateLimit } from './rateLimit';
import { getToken } from './session';

export interface HttpResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: string;
  json: T;
}

export interface HttpOptions extends Omit<RequestInit, 'headers'> {
  headers?: HeadersInit;
}

/** What our errors carry in `body`: react-admin reads `errors` to put messages under the fields. */
export interface HttpErrorBody extends ApiErrorBody {
  /** Seconds to wait, from Retry-After (429). */
  retryAfter?: number;
  /**
   * A 401 to a request sent under a session that has ended or been replaced since (signed out, or
   * someone else signed in while it was on its way): it says nothing about the current session.
   */
  staleSession?: true;
}

interface Violation {
  propertyPath?: string;
  message?: string;
}

/** The shapes an error body can take: ours (`message`, `errors`) and API Platform's. */
interface RawErrorBody {
  message?: unknown;
  code?: unknown;
  errors?: unknown;
  current?: unknown;
  violations?: unknown;
  detail?: unknown;
  title?: unknown;
  'hydra:description'?: unknown;
}

const isApiErrorCode = (value: unknown): value is ApiErrorCode =>
  (API_ERROR_CODES as readonly unknown[]).includes(value);

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function violationsToErrors(violations: unknown): Record<string, string> | undefined {
  if (!Array.isArray(violations)) return undefined;
  const errors: Record<string, string> = {};
  for (const violation of violations as Violation[]) {
    const field = violation.propertyPath || '_global';
    const message = violation.message ?? '';
    errors[field] = errors[field] ? `${errors[field]} ${message}` : message;
  }
  return errors;
}

function stringErrors(errors: unknown): Record<string, string> | undefined {
  if (!errors || typeof errors !== 'object' || Array.isArray(errors)) return undefined;
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, String(message)]));
}

/** Retry-After is either seconds or an HTTP date. */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Turns any error response into an HttpError whose body is `{ message, errors?, current? }`. */
export function toHttpError(status: number, statusText: string, headers: Headers, raw: unknown): HttpError {
  const data: RawErrorBody = raw && typeof raw === 'object' ? (raw as RawErrorBody) : {};
  const errors = violationsToErrors(data.violations) ?? stringErrors(data.errors);
  let message =
    text(data.message) ??
    text(data.detail) ??
    text(data['hydra:description']) ??
    text(data.title) ??
    (status === 409 ? translate('app.errors.conflict') : undefined) ??
    text(statusText) ??
    translate('app.errors.server', { status });
  const body: HttpErrorBody = { message };
  if (isApiErrorCode(data.code)) body.code = data.code;
  if (errors) body.errors = errors;
  if (data.current !== undefined) body.current = data.current;
  if (status === 429) {
    const wait = retryAfterSeconds(headers.get('Retry-After'));
    if (wait !== undefined) {
      body.retryAfter = wait;
      message = `${message} ${translate('app.errors.retry_after', { smart_count: Math.max(1, Math.ceil(wait / 60)) })}`;
      body.message = message;
    }
  }
  return new HttpError(message, status, body);
}

/**
 * fetch for the API: JSON in and out, the bearer token, the UI's language, and every failure as a react-admin
 * HttpError (status 0 when the server cannot be reached). A 429 is a wait, not an error: it is
 * reported (the layout shows the wait), and a read whose wait is short is sent again by itself,
 * unless the session changed meanwhile.
 */
export async function httpClient<T = unknown>(
  url: string,
  options: HttpOptions = {},
): Promise<HttpResponse<T>> {
  const method = (options.method ?? 'GET').toUpperCase();
  const session = getToken();
  for (let attempt = 0; ; attempt++) {
    try {
      return await send<T>(url, method, options);
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 429) throw error;
      const seconds = (error.body as HttpErrorBody).retryAfter;
      const retrying =
        method === 'GET' &&
        seconds !== undefined &&
        seconds <= AUTO_RETRY_MAX_SECONDS &&
        attempt < AUTO_RETRIES;
      reportRateLimit({ until: Date.now() + (seconds ?? 60) * 1000, retrying, message: error.message });
      if (!retrying) throw error;
      await pause(seconds * 1000, options.signal);
      // A wait that outlived its session: the request belongs to it, never to the one that followed.
      if (getToken() !== session) throw error;
    }
  }
}

async function send<T>(url: string, method: string, options: HttpOptions): Promise<HttpResponse<T>> {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (options.body !== undefined && method !== 'GET' && !headers.has('Content-Type')) {
    headers.set('Content-Type', 'application/json');
  }
  const token = signRequest(headers);

  let response: Response;
  try {
    await apiReady();
    response = await fetch(url, { ...options, headers });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    const message = translate('app.errors.network');
    throw new HttpError(message, 0, { message });
  }
  const body = await response.text();
  let json: unknown;
  try {
    json = body ? JSON.parse(body) : undefined;
  } catch {
    json = undefined; // not JSON: the status says enough
  }
  if (!response.ok) throw responseError(response, json, token);
  return { status: response.status, headers: response.headers, body, json: json as T };
}

/**
 * Puts the session's token (and the UI's language, unless set) on a request to the API; returns the
 * token sent, which `responseError` needs. For the few requests that cannot go through httpClient
 * (a streamed download).
 */
export function signRequest(headers: Headers): string | null {
  // The API words its messages (field errors included) in the UI's language.
  if (!headers.has('Accept-Language')) headers.set('Accept-Language', currentLocale());
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return token;
}

/**
 * The HttpError of a failed API response, `json` its parsed body. `sentWith` is the token the
 * request carried: a 401 to a request of a session that has ended or been replaced since says
 * staleSession, so authProvider.checkError keeps the current session.
 */
export function responseError(response: Response, json: unknown, sentWith: string | null): HttpError {
  const error = toHttpError(response.status, response.statusText, response.headers, json);
  if (response.status === 401 && sentWith !== getToken()) (error.body as HttpErrorBody).staleSession = true;
  return error;
}

/** `/api`-relative helper for our own endpoints (auth, custom verbs). */
export function api<T = unknown>(path: string, options?: HttpOptions): Promise<HttpResponse<T>> {
  return httpClient<T>(`${apiUrl()}${path}`, options);
}
