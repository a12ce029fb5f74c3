import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnOrder, type Placed, planMove, positionsOf } from '../../mocks/domain/pipeline/order';
import type { Stage } from '../../src/model/types';

/** The pure re-index of mocks/domain/pipeline/order.ts: where a card lands and how both columns renumber. */
const column = (stage: Stage, ids: number[]): Placed[] =>
  ids.map((id, position) => ({ id, stage, position }));
const NEW = column('new', [1, 2, 3, 4]);
const SCREENING = column('screening', [10, 11, 12]);

describe('planMove across columns', () => {
  it('inserts at the top and renumbers both columns from 0', () => {
    const plan = planMove(NEW, SCREENING, { id: 2, toStage: 'screening', toPosition: 0 });
    expect(plan).toEqual({ position: 0, target: [2, 10, 11, 12], source: [1, 3, 4] });
    expect([...positionsOf(plan)]).toEqual([
      [1, 0],
      [3, 1],
      [4, 2],
      [2, 0],
      [10, 1],
      [11, 2],
      [12, 3],
    ]);
  });

  it('inserts in the middle and at the bottom', () => {
    expect(planMove(NEW, SCREENING, { id: 1, toStage: 'screening', toPosition: 2 }).target).toEqual([
      10, 11, 1, 12,
    ]);
    expect(planMove(NEW, SCREENING, { id: 1, toStage: 'screening', toPosition: 3 }).target).toEqual([
      10, 11, 12, 1,
    ]);
  });

  it('clamps a position beyond the end to the end, and a negative one to the top', () => {
    const far = planMove(NEW, SCREENING, { id: 4, toStage: 'screening', toPosition: 999 });
    expect(far.position).toBe(3);
    expect(far.target.at(-1)).toBe(4);
    expect(planMove(NEW, SCREENING, { id: 4, toStage: 'screening', toPosition: -5 }).position).toBe(0);
  });

  it('moves into an empty column and empties the source', () => {
    const plan = planMove(column('offer', [7]), [], { id: 7, toStage: 'hired', toPosition: 4 });
    expect(plan).toEqual({ position: 0, target: [7], source: [] });
  });
});

describe('planMove within a column', () => {
  it('moves a card down: the cards it passes go up by one', () => {
    const plan = planMove(NEW, NEW, { id: 1, toStage: 'new', toPosition: 2 });
    expect(plan).toEqual({ position: 2, target: [2, 3, 1, 4], source: null });
  });

  it('moves a card up to the top', () => {
    expect(planMove(NEW, NEW, { id: 4, toStage: 'new', toPosition: 0 }).target).toEqual([4, 1, 2, 3]);
  });

  it('keeps the order when the card is dropped where it was', () => {
    const plan = planMove(NEW, NEW, { id: 3, toStage: 'new', toPosition: 2 });
    expect(plan.target).toEqual([1, 2, 3, 4]);
    expect(plan.position).toBe(2);
  });

  it('repairs gaps and duplicate positions (ties broken by id)', () => {
    const broken: Placed[] = [
      { id: 5, stage: 'new', position: 9 },
      { id: 3, stage: 'new', position: 2 },
      { id: 1, stage: 'new', position: 2 },
    ];
    expect(columnOrder(broken)).toEqual([1, 3, 5]);
    const plan = planMove(broken, broken, { id: 5, toStage: 'new', toPosition: 1 });
    expect([...positionsOf(plan)]).toEqual([
      [1, 0],
      [5, 1],
      [3, 2],
    ]);
  });

  it('refuses a card that is not in its source column', () => {
    expect(() => planMove(NEW, SCREENING, { id: 10, toStage: 'new', toPosition: 0 })).toThrow();
  });
});

describe('planMove invariants', () => {
  it('always leaves both columns numbered 0..n-1 with every card exactly once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        fc.nat(20),
        fc.integer({ min: -3, max: 20 }),
        fc.boolean(),
        (sourceSize, targetSize, pick, toPosition, same) => {
          const source = column(
            'new',
            Array.from({ length: sourceSize }, (_, i) => i + 1),
          );
          const target = column(
            'interview',
            Array.from({ length: targetSize }, (_, i) => 100 + i),
          );
          const id = source[pick % sourceSize].id;
          const toStage: Stage = same ? 'new' : 'interview';
          const plan = planMove(source, target, { id, toStage, toPosition });
          const expectedTarget = same ? sourceSize : targetSize + 1;
          expect(plan.target).toHaveLength(expectedTarget);
          expect(new Set(plan.target).size).toBe(expectedTarget);
          expect(plan.target[plan.position]).toBe(id);
          expect(plan.position).toBe(Math.min(Math.max(toPosition, 0), expectedTarget - 1));
          if (!same) expect(plan.source).toEqual(source.map((c) => c.id).filter((x) => x !== id));
        },
      ),
    );
  });
});
