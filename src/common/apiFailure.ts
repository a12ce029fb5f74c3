import type { ApiErrorCode } from '../model/types';

/**
 * A failed call to our API as the app's HTTP client raises it (react-admin's HttpError: status 0
 * when the server cannot be reached; `body` holds field `errors` and, on a 409, the stored record
 * in `current`). One shape for every screen that reacts to a refusal.
 */
export interface ApiFailure {
  status?: number;
  message?: string;
  body?: {
    message?: string;
    /** Why, for the refusals a screen acts on (the message is worded for the reader). */
    code?: ApiErrorCode;
    errors?: Record<string, string>;
    current?: unknown;
  };
}

/** What the user is told, by cause. */
export type FailureKind =
  | 'conflict'
  | 'forbidden'
  | 'not_found'
  | 'invalid'
  | 'session'
  | 'network'
  | 'server';

export function failureKind(error: unknown): FailureKind {
  const status = (error as ApiFailure | undefined)?.status ?? 0;
  if (status === 409) return 'conflict';
  if (status === 401) return 'session';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 400 || status === 422) return 'invalid';
  return status === 0 ? 'network' : 'server';
}

/** The stored record a 409 answered with, when it did. */
export function storedRecord<T>(error: unknown): T | undefined {
  const failure = error as ApiFailure | undefined;
  return failure?.status === 409 ? (failure.body?.current as T | undefined) : undefined;
}
