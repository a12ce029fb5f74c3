import type { TranslateFunction } from 'react-admin';
import type { HttpErrorBody } from '../../providers/httpClient';

interface LoginFailure {
  status?: number;
  message?: string;
  body?: Partial<HttpErrorBody> | null;
}

const DEFAULT_LOCKOUT_MINUTES = 15;

/** What the login page says for a refused sign-in. */
export function loginErrorMessage(error: unknown, translate: TranslateFunction): string {
  const failure = (error ?? {}) as LoginFailure;
  if (failure.status === 429) {
    const seconds = failure.body?.retryAfter;
    const minutes = seconds === undefined ? DEFAULT_LOCKOUT_MINUTES : Math.max(1, Math.ceil(seconds / 60));
    return translate('app.login.locked_out', { smart_count: minutes });
  }
  // A locked account is refused with 401 (or 403) and its code (the message is in the user's language).
  if ((failure.status === 401 || failure.status === 403) && failure.body?.code === 'account_locked') {
    return translate('app.login.account_locked');
  }
  if (failure.status === 400 || failure.status === 401 || failure.status === 422) {
    return translate('app.login.wrong_credentials');
  }
  return failure.message || translate('ra.notification.http_error');
}
