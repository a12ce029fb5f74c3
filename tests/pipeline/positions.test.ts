import { describe, expect, it } from 'vitest';
import type { Stage } from '../../src/model/types';
import { moveBetween, serverPosition } from '../../src/pipeline/positions';

/** What a drop on a filtered or partly loaded board asks the API for. */
const card = (id: number, stage: Stage, position: number) => ({ id, stage, position });

describe('serverPosition', () => {
  // The board shows 3 of the screening column's cards (a filter hides the others).
  const shown = [card(10, 'screening', 2), card(11, 'screening', 5), card(12, 'screening', 9)];

  it('drops before a shown card at that card position, from another column', () => {
    expect(serverPosition(shown, card(1, 'new', 0), 1)).toBe(5);
    expect(serverPosition(shown, card(1, 'new', 0), 0)).toBe(2);
  });

  it('drops after the last shown card', () => {
    expect(serverPosition(shown, card(1, 'new', 0), 3)).toBe(10);
  });

  it('accounts for the card leaving its own column when it moves down', () => {
    // Card 10 (position 2) dropped between 11 and 12: once 10 is out, 12 is at 8.
    expect(serverPosition(shown, shown[0], 1)).toBe(8);
    expect(serverPosition(shown, shown[0], 2)).toBe(9); // after 12
    expect(serverPosition(shown, shown[2], 0)).toBe(2); // moving up: no shift
  });

  it('puts a card dropped in an empty column at the top', () => {
    expect(serverPosition([], card(1, 'new', 3), 4)).toBe(0);
  });
});

describe('moveBetween', () => {
  it('takes the card out of one list and into the other at the index', () => {
    const a = [card(1, 'new', 0), card(2, 'new', 1)];
    const b = [card(3, 'screening', 0)];
    const moved = { ...a[0], stage: 'screening' as Stage };
    expect(moveBetween(a, b, moved, 1)).toEqual({ source: [a[1]], target: [b[0], moved] });
  });

  it('reorders within one list', () => {
    const a = [card(1, 'new', 0), card(2, 'new', 1), card(3, 'new', 2)];
    const { source, target } = moveBetween(a, a, a[0], 2);
    expect(target.map((c) => c.id)).toEqual([2, 3, 1]);
    expect(source).toBe(target);
  });
});
