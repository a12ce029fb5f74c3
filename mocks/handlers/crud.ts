import type { ResourceName } from '../../src/model/types';
import { ApiError } from '../domain/api/errors';
import { msg } from '../domain/api/translate';
import { countsAsList, listRecords, readRecord } from '../domain/records/reads';
import { isResource } from '../domain/records/resources';
import { createRecord, deleteRecord, updateRecord } from '../domain/records/writes';
import { ok, type RouteContext, recordId, route } from './http';

/**
 * The generic ra-data-simple-rest CRUD for every resource of src/model/types.ts RESOURCES. Registered
 * last: specific routes (custom endpoints) come first in mocks/handlers/index.ts.
 */
function resourceOf({ params }: RouteContext): ResourceName {
  // No such resource is no such route: the same code as the catch-all's 404.
  if (!isResource(params.resource))
    throw new ApiError(404, msg('unknown_resource', { resource: params.resource }), {
      code: 'unknown_route',
    });
  return params.resource;
}

export const crudHandlers = [
  route(
    'get',
    '/api/:resource',
    (ctx) => {
      const resource = resourceOf(ctx);
      const { rows, total, start } = listRecords(ctx.state, ctx.user, resource, ctx.query);
      const span = rows.length > 0 ? `${start}-${start + rows.length - 1}` : '*';
      return ok(rows, 200, { 'Content-Range': `${resource} ${span}/${total}` });
    },
    { list: true },
  ),
  route(
    'get',
    '/api/:resource/:id',
    (ctx) => ok(readRecord(ctx.state, ctx.user, resourceOf(ctx), recordId(ctx))),
    { list: ({ params }) => countsAsList(params.resource, 'read') },
  ),
  route('post', '/api/:resource', (ctx) =>
    ok(createRecord(ctx.state, ctx.user, resourceOf(ctx), ctx.body), 201),
  ),
  route(
    'put',
    '/api/:resource/:id',
    (ctx) => ok(updateRecord(ctx.state, ctx.user, resourceOf(ctx), recordId(ctx), ctx.body, 'put')),
    { list: ({ params }) => countsAsList(params.resource, 'edit') },
  ),
  route(
    'patch',
    '/api/:resource/:id',
    (ctx) => ok(updateRecord(ctx.state, ctx.user, resourceOf(ctx), recordId(ctx), ctx.body, 'patch')),
    { list: ({ params }) => countsAsList(params.resource, 'edit') },
  ),
  route('delete', '/api/:resource/:id', (ctx) =>
    ok(deleteRecord(ctx.state, ctx.user, resourceOf(ctx), recordId(ctx))),
  ),
];
