import type { ResourceName, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { assertCan, scopeOf, tenantOf } from '../accounts/permissions';
import { notFound } from '../api/errors';
import { msg } from '../api/translate';
import { CANDIDATE_QUOTA_CALLS, candidateDatabaseReads } from '../candidates/database';
import { withMatchScore } from '../matching/application-score';
import { companyRows } from './indexes';
import { MAX_PAGE, type Predicate, parseListQuery, parseSort, runQuery, textPredicate } from './query';
import { type CallerReads, type RecordCall, readAsStored } from './read-policy';
import { RESOURCE_SPECS, searchFields } from './resources';

/** Reads: lists with tenant scope, masking and page caps; one record with 404 outside the tenant. */
type Row = { id: number } & Record<string, unknown>;

/** The resources with rules of their own about reading; the others read as stored. */
const READ_POLICIES: Partial<Record<ResourceName, (state: MockState, user: User) => CallerReads>> = {
  candidates: candidateDatabaseReads,
  applications: (state, user) => ({
    ...readAsStored(user, 'applications'),
    view: (rows) => rows.map((row) => withMatchScore(state, user, row as never) as unknown as Row),
  }),
};

/**
 * The calls on one record that count against the list quota, per resource with a quota of its own
 * (a list always counts); the other resources' single reads and edits are free.
 */
const QUOTA_CALLS: Partial<Record<ResourceName, ReadonlySet<RecordCall>>> = {
  candidates: CANDIDATE_QUOTA_CALLS,
};

/** Whether this call on one record of `resource` (any name a path gives) counts like a search. */
export function countsAsList(resource: string, call: RecordCall): boolean {
  return Object.hasOwn(QUOTA_CALLS, resource) && QUOTA_CALLS[resource as ResourceName]?.has(call) === true;
}

/** How this caller reads `resource`: build it once per request. */
export function readsOf(state: MockState, user: User, resource: ResourceName): CallerReads {
  return READ_POLICIES[resource]?.(state, user) ?? readAsStored(user, resource);
}

export function rowsOf(state: MockState, resource: ResourceName): readonly Row[] {
  return state.tables[resource].rows as unknown as Row[];
}

export function getRow(state: MockState, resource: ResourceName, id: number): Row | undefined {
  return state.tables[resource].get(id) as Row | undefined;
}

export interface ListResult {
  rows: Row[];
  total: number;
  start: number;
}

export function listRecords(
  state: MockState,
  user: User,
  resource: ResourceName,
  params: URLSearchParams,
  /**
   * maxRows: a larger page for server-side exports, which stream instead of paging; where: an extra
   * condition from a specific route (applications searched by their candidate's name).
   */
  options: { maxRows?: number; where?: Predicate } = {},
): ListResult {
  assertCan(user, resource, 'list');
  const reads = readsOf(state, user, resource);
  const extra: Record<string, unknown> = {};
  const query = parseListQuery(
    resource,
    params,
    { maxPage: options.maxRows ?? reads.maxPage ?? MAX_PAGE, virtual: reads.virtual, hidden: reads.hidden },
    extra,
  );
  const scope = scopeOf(user, resource);
  const predicates: Predicate[] = [...query.predicates];
  if (options.where) predicates.push(options.where);
  if (reads.predicates) predicates.push(...reads.predicates(query.words, extra));
  else if (query.words.length > 0) predicates.push(textPredicate(searchFields(resource), query.words));
  const tenant =
    tenantOf(user, resource) ?? (RESOURCE_SPECS[resource].companyScoped ? query.companyId : undefined);
  let rows: readonly Row[];
  if (query.ids) {
    // getMany: read the ids directly instead of scanning the table.
    const ids = [...new Set(query.ids)].sort((a, b) => a - b);
    rows = ids.map((id) => getRow(state, resource, id)).filter((row): row is Row => row !== undefined);
  } else if (tenant !== undefined) {
    rows = companyRows(state.tables[resource] as unknown as { rows: Row[] }, tenant);
  } else {
    rows = rowsOf(state, resource);
  }
  const page = runQuery(rows, { ...query, predicates }, scope);
  reads.shown(page.rows, { byId: query.ids !== undefined, start: query.range[0] });
  return { rows: reads.view(page.rows as Row[]), total: page.total, start: query.range[0] };
}

/**
 * A list's `filter` and sort checked as this caller's list call of `resource` checks them, without
 * running anything (a saved view's): 403 when the role may not list it, then the list's own parse,
 * with the caller's masked fields and the resource's own filters; the same 400s, naming the key.
 */
export function checkListQuery(
  state: MockState,
  user: User,
  resource: ResourceName,
  query: { filter?: unknown; sort?: { field: string; order: string } | null },
): void {
  assertCan(user, resource, 'list');
  const reads = readsOf(state, user, resource);
  if (query.filter !== undefined) {
    const extra: Record<string, unknown> = {};
    const params = new URLSearchParams({ filter: JSON.stringify(query.filter ?? {}) });
    const parsed = parseListQuery(resource, params, { virtual: reads.virtual, hidden: reads.hidden }, extra);
    reads.predicates?.(parsed.words, extra);
  }
  if (query.sort) parseSort(resource, JSON.stringify([query.sort.field, query.sort.order]), reads.hidden);
}

/** One record as the user may see it; 404 when unknown or outside their tenant. */
export function findVisible(state: MockState, user: User, resource: ResourceName, id: number): Row {
  const row = Number.isSafeInteger(id) ? getRow(state, resource, id) : undefined;
  const scope = scopeOf(user, resource);
  if (!row || (scope && !scope(row))) throw notFound(msg('record_not_found', { resource, id }));
  return row;
}

export function readRecord(state: MockState, user: User, resource: ResourceName, id: number): Row {
  assertCan(user, resource, 'show');
  const row = findVisible(state, user, resource, id);
  const reads = readsOf(state, user, resource);
  // A single read is a view like any other: the candidate database counts it.
  reads.shown([row], { byId: true });
  return reads.view([row])[0];
}

/** A record as every answer shows it: projected for this user, with its computed read-only fields. */
export function readView(state: MockState, user: User, resource: ResourceName, row: Row): Row {
  return readsOf(state, user, resource).view([row])[0];
}
