import { exportCsv } from '../domain/records/exports';
import { ok, route } from './http';

/** GET /api/exports/{name} (a list resource): the server-side CSV export of a whole filtered list, streamed. */
export const exportHandlers = [
  route(
    'get',
    '/api/exports/:name',
    ({ state, user, params, query }) => {
      const { total, stream } = exportCsv(state, user, params.name, query);
      return ok(stream, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${params.name}.csv"`,
        'X-Total-Count': String(total),
        'Access-Control-Expose-Headers': 'X-Total-Count, Content-Range',
      });
    },
    { list: true },
  ),
];
