import type { Application, Stage } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { companyRows } from '../records/indexes';
import { planMove, positionsOf } from './order';

/**
 * The pipeline's columns as stored: one company's applications at one stage, positions unique in
 * each. Every write that places a card (create, a PUT or PATCH of stage or position, the move) goes
 * through placeInColumn, which renumbers the columns the card leaves and enters. A card renumbered
 * that way has changed: its version goes up, so a write based on what it was is a 409.
 */
type Card = Pick<Application, 'id' | 'companyId' | 'stage' | 'position'>;

// Per stored card, the versions that differ from its current one by renumberings alone:
// versions from..to-1 were the same card at another position. A write that replaces the card
// (Table.replace keeps the object) moves its version past `to`, which ends the span.
const renumberedOnly = new WeakMap<object, { from: number; to: number }>();

function renumber(row: Application, position: number): void {
  const span = renumberedOnly.get(row);
  const from = span && span.to === row.version ? span.from : row.version;
  row.position = position;
  row.version += 1;
  renumberedOnly.set(row, { from, to: row.version });
}

/**
 * Places `card` in the column of its stage at its position (clamped to the column), coming from the
 * column of `fromStage` (undefined for a new card), and renumbers every other card of both columns
 * whose position changes. Returns the card's position; the caller stores the card itself.
 */
export function placeInColumn(state: MockState, card: Card, fromStage?: Stage): number {
  const company = companyRows(state.tables.applications, card.companyId) as Application[];
  const columnOf = (stage: Stage) => company.filter((row) => row.stage === stage && row.id !== card.id);
  // The card as planMove expects it: in its source column (a new one, last of its own column).
  const source = [
    ...columnOf(fromStage ?? card.stage),
    { id: card.id, stage: fromStage ?? card.stage, position: Number.MAX_SAFE_INTEGER },
  ];
  const target = fromStage === undefined || fromStage === card.stage ? [] : columnOf(card.stage);
  const plan = planMove(source, target, { id: card.id, toStage: card.stage, toPosition: card.position });
  for (const [id, position] of positionsOf(plan)) {
    const row = state.tables.applications.get(id);
    if (row && id !== card.id && row.position !== position) renumber(row, position);
  }
  return plan.position;
}

/** Whether the card's versions since `version` all come from renumberings (none from an edit). */
function renumberedOnlySince(card: object & { version: number }, version: number): boolean {
  const span = renumberedOnly.get(card);
  return span !== undefined && span.to === card.version && version >= span.from && version < span.to;
}

/**
 * Whether a move sent with `version` was decided on the card as it is: the same version, or one
 * that only renumberings have moved on since. The move is planned against the column as it is now,
 * so a colleague's move shifting the card by one is no conflict; any other change of the card is.
 */
export function movedFromCurrent(card: Application, version: number): boolean {
  return version === card.version || renumberedOnlySince(card, version);
}

/**
 * Whether a PUT or PATCH sent with an old `version` may still apply: to an application whose
 * versions since are renumberings only, changing neither its stage nor its position (a rating
 * given while a colleague's move shifted the card). A write that would put back an old position,
 * as a stale PUT does, stays a 409.
 */
export function staleOnlyByRenumbering(
  resource: string,
  stored: object & { version: number },
  version: number,
  changed: readonly string[],
): boolean {
  return (
    resource === 'applications' &&
    !changed.includes('stage') &&
    !changed.includes('position') &&
    renumberedOnlySince(stored, version)
  );
}
