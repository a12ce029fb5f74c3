import { describe, expect, it } from 'vitest';
import { CHAR_PX, GAP_PX } from '../../src/common/charts/labelInterval';
import { categoryTickLayout } from '../../src/common/charts/tickLayout';

/** How a category axis keeps its labels apart (the browser suite checks the drawn result). */
describe('category axis labels', () => {
  const STAGES = ['New', 'Screening', 'Interview', 'Offer'];

  it('stay on one line when each fits its slot', () => {
    const layout = categoryTickLayout(STAGES, 9 * CHAR_PX + GAP_PX);
    expect(layout.kind).toBe('lines');
    if (layout.kind !== 'lines') return;
    expect(STAGES.map((label) => layout.lines.get(label))).toEqual(STAGES.map((label) => [label]));
    expect(layout.height).toBe(30);
  });

  it('are cut between words onto lines no wider than their slot, and the axis grows by a line each', () => {
    const reasons = ['Not enough experience', 'Position filled', 'Other'];
    const layout = categoryTickLayout(reasons, 10 * CHAR_PX + GAP_PX);
    expect(layout.kind).toBe('lines');
    if (layout.kind !== 'lines') return;
    expect(layout.lines.get('Not enough experience')).toEqual(['Not enough', 'experience']);
    expect(layout.lines.get('Position filled')).toEqual(['Position', 'filled']);
    expect(layout.lines.get('Other')).toEqual(['Other']);
    expect(layout.height).toBe(30 + 14);
  });

  it('are slanted when a word is wider than its slot or a label needs more than three lines', () => {
    expect(categoryTickLayout(['Présélection', 'Entretien'], 6 * CHAR_PX + GAP_PX).kind).toBe('slanted');
    expect(categoryTickLayout(['a b c d'], 1 * CHAR_PX + GAP_PX).kind).toBe('slanted');
    const short = categoryTickLayout(['Screening', 'Offer'], 3 * CHAR_PX + GAP_PX);
    const long = categoryTickLayout(['Profile does not match the role', 'Other'], 3 * CHAR_PX + GAP_PX);
    const longer = categoryTickLayout(
      ['Profile does not match the role at all, really', 'Other'],
      3 * CHAR_PX + GAP_PX,
    );
    // Taller for longer labels, up to the longest shown whole (longer ones are cut with "…").
    expect(long.height).toBeGreaterThan(short.height);
    expect(longer.height).toBe(long.height);
  });
});
