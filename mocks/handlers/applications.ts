import { moveApplication } from '../domain/pipeline/move';
import { candidateNameSearch } from '../domain/pipeline/search';
import { listRecords } from '../domain/records/reads';
import { ok, recordId, route } from './http';

/**
 * The pipeline's endpoints (issue 5): the move, which moves a card and re-indexes both columns in
 * one call, and the list's `q`, which searches the candidate's name.
 */
export const applicationHandlers = [
  route('post', '/api/applications/:id/move', (ctx) =>
    ok(moveApplication(ctx.state, ctx.user, recordId(ctx), ctx.body)),
  ),
  route(
    'get',
    '/api/applications',
    (ctx) => {
      const search = candidateNameSearch(ctx.state, ctx.query);
      const { rows, total, start } = listRecords(
        ctx.state,
        ctx.user,
        'applications',
        search?.params ?? ctx.query,
        {
          where: search?.where,
        },
      );
      const span = rows.length > 0 ? `${start}-${start + rows.length - 1}` : '*';
      return ok(rows, 200, { 'Content-Range': `applications ${span}/${total}` });
    },
    { list: true },
  ),
];
