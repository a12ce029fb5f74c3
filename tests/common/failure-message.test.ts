import { describe, expect, it } from 'vitest';
import { failureMessage } from '../../src/common/useNotifyFailure';

describe('what a notification says of a failed call', () => {
  it('a refusal by field says why in its fields’ words, not "Invalid data: candidateId"', () => {
    const refused = {
      status: 422,
      message: 'Invalid data: candidateId',
      body: {
        message: 'Invalid data: candidateId',
        errors: { candidateId: 'this candidate was anonymised' },
      },
    };
    expect(failureMessage(refused)).toBe('this candidate was anonymised');
  });

  it('otherwise the API’s own message, else react-admin’s generic one', () => {
    expect(
      failureMessage({ status: 403, message: 'Access denied', body: { message: 'Access denied' } }),
    ).toBe('Access denied');
    expect(failureMessage(undefined)).toBe('ra.notification.http_error');
    expect(failureMessage('')).toBe('ra.notification.http_error');
  });
});
