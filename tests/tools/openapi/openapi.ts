import type { HttpHandler } from 'msw';
import { CSV_EXPORTS } from '../../../mocks/domain/records/exports';
import { RESOURCE_SPECS } from '../../../mocks/domain/records/resources';
import { handlers } from '../../../mocks/handlers';
import { MASKED_CANDIDATE_FIELDS } from '../../../src/model/permissions';
import { STATS_NAMES } from '../../../src/model/stats-types';
import { API_ERROR_CODES, RESOURCES, type ResourceName } from '../../../src/model/types';
import { CUSTOM, type Operation, type Route } from './openapi-custom';
import { listVocabulary, pascalCase, resourceSchema, type Schema } from './openapi-schema';
import { STATS_COMPONENTS, statsOperation } from './openapi-stats';

/**
 * The API contract as an OpenAPI 3.1 document, generated from the mock's own route table (the MSW
 * handlers) and resource specs. `npm run openapi` writes docs/openapi.yaml; a test fails when the
 * committed file is stale or misses a route or a resource.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema) => ({ 'application/json': { schema } });
const schemaName = (resource: ResourceName) => pascalCase(resource);

const ERRORS: Record<string, string> = {
  '400': 'Bad parameter or malformed JSON (the message names the parameter)',
  '401': 'No, expired or revoked token',
  '403': 'Not allowed for this role',
  '404': 'Unknown, or outside the caller’s tenant; a path that is no route answers code unknown_route',
  '405': 'Read-only resource',
  '409': 'Stale version: `current` holds the stored record',
  '413': 'Body over 1 MB',
  '422': 'Validation: `errors` maps each field to its message',
  '429': 'Rate limited: wait `Retry-After` seconds',
};

function errors(codes: string[]): Record<string, unknown> {
  return Object.fromEntries(codes.map((code) => [code, { $ref: `#/components/responses/E${code}` }]));
}

/** The routes the mock serves: `{method, path}` with OpenAPI `{param}` segments, from `/api` on. */
export function mockRoutes(list: readonly HttpHandler[] = handlers): Route[] {
  return list.flatMap((handler) => {
    const { method, path } = handler.info as { method: unknown; path: unknown };
    if (typeof method !== 'string' || typeof path !== 'string' || path.endsWith('/*')) return [];
    const openApiPath = path.replace(/^\*\/api/, '').replace(/:(\w+)/g, '{$1}');
    return [{ method: method.toLowerCase(), path: openApiPath }];
  });
}

function crud(route: Route, resource: ResourceName): Operation | undefined {
  const name = schemaName(resource);
  const item = ref(name);
  const tags = [resource];
  const write = (status: string, summary: string, body?: Schema, type = 'application/json') => ({
    tags,
    summary,
    ...(body ? { requestBody: { required: true, content: { [type]: { schema: body } } } } : {}),
    responses: {
      [status]: { description: summary, content: json(item) },
      ...errors(['400', '401', '403', '404', '409', '413', '422']),
    },
  });
  const { filters, sorts, q } = listVocabulary(resource);
  switch (`${route.method} ${route.path.replace(`/${resource}`, '')}`) {
    case 'get ':
      return {
        tags,
        summary: `List ${resource} (a page; ra-data-simple-rest)`,
        parameters: [
          {
            name: 'filter',
            in: 'query',
            schema: { type: 'string' },
            description: `JSON object. Fields: ${filters.join(', ')}; suffixes _gte _lte _gt _lt _neq; arrays mean "in" (an \`id\` array is a page: capped like \`range\`); q = full text over ${q.join(', ') || 'nothing'}.${resource === 'candidates' ? ` A recruiter may neither filter, sort nor search on ${MASKED_CANDIDATE_FIELDS.join(', ')} (400): they are masked on profiles not unlocked. Nor filter or sort on ownerCompanyId (400), which reads null on the profiles their company does not own; source and consentAt read null there too, a filter on either matches it as read and a sort on either is 400.` : ''}`,
          },
          {
            name: 'sort',
            in: 'query',
            schema: { type: 'string' },
            description: `JSON ["field","ASC"|"DESC"]; fields: ${sorts.join(', ')}`,
          },
          {
            name: 'range',
            in: 'query',
            schema: { type: 'string' },
            description:
              'JSON [start,end], inclusive; at most 500 rows (30 for a recruiter’s candidate search)',
          },
        ],
        responses: {
          '200': {
            description: 'The page',
            headers: { 'Content-Range': { schema: { type: 'string', example: `${resource} 0-24/312` } } },
            content: json({ type: 'array', items: item }),
          },
          ...errors(['400', '401', '403', '429']),
        },
      };
    case 'get /{id}':
      return {
        tags,
        summary:
          resource === 'candidates'
            ? 'Read one candidate: a profile view, counted like a search (429 past a quota)'
            : `Read one ${resource} record`,
        responses: {
          '200': { description: 'The record', content: json(item) },
          ...errors(resource === 'candidates' ? ['401', '403', '404', '429'] : ['401', '403', '404']),
        },
      };
    case 'post ':
      return write('201', `Create (answers version 1)`, item);
    case 'put /{id}':
      return write('200', 'Replace with the whole record and its version', item);
    case 'patch /{id}':
      return write(
        '200',
        'Merge-patch: the changed fields and the version',
        { type: 'object', required: ['version'] },
        'application/merge-patch+json',
      );
    case 'delete /{id}':
      return {
        tags,
        summary: 'Delete (answers the deleted record)',
        responses: {
          '200': { description: 'Deleted', content: json(item) },
          ...errors(['401', '403', '404']),
        },
      };
    default:
      return undefined;
  }
}

