import { csvColumns, csvHeader, csvLine } from '../../src/common/csv';
import type { User } from '../../src/types';
import type { MockState } from '../db/store';
import { forbidden } from './errors';
import { listRecords } from './records';

/**
 * GET /exports/candidates?filter=&sort=: every candidate matching the list's filter, as CSV, with
 * the role's allow-list of columns and the same neutralisation as the app's exporter. Recruiters
 * export the profiles they see in full only: the 30-row cap of the database search must not be
 * bypassed by an export.
 */
const CHUNK_ROWS = 1_000;

export interface CandidateExport {
  total: number;
  stream: ReadableStream<Uint8Array>;
}

export function exportCandidatesCsv(state: MockState, user: User, query: URLSearchParams): CandidateExport {
  const columns = csvColumns('candidates', user.role);
  if (columns.length === 0) throw forbidden('Not allowed: export candidates');
  const params = new URLSearchParams(query);
  if (user.role === 'recruiter') {
    let filter: unknown = {};
    try {
      filter = JSON.parse(params.get('filter') || '{}');
    } catch {
      filter = null; // listRecords answers the 400 naming the parameter
    }
    if (filter && typeof filter === 'object' && !Array.isArray(filter))
      params.set('filter', JSON.stringify({ ...filter, contactMasked: false }));
  }
  const size = Math.max(1, state.tables.candidates.size);
  params.set('range', JSON.stringify([0, size - 1]));
  const { rows, total } = listRecords(state, user, 'candidates', params, { maxRows: size });
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
