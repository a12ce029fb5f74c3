import type { ApiErrorCode } from '../../../src/model/types';
import { type FieldErrors, type Message, msg, render } from './translate';

/**
 * An error the API answers on purpose. It holds messages as keys (messages.ts); the route wrapper
 * words them in the caller's language as `{message, code?, errors?, current?}`. `Error.message`
 * is the English wording, for logs and unit tests.
 */
export interface ApiErrorOptions {
  errors?: FieldErrors;
  current?: unknown;
  headers?: Record<string, string>;
  /** A stable reason the app may branch on (never on the words, which are translated). */
  code?: ApiErrorCode;
  /** More fields of the body, as they are (e.g. the clashing slot of a 409). */
  details?: Record<string, unknown>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly detail: Message;
  readonly errors?: FieldErrors;
  readonly current?: unknown;
  readonly headers?: Record<string, string>;
  readonly code?: ApiErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(status: number, detail: Message, options: ApiErrorOptions = {}) {
    super(render(detail, 'en'));
    this.name = 'ApiError';
    this.status = status;
    this.detail = detail;
    this.errors = options.errors;
    this.current = options.current;
    this.headers = options.headers;
    this.code = options.code;
    this.details = options.details;
  }
}

export const badRequest = (detail: Message): ApiError => new ApiError(400, detail);
export const notFound = (detail: Message): ApiError => new ApiError(404, detail);
export const forbidden = (detail: Message, errors?: FieldErrors): ApiError =>
  new ApiError(403, detail, { errors });

/** 422 with one message per field, so react-admin shows them under the inputs. */
export function invalid(errors: FieldErrors, detail?: Message, code?: ApiErrorCode): ApiError {
  return new ApiError(422, detail ?? msg('invalid_data', { fields: Object.keys(errors).join(', ') }), {
    errors,
    code,
  });
}
