import { findDuplicates } from '../domain/candidate-duplicates';
import { exportCandidatesCsv } from '../domain/candidate-export';
import { importCandidates } from '../domain/candidate-import';
import { mergeCandidates } from '../domain/candidate-merge';
import { ok, route } from './http';

/**
 * Candidates beyond CRUD: duplicate check, all-or-nothing CSV import, merge of a duplicate, and the
 * server-side CSV export. Registered before the generic CRUD (`/candidates/duplicates` is not an id).
 */
export const candidateImportHandlers = [
  route(
    'get',
    '/api/candidates/duplicates',
    ({ state, user, query }) =>
      ok(
        findDuplicates(state, user, {
          email: query.get('email'),
          phone: query.get('phone'),
          linkedinUrl: query.get('linkedinUrl'),
        }),
      ),
    { list: true },
  ),
  route('post', '/api/candidates/import', ({ state, user, body }) =>
    ok(importCandidates(state, user, body), 201),
  ),
  route('post', '/api/candidates/:id/merge', ({ state, user, params, body }) =>
    ok(mergeCandidates(state, user, Number(params.id), body)),
  ),
  route(
    'get',
    '/api/exports/candidates',
    ({ state, user, query }) => {
      const { total, stream } = exportCandidatesCsv(state, user, query);
      return ok(stream, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="candidates.csv"',
        'X-Total-Count': String(total),
        'Access-Control-Expose-Headers': 'X-Total-Count, Content-Range',
      });
    },
    { list: true },
  ),
];
