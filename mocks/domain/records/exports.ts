import { CSV_COLUMNS, csvColumns, csvHeader, csvLine, exportScope } from '../../../src/model/csv';
import { RESOURCES, type ResourceName, type User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { audit } from '../accounts/audit';
import { forbidden, notFound } from '../api/errors';
import { msg } from '../api/translate';
import { listRecords, readsOf } from './reads';

/**
 * GET /exports/{resource}?filter=&sort=: every record matching the list's filter, as CSV, with the
 * role's allow-list of columns and the app's neutralisation of formula cells. The rows stream in
 * chunks behind an `X-Total-Count`, so a client shows progress and no export is capped at a page.
 * Recruiters export candidate profiles they see in full only: the 30-row cap of the database
 * search must not be bypassed by an export. Every export is audited: HR data leaving the system
 * is traceable (who, what, which filter, how many rows; never the rows themselves).
 */
const CHUNK_ROWS = 1_000;

export interface CsvExport {
  total: number;
  stream: ReadableStream<Uint8Array>;
}

/** The resources with a CSV export: GET /exports/{name} answers for these and no other name. */
export const CSV_EXPORTS: readonly ResourceName[] = RESOURCES.filter((resource) => CSV_COLUMNS[resource]);

const isExportable = (name: string): name is ResourceName =>
  (CSV_EXPORTS as readonly string[]).includes(name);

/** The filter narrowed to the role's export scope (a malformed one stays as sent). */
function narrowTo(params: URLSearchParams, scope: Record<string, unknown>): void {
  let filter: unknown;
  try {
    filter = JSON.parse(params.get('filter') || '{}');
  } catch {
    return; // listRecords answers the 400 naming the parameter
  }
  if (filter && typeof filter === 'object' && !Array.isArray(filter))
    params.set('filter', JSON.stringify({ ...filter, ...scope }));
}

/**
 * The filter as the caller sent it (listRecords has already refused a malformed one) and the row
 * count, in the `changes` shape: nothing before, this after.
 */
function auditExport(
  state: MockState,
  user: User,
  resource: ResourceName,
  query: URLSearchParams,
  rows: number,
): void {
  const filter = JSON.parse(query.get('filter') || '{}') as Record<string, unknown>;
  audit(state, user, {
    action: 'export',
    resource,
    recordId: null,
    changes: { filter: [null, filter], rows: [null, rows] },
  });
}

export function exportCsv(state: MockState, user: User, resource: string, query: URLSearchParams): CsvExport {
  if (!isExportable(resource)) throw notFound(msg('no_csv_export', { resource }));
  const columns = csvColumns(resource, user.role);
  if (columns.length === 0) throw forbidden(msg('not_allowed_action', { action: 'export', resource }));
  const params = new URLSearchParams(query);
  const scope = exportScope(resource, user.role);
  if (scope) narrowTo(params, scope);
  const size = Math.max(1, state.tables[resource].size);
  params.set('range', JSON.stringify([0, size - 1]));
  const { rows, total } = listRecords(state, user, resource, params, { maxRows: size });
  auditExport(state, user, resource, query, total);
  readsOf(state, user, resource).exported?.(rows);
  const encoder = new TextEncoder();
  let next = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${csvHeader(columns)}\r\n`));
    },
    pull(controller) {
      const chunk = rows.slice(next, next + CHUNK_ROWS);
      next += chunk.length;
      if (chunk.length > 0)
        controller.enqueue(encoder.encode(`${chunk.map((row) => csvLine(row, columns)).join('\r\n')}\r\n`));
      if (next >= rows.length) controller.close();
    },
  });
  return { total, stream };
}
