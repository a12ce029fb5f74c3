import { describe, expect, it } from 'vitest';
import { buildDb, buildDbInSteps } from '../../mocks/db/generate';

/** The demo seeds itself in steps (mocks/browser.ts); its journal replays ids, so the data must match. */
describe('seeding in steps', () => {
  it('builds exactly the data set of the one-go pipeline, pausing between steps', async () => {
    let pauses = 0;
    const options = { seed: 7, scale: 'small' as const, referenceDate: '2026-06-01T00:00:00.000Z' };
    const stepped = await buildDbInSteps(options, async () => {
      pauses++;
    });
    expect(stepped).toEqual(buildDb(options));
    expect(pauses).toBeGreaterThan(5);
  });
});
