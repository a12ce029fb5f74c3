import { afterEach, beforeEach, vi } from 'vitest';
import { REFERENCE_DATE } from '../../mocks/db/types';

/**
 * Pins `Date` (only: timers stay real, so waits still work) to the day the seed is dated from, so
 * that "the last 30 days" of a screen are the seed's, whatever day the tests run.
 */
export function atReferenceDate(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(REFERENCE_DATE));
  });
  afterEach(() => vi.useRealTimers());
}
