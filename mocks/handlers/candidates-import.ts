import { findDuplicates } from '../domain/candidates/duplicates';
import { importCandidates } from '../domain/candidates/import';
import { mergeCandidates } from '../domain/candidates/merge';
import { ok, recordId, route } from './http';

/**
 * Candidates beyond CRUD: duplicate check, all-or-nothing CSV import, merge of a duplicate. Registered before the generic CRUD (`/candidates/duplicates` is not an id).
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
    ok(mergeCandidates(state, user, recordId({ params }), body)),
  ),
];
