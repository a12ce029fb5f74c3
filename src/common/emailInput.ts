import { isEmailAddress } from '../model/contact';

/**
 * An e-mail keyboard without type="email": the browser's own validation would block the submit
 * with its bubble, in its language, before our message under the field could show.
 */
export const EMAIL_INPUT = { htmlInput: { inputMode: 'email' } } as const;

/** react-admin validator: the address rule the API applies (src/model/contact.ts), said under the field. */
export function validateEmail(value: unknown): string | undefined {
  return value === undefined || value === null || value === '' || isEmailAddress(value)
    ? undefined
    : 'ra.validation.email';
}
