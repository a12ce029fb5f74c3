import { screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHAR_PX, GAP_PX, labelInterval } from '../../src/common/charts/labelInterval';
import { atReferenceDate } from '../helpers/clock';
import { renderAdmin } from '../helpers/renderAdmin';

atReferenceDate();

describe('chart legends', () => {
  /** The legend's entries of a chart card: name, and how its mark is drawn. */
  async function legendOf(chart: string) {
    const card = await screen.findByRole('region', { name: chart });
    const items = await within(card).findAllByRole('listitem');
    return items.map((item) => {
      const line = item.querySelector('line');
      const mark = line ? (line.getAttribute('stroke-dasharray') ? 'dashed line' : 'line') : 'square';
      return [item.textContent, mark];
    });
  }

  it('names each series beside its mark: bars as squares, lines as lines, the derived ones dashed', async () => {
    await renderAdmin('/', { as: 'sales' });
    expect(await legendOf('Offers published and closed')).toEqual([
      ['Published', 'line'],
      ['Published, 7-day average', 'dashed line'],
      ['Closed', 'line'],
    ]);
    expect(await legendOf('Applications funnel')).toEqual([
      ['Reached (all)', 'square'],
      ['Reached (finished cohort)', 'square'],
      ['Conversion from previous stage (%)', 'line'],
    ]);
    expect(await legendOf('Monthly recurring revenue')).toEqual([
      ['MRR (EUR)', 'line'],
      ['MRR (GBP)', 'dashed line'],
    ]);
  });
});

describe('date labels on the category axis', () => {
  const label = (longest: number) => longest * CHAR_PX + GAP_PX;

  it('shows every label when they all fit, and otherwise labels at least a label’s width apart', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }), // buckets: days of a year, months...
        fc.integer({ min: 3, max: 12 }), // "5 Nov", "sept. 2026"
        fc.integer({ min: 120, max: 1600 }), // plot width, phone to wide screen
        (count, longest, width) => {
          const interval = labelInterval(count, longest, width);
          const apart = ((interval + 1) * width) / count;
          if (count * label(longest) <= width) expect(interval).toBe(0);
          else if (width >= label(longest)) expect(apart).toBeGreaterThanOrEqual(label(longest));
          // Every label shown is one of the buckets, the first one always.
          expect(interval).toBeGreaterThanOrEqual(0);
          expect(interval).toBeLessThan(Math.max(count, 1));
        },
      ),
    );
  });

  it('shows 5 to 7 of 30 days on a half-screen chart, and all 7 days of a week', () => {
    const shown = (count: number, interval: number) => Math.ceil(count / (interval + 1));
    expect(shown(30, labelInterval(30, 6, 400))).toBeGreaterThanOrEqual(5);
    expect(shown(30, labelInterval(30, 6, 400))).toBeLessThanOrEqual(7);
    expect(labelInterval(7, 6, 400)).toBe(0);
  });
});
