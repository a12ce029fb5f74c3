/**
 * Pure helpers of the 409 conflict flow: what the user changed, where it disagrees with the stored
 * record, and what "keep mine" sends (their record with only my edits on top, at their version).
 */
export type Values = Record<string, unknown>;

export interface FieldConflict {
  field: string;
  mine: unknown;
  theirs: unknown;
  /** True when the user edited this field (false: only the other person changed it). */
  editedByMe: boolean;
}

const IGNORED = new Set(['id', 'version']);

export const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Fields whose value the user changed from the record the form was loaded with. */
export function editedFields(mine: Values, base: Values): string[] {
  return Object.keys(mine).filter((field) => !IGNORED.has(field) && !sameValue(mine[field], base[field]));
}

/** Field by field, where the user's values and the stored record disagree. */
export function conflictRows(mine: Values, base: Values, theirs: Values): FieldConflict[] {
  const edited = new Set(editedFields(mine, base));
  const changedByThem = Object.keys(theirs).filter(
    (field) => !IGNORED.has(field) && !sameValue(theirs[field], base[field]),
  );
  const fields = [...new Set([...edited, ...changedByThem])];
  return fields
    .filter((field) => !sameValue(mine[field], theirs[field]))
    .map((field) => ({ field, mine: mine[field], theirs: theirs[field], editedByMe: edited.has(field) }));
}

/** "Keep mine": the stored record, my edits on top, retried against the stored version. */
export function keepMinePayload(mine: Values, base: Values, theirs: Values): Values {
  const payload: Values = { ...theirs };
  for (const field of editedFields(mine, base)) payload[field] = mine[field];
  payload.version = theirs.version;
  return payload;
}