/**
 * The names a named segment of a served path answers for, route by route: `{resource}` of the
 * generic CRUD every resource, `{name}` of /stats each statistic and of /exports each resource that
 * has a CSV export. The document lists these paths and no other.
 */
function namesOf(path: string): [segment: string, names: readonly string[]] | undefined {
  if (path.includes('{resource}')) return ['{resource}', RESOURCES];
  if (path.startsWith('/stats/{name}')) return ['{name}', STATS_NAMES];
  if (path.startsWith('/exports/{name}')) return ['{name}', CSV_EXPORTS];
  return undefined;
}

/** A documented route: its concrete path (ids stay `{id}`) and the served route it comes from. */
export interface DocumentedRoute extends Route {
  template: string;
}

/** The served routes as the document lists them, named segments expanded (see namesOf). */
export function documentedRoutes(routes: Route[] = mockRoutes()): DocumentedRoute[] {
  const out: DocumentedRoute[] = [];
  const seen = new Set<string>();
  for (const route of routes) {
    const names = namesOf(route.path);
    // An id segment ({id}, {candidateId}, ...) is any id; another named segment lists its names.
    if (!names && /\{(?!id\})(?!\w+Id\})\w+\}/.test(route.path))
      throw new Error(`openapi: say which names ${route.path} answers for (namesOf)`);
    const concrete = names
      ? names[1].map((name) => ({ method: route.method, path: route.path.replace(names[0], name) }))
      : [route];
    for (const r of concrete) {
      const key = `${r.method} ${r.path}`;
      if (seen.has(key)) continue; // a specific route registered first wins, as in MSW
      const resource = r.path.split('/')[1] as ResourceName;
      if (route.path.includes('{resource}') && RESOURCE_SPECS[resource]?.readOnly && r.method !== 'get')
        continue;
      seen.add(key);
      out.push({ ...r, template: route.path });
    }
  }
  return out;
}

function operation(route: DocumentedRoute): Operation {
  const stat = /^\/stats\/(.+)$/.exec(route.path)?.[1] as (typeof STATS_NAMES)[number] | undefined;
  const custom =
    stat && STATS_NAMES.includes(stat)
      ? statsOperation(stat)
      : (CUSTOM[`${route.method} ${route.path}`] ?? CUSTOM[`${route.method} ${route.template}`]);
  const resource = route.path.split('/')[1] as ResourceName;
  const generic = RESOURCES.includes(resource) ? crud(route, resource) : undefined;
  const op = custom ?? generic ?? { summary: 'See docs/api.md', responses: { '200': { description: 'OK' } } };
  const secured = !(route.method === 'post' && route.path === '/auth/login');
  return { ...(secured ? { security: [{ bearer: [] }] } : {}), ...op };
}

export function buildOpenApi(routes: Route[] = mockRoutes()): Record<string, unknown> {
  const paths: Record<string, Record<string, Operation>> = {};
  for (const route of documentedRoutes(routes)) {
    paths[route.path] ??= {};
    paths[route.path][route.method] = operation(route);
  }
  const schemas: Record<string, Schema> = {
    Error: {
      type: 'object',
      required: ['message'],
      description:
        'Messages are worded in the language of the request’s Accept-Language (fr or en; English by default), as the response’s Content-Language says. Clients branch on the status and on `code`, never on the words.',
      properties: {
        message: { type: 'string' },
        code: {
          type: 'string',
          enum: [...API_ERROR_CODES],
          description:
            'A stable reason for the refusals the app acts on: no_job_slot (422 on publishing), no_cv_credit (402 on unlocking), account_locked (401); unknown_route (404) for a path that is no route, unlike a 404 for a record',
        },
        errors: { type: 'object', additionalProperties: { type: 'string' } },
        current: { type: 'object', description: '409 only: the stored record' },
      },
    },
    StatsName: { type: 'string', enum: [...STATS_NAMES] },
    ...STATS_COMPONENTS,
  };
  for (const resource of RESOURCES) schemas[schemaName(resource)] = resourceSchema(resource);
  const responses = Object.fromEntries(
    Object.entries(ERRORS).map(([code, description]) => [
      `E${code}`,
      {
        description,
        ...(code === '429'
          ? { headers: { 'Retry-After': { schema: { type: 'integer', minimum: 1 } } } }
          : {}),
        content: json(ref('Error')),
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Turnover IT back-office API',
      version: '1.0.0',
      description:
        'Generated by tests/tools/openapi/openapi.ts from the reference mock (mocks/). Every response carries Cache-Control: no-store. The tenant comes from the token only. Error messages follow Accept-Language (fr or en). API Platform may answer 422 as violations[{propertyPath,message}] and errors as problem+json detail/title.',
    },
    servers: [{ url: '/api' }],
    paths,
    components: { schemas, responses, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
