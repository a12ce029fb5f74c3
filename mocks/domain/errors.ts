/** An error the API answers on purpose: the route wrapper turns it into `{message, errors?, current?}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly errors?: Record<string, string>;
  readonly current?: unknown;
  readonly headers?: Record<string, string>;

  constructor(
    status: number,
    message: string,
    extra: { errors?: Record<string, string>; current?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.errors = extra.errors;
    this.current = extra.current;
    this.headers = extra.headers;
  }
}

export const badRequest = (message: string): ApiError => new ApiError(400, message);
export const notFound = (message = 'Not found'): ApiError => new ApiError(404, message);
export const forbidden = (message = 'Forbidden', errors?: Record<string, string>): ApiError =>
  new ApiError(403, message, { errors });

/** 422 with one message per field, so react-admin shows them under the inputs. */
export function invalid(errors: Record<string, string>, message?: string): ApiError {
  const fields = Object.keys(errors);
  return new ApiError(422, message ?? `Invalid data: ${fields.join(', ')}`, { errors });
}
