import { RECRUITER_CANDIDATE_PAGE } from '../../src/common/permissions';
import type { Candidate, ResourceName, User } from '../../src/types';
import type { MockState } from '../db/store';
import { withMatchScore } from './application-score';
import { type CompanyTags, companyTagIndex, keepsOwnTags, tagsOf, withOwnTags } from './candidate-tags';
import { notFound } from './errors';
import { companyRows } from './indexes';
import {
  assertCan,
  CONTACT_FIELDS,
  fullAccessSet,
  hasFullAccess,
  project,
  scopeOf,
  tenantOf,
} from './permissions';
import {
  type Row as AnyRow,
  filterPredicate,
  MAX_PAGE,
  type Predicate,
  parseListQuery,
  runQuery,
  textPredicate,
} from './query';
import { RESOURCE_SPECS, searchFields } from './resources';
import { msg } from './translate';
import { countCandidateRead } from './usage';

/** Reads: lists with tenant scope, masking and page caps; one record with 404 outside the tenant. */
type Row = { id: number } & Record<string, unknown>;

/** Recruiters browse the candidate database 30 at a time, like Turnover IT's own search API. */
export { RECRUITER_CANDIDATE_PAGE };

/** The tag filters a recruiter's search answers from their company's own tags. */
const TAG_FILTERS = ['tags', 'tags_neq'];

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
  const recruiterSearch = resource === 'candidates' && user.role === 'recruiter';
  // Set when the candidate database is masked for the caller: a recruiter of a company.
  const full = resource === 'candidates' ? fullAccessSet(state, user) : undefined;
  const tags = full ? companyTagIndex(state, user.companyId) : undefined;
  const extra: Record<string, unknown> = {};
  const query = parseListQuery(
    resource,
    params,
    {
      maxPage: options.maxRows ?? (recruiterSearch ? RECRUITER_CANDIDATE_PAGE : MAX_PAGE),
      virtual: resource === 'candidates' ? ['contactMasked', ...(tags ? TAG_FILTERS : [])] : [],
      hidden: full ? CONTACT_FIELDS : undefined,
    },
    extra,
  );
  const scope = scopeOf(user, resource);
  const predicates: Predicate[] = [...query.predicates];
  if (options.where) predicates.push(options.where);
  if (full && tags) {
    const isFull = (row: AnyRow) => hasFullAccess(user, row as unknown as Candidate, full);
    // Tags as this company reads them: its own, never another company's.
    const readTags = (row: AnyRow) => tagsOf(user, row as unknown as Candidate, tags);
    for (const key of TAG_FILTERS)
      if (extra[key] !== undefined) {
        const matches = filterPredicate(resource, key, extra[key]);
        predicates.push((row) => matches({ tags: readTags(row) }));
      }
    // Contact fields of masked profiles are not searchable: no existence leak through q.
    if (query.words.length > 0) {
      const fields = searchFields(resource).filter((f) => f !== 'tags');
      const open = fields.filter((f) => !(CONTACT_FIELDS as readonly string[]).includes(f));
      const tagText = (row: AnyRow) => readTags(row).join(' ');
      const all = textPredicate(fields, query.words, tagText);
      const masked = textPredicate(open, query.words, tagText);
      predicates.push((row) => (isFull(row) ? all(row) : masked(row)));
    }
    if (typeof extra.contactMasked === 'boolean') {
      const wanted = extra.contactMasked;
      predicates.push((row) => isFull(row) !== wanted);
    }
  } else if (query.words.length > 0) {
    predicates.push(textPredicate(searchFields(resource), query.words));
  }
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
  if (resource === 'candidates')
    countCandidateRead(state, user, page.rows, maskedFor(user, full), {
      byId: query.ids !== undefined,
      start: query.range[0],
    });
  return {
    rows: page.rows.map((row) => readView(state, user, resource, row, full, tags)),
    total: page.total,
    start: query.range[0],
  };
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
  if (resource !== 'candidates') return readView(state, user, resource, row);
  // A single read is a profile view like any other: counted, and under the daily allowance.
  const full = fullAccessSet(state, user);
  countCandidateRead(state, user, [row], maskedFor(user, full), { byId: true });
  return readView(state, user, resource, row, full);
}

/** Which candidate rows this user reads masked (`full`: fullAccessSet's answer for them). */
export function maskedFor(user: User, full: Set<number> | undefined): (row: object) => boolean {
  return (row) => full !== undefined && !hasFullAccess(user, row as unknown as Candidate, full);
}

/** A record as every answer shows it: projected for this user, with its computed read-only fields. */
export function readView(
  state: MockState,
  user: User,
  resource: ResourceName,
  row: Row,
  full?: Set<number>,
  tags?: Map<number, CompanyTags>,
): Row {
  const view = project(user, resource, row, full);
  if (resource === 'candidates' && keepsOwnTags(user, row as unknown as Candidate))
    return withOwnTags(
      user,
      view as unknown as Candidate,
      tags ?? companyTagIndex(state, user.companyId),
    ) as never;
  return resource === 'applications' ? withMatchScore(state, user, view as never) : view;
}
