import type { Identifier, Stage } from '../../../src/model/types';

/**
 * The pipeline's ordering rule, pure: a column is the applications of one (companyId, stage), with
 * positions 0..n-1, top first. A move takes a card out of its column and inserts it at an index of
 * the target column; both columns are then renumbered from 0, so whatever gaps or duplicates a
 * column held (an old PUT, a concurrent write) are repaired by the next move.
 */
export interface Placed {
  id: Identifier;
  stage: Stage;
  position: number;
}

export interface Move {
  id: Identifier;
  toStage: Stage;
  /** Index in the target column once the card is out of its own; clamped to [0, length]. */
  toPosition: number;
}

export interface MovePlan {
  /** Where the card ends, after clamping. */
  position: number;
  /** Ids of the target column, in their new order (the card included): position = index. */
  target: Identifier[];
  /** Ids left in the source column, in order; null when the card stays in its column. */
  source: Identifier[] | null;
}

const byPosition = (a: Placed, b: Placed): number => a.position - b.position || a.id - b.id;

/** Ids of a column in display order (position, then id for ties). */
export function columnOrder(column: readonly Placed[]): Identifier[] {
  return [...column].sort(byPosition).map((card) => card.id);
}

/**
 * Plans a move. `source` is the card's current column (it must hold the card); `target` is the
 * column of `move.toStage` (ignored when that is the card's own stage).
 */
export function planMove(source: readonly Placed[], target: readonly Placed[], move: Move): MovePlan {
  const card = source.find((c) => c.id === move.id);
  if (!card) throw new Error(`card ${move.id} is not in its source column`);
  const sameColumn = card.stage === move.toStage;
  const remaining = columnOrder(source).filter((id) => id !== move.id);
  const into = sameColumn ? remaining : columnOrder(target).filter((id) => id !== move.id);
  const wanted = Number.isFinite(move.toPosition) ? Math.trunc(move.toPosition) : into.length;
  const position = Math.min(Math.max(wanted, 0), into.length);
  const ordered = [...into.slice(0, position), move.id, ...into.slice(position)];
  return { position, target: ordered, source: sameColumn ? null : remaining };
}

/** The new position of every id of a plan, for the rows whose position must change. */
export function positionsOf(plan: MovePlan): Map<Identifier, number> {
  const positions = new Map<Identifier, number>();
  plan.source?.forEach((id, index) => {
    positions.set(id, index);
  });
  plan.target.forEach((id, index) => {
    positions.set(id, index);
  });
  return positions;
}
