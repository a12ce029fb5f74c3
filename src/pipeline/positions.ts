import type { Application } from '../model/types';

/**
 * From what the board shows to what the API wants. The API orders a whole (company, stage) column
 * while a filtered or partly loaded board shows a subset, in the same order: a drop at index i of
 * the visible cards means "just before the card shown there" (or just after the last one), which is
 * that neighbour's index in the full column once the moved card is taken out.
 */
type Card = Pick<Application, 'id' | 'stage' | 'position'>;

/** `shown`: the target column's cards in display order (may include the moved card itself). */
export function serverPosition(shown: readonly Card[], moved: Card, toIndex: number): number {
  const others = shown.filter((card) => card.id !== moved.id);
  if (others.length === 0) return 0;
  const indexOf = (card: Card) =>
    card.position - (card.stage === moved.stage && moved.position < card.position ? 1 : 0);
  if (toIndex < others.length) return indexOf(others[Math.max(0, toIndex)]);
  return indexOf(others[others.length - 1]) + 1;
}

/** The visible lists after a move, for the optimistic board: out of one, into the other at index. */
export function moveBetween<T extends Card>(
  source: readonly T[],
  target: readonly T[],
  moved: T,
  toIndex: number,
): { source: T[]; target: T[] } {
  const without = (list: readonly T[]) => list.filter((card) => card.id !== moved.id);
  const into = source === target ? without(source) : without(target);
  const at = Math.min(Math.max(toIndex, 0), into.length);
  const next = [...into.slice(0, at), moved, ...into.slice(at)];
  return { source: source === target ? next : without(source), target: next };
}
