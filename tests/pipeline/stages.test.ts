import { describe, expect, it } from 'vitest';
import { ageOf, ages, daysInStage } from '../../src/pipeline/stages';
import { parseBoardFilter } from '../../src/pipeline/useBoardFilter';

/** The card's age (amber after a week, red after two) and the board's URL filters, pure. */
const DAY = 86_400_000;
const now = Date.parse('2026-11-20T12:00:00Z');
const changed = (daysAgo: number) => ({ stageChangedAt: new Date(now - daysAgo * DAY).toISOString() });

describe('days in stage', () => {
  it('counts whole days, turns amber after 7 and red after 14', () => {
    expect([0, 7, 8, 14, 15].map((d) => ageOf(daysInStage(changed(d), now)))).toEqual([
      'fresh',
      'fresh',
      'ageing',
      'ageing',
      'stale',
    ]);
    expect(daysInStage(changed(7.9), now)).toBe(7);
    expect(daysInStage(changed(-1), now)).toBe(0); // a clock ahead never shows a negative age
  });

  it('raises no alarm once an application has left the funnel', () => {
    expect(['new', 'offer'].every((s) => ages(s as never))).toBe(true);
    expect(['hired', 'rejected', 'withdrawn'].some((s) => ages(s as never))).toBe(false);
  });
});

describe('board filters in the URL', () => {
  it('reads ids as numbers, dates as days, and drops what is malformed', () => {
    expect(
      parseBoardFilter(
        '?offerId=12&recruiterId=x&q=%20dupont%20&appliedAt_gte=2026-01-01&appliedAt_lte=soon&stage=new',
      ),
    ).toEqual({ offerId: 12, q: 'dupont', appliedAt_gte: '2026-01-01' });
  });
});
