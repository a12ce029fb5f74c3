import { useCallback } from 'react';
import { useNotify } from 'react-admin';
import type { ApiFailure } from './apiFailure';

const GENERIC_FAILURE = 'ra.notification.http_error';

/**
 * What the user is told of a failed call: the API's own words (it answers in the UI's language,
 * which the HTTP client sends), else react-admin's generic "Server communication error".
 */
export function failureMessage(error: unknown): string {
  if (typeof error === 'string') return error || GENERIC_FAILURE;
  const failure = error as ApiFailure | undefined;
  // A refusal by field ("Invalid data: candidateId") says why in its field messages, which a
  // notification can show where no form shows them under their field.
  const reasons = Object.values(failure?.body?.errors ?? {}).filter((reason) => typeof reason === 'string');
  if (reasons.length > 0) return [...new Set(reasons)].join(' · ');
  return failure?.body?.message || failure?.message || GENERIC_FAILURE;
}

/**
 * Notifies a failure in the API's words. Those words are not a message key: they go as polyglot's
 * default (`_`), as react-admin's own controllers pass them, so polyglot neither looks them up in
 * the catalogue nor reports them as a missing translation (which would hide a real missing key).
 */
export function useNotifyFailure(): (error: unknown, type?: 'error' | 'warning') => void {
  const notify = useNotify();
  return useCallback(
    (error, type = 'error') => {
      const message = failureMessage(error);
      notify(message, { type, messageArgs: message === GENERIC_FAILURE ? undefined : { _: message } });
    },
    [notify],
  );
}
