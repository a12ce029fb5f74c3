import type { Candidate, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { assertCan } from '../accounts/permissions';
import { ApiError, badRequest } from '../api/errors';
import { type FieldErrors, msg } from '../api/translate';
import { defaultsFor } from '../records/defaults';
import { fieldSpec } from '../records/resources';
import { validate } from '../records/validation';
import { createRecord } from '../records/writes';
import { identityIndex, readableInFull } from './duplicates';

/**
 * POST /candidates/import {rows}: every row is checked first (fields, business rules, duplicates
 * against the base and within the file); one bad row refuses the whole import with a 422 whose
 * `errors` are keyed `rows.{index}.{field}`, so nothing is ever half-imported.
 */
export const MAX_IMPORT_ROWS = 5_000;

type Row = Record<string, unknown>;

function writableFields(row: Row): Row {
  return Object.fromEntries(
    Object.entries(row).filter(([key, value]) => {
      const spec = fieldSpec('candidates', key);
      return spec !== undefined && !spec.owned && value !== undefined && key !== 'id';
    }),
  );
}

export function checkImportRows(state: MockState, user: User, rows: Row[]): FieldErrors {
  const now = new Date(state.clock.now()).toISOString();
  const errors: FieldErrors = {};
  const seen = new Map<string, number>();
  // Only a profile the importer reads in full may be named: a masked one would answer "who holds this email".
  const existingId = identityIndex(state, readableInFull(state, user));
  rows.forEach((raw, index) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      errors[`rows.${index}`] = msg('object');
      return;
    }
    const record: Row = {
      ...defaultsFor('candidates', user, raw, now),
      ...writableFields(raw),
      source: raw.source ?? 'import',
    };
    for (const [field, message] of Object.entries(validate('candidates', record, { now: state.clock.now() })))
      errors[`rows.${index}.${field}`] = message;
    const email = typeof record.email === 'string' ? record.email.trim().toLowerCase() : '';
    const row = seen.get(email);
    if (row !== undefined) errors[`rows.${index}.email`] ??= msg('import_same_email', { row });
    if (email) seen.set(email, index);
    const existing = existingId(record);
    if (existing !== undefined) errors[`rows.${index}.email`] ??= msg('import_existing', { id: existing });
  });
  return errors;
}

export function importCandidates(
  state: MockState,
  user: User,
  body: unknown,
): { created: number; ids: number[] } {
  assertCan(user, 'candidates', 'create');
  const rows = (body as { rows?: unknown } | undefined)?.rows;
  if (!Array.isArray(rows) || rows.length === 0) throw badRequest(msg('import_rows_required'));
  if (rows.length > MAX_IMPORT_ROWS) throw badRequest(msg('import_too_many_rows', { max: MAX_IMPORT_ROWS }));
  const errors = checkImportRows(state, user, rows as Row[]);
  const invalidRows = new Set(Object.keys(errors).map((key) => key.split('.')[1]));
  if (invalidRows.size > 0)
    throw new ApiError(422, msg('import_refused', { count: invalidRows.size }), { errors });
  const ids = (rows as Row[]).map(
    (row) =>
      (
        createRecord(state, user, 'candidates', {
          ...writableFields(row),
          source: row.source ?? 'import',
        }) as unknown as Candidate
      ).id,
  );
  return { created: ids.length, ids };
}
