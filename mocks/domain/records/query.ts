import type { ResourceName } from '../../../src/model/types';
import { badRequest } from '../api/errors';
import { isId, ownEntry, parseId, parseNumber } from '../api/input';
import { msg } from '../api/translate';
import { writeVersion } from './indexes';
import { canFilter, canSort, type FieldSpec, isArrayType, RESOURCE_SPECS } from './resources';
import { foldText } from './text';
import { BoundedHeap } from './top-k';
import { isCalendarDate } from './validation';

/**
 * List queries in the ra-data-simple-rest dialect: `filter`, `sort`, `range`. Parsing refuses bad
 * input with a 400 naming the parameter; running is one pass over the rows with a bounded top-k, so
 * a page of a million-row table costs O(n log k), never a full sort or a copy of the table.
 */
export type Row = Record<string, unknown>;
export type Predicate = (row: Row) => boolean;

export const MAX_PAGE = 500;
export const DEFAULT_RANGE: [number, number] = [0, 24];
const OPERATORS = ['_gte', '_lte', '_gt', '_lt', '_neq'] as const;
type Operator = (typeof OPERATORS)[number] | 'eq';

export interface ListQuery {
  predicates: Predicate[];
  /** Full-text needle, folded, split into words (every word must match). */
  words: string[];
  sort: { field: string; order: 'ASC' | 'DESC' };
  range: [number, number];
  /** The `id` list of a getMany, if any. */
  ids?: number[];
  /** Exact companyId asked for, so the caller can use a per-company index. */
  companyId?: number;
}

export interface ParseOptions {
  /** Page size cap; MAX_PAGE unless the caller is more restricted (recruiters' candidate search). */
  maxPage?: number;
  /** Extra filter keys the resource handles itself (they reach `extra`, not the predicates). */
  virtual?: readonly string[];
  /**
   * Fields the caller may not read on some rows (a recruiter's masked contact fields): sorting or
   * filtering on them would read them back by bisection, so either is a 400 naming the field.
   */
  hidden?: readonly string[];
}

// The route wrapper has bounded the nesting of every query parameter (mocks/domain/api/input.ts).
export function parseJson(raw: string, param: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest(msg('query_malformed_json', { param }));
  }
}

// A filter on a date-time field also takes a day alone, or a time without seconds or zone.
const LOOSE_DATETIME = /^(\d{4}-\d{2}-\d{2})(T(\d{2})[\d:.]*(Z|[+-]\d{2}:?\d{2})?)?$/;

function isIso(value: string, type: 'date' | 'datetime'): boolean {
  if (type === 'date') return isCalendarDate(value);
  const match = LOOSE_DATETIME.exec(value);
  return (
    match !== null &&
    isCalendarDate(match[1]) &&
    (match[3] === undefined || Number(match[3]) < 24) &&
    !Number.isNaN(Date.parse(value))
  );
}

/** Coerces one filter value to the field's scalar type; throws a 400 naming `filter.key`. */
function scalar(key: string, spec: FieldSpec, value: unknown): unknown {
  const fail = () => badRequest(msg('filter_invalid_value', { key }));
  if (value === null) return null;
  switch (spec.type) {
    case 'id':
    case 'ids': {
      // The one id rule of every route: a positive integer, or its plain decimal digits.
      const id = typeof value === 'string' ? parseId(value) : isId(value) ? value : undefined;
      if (id === undefined) throw fail();
      return id;
    }
    case 'int':
    case 'number': {
      const integer = spec.type === 'int';
      const n = typeof value === 'string' ? parseNumber(value, integer) : value;
      if (typeof n !== 'number' || !(integer ? Number.isSafeInteger(n) : Number.isFinite(n))) throw fail();
      return n;
    }
    case 'bool':
      if (value === 'true' || value === 'false') return value === 'true';
      if (typeof value !== 'boolean') throw fail();
      return value;
    case 'enum':
    case 'enums':
      if (typeof value !== 'string' || !spec.values?.includes(value)) throw fail();
      return value;
    case 'date':
    case 'datetime':
      if (typeof value !== 'string' || !isIso(value, spec.type)) throw fail();
      return value;
    default:
      if (typeof value !== 'string' || value.length > 200) throw fail();
      return value;
  }
}

const compare = (a: unknown, b: unknown): number => {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
};

function predicate(field: string, spec: FieldSpec, op: Operator, value: unknown, key: string): Predicate {
  const array = isArrayType(spec.type);
  if (op !== 'eq') {
    if (Array.isArray(value) || (op !== '_neq' && (array || spec.type === 'bool' || spec.type === 'enum')))
      throw badRequest(msg('filter_operator', { key }));
    const given = scalar(key, spec, value);
    if (op === '_neq')
      return array ? (row) => !(row[field] as unknown[]).includes(given) : (row) => row[field] !== given;
    // A day given for a date-time field means the whole UTC day: "applied until 31 Oct" keeps 31 Oct.
    const wholeDay =
      spec.type === 'datetime' && typeof given === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(given);
    const v = wholeDay && (op === '_lte' || op === '_gt') ? `${given}T23:59:59.999Z` : given;
    const sign = {
      _gte: (c: number) => c >= 0,
      _lte: (c: number) => c <= 0,
      _gt: (c: number) => c > 0,
      _lt: (c: number) => c < 0,
    }[op];
    const nullPasses = spec.nullIsPast === true && (op === '_lte' || op === '_lt');
    return (row) =>
      row[field] === null || row[field] === undefined ? nullPasses : sign(compare(row[field], v));
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_PAGE) throw badRequest(msg('filter_too_many_values', { key }));
    const values = value.map((v) => scalar(key, spec, v));
    if (array) {
      return spec.matchAll
        ? (row) => values.every((v) => (row[field] as unknown[]).includes(v))
        : (row) => values.some((v) => (row[field] as unknown[]).includes(v));
    }
    const set = new Set(values);
    return (row) => set.has(row[field]);
  }
  if (typeof value === 'object' && value !== null) throw badRequest(msg('filter_invalid_value', { key }));
  const v = scalar(key, spec, value);
  return array ? (row) => (row[field] as unknown[]).includes(v) : (row) => row[field] === v;
}

/** One filter entry as a predicate, checked as parseListQuery checks it (400 naming the key). */
export function filterPredicate(resource: ResourceName, key: string, value: unknown): Predicate {
  const [field, op] = splitKey(key);
  const spec = RESOURCE_SPECS[resource].fields[field];
  if (!spec || !canFilter(spec)) throw badRequest(msg('filter_unknown_field', { key }));
  return predicate(field, spec, op, value, key);
}

function splitKey(key: string): [string, Operator] {
  for (const op of OPERATORS) if (key.endsWith(op)) return [key.slice(0, -op.length), op];
  return [key, 'eq'];
}

export function parseRange(raw: string | null, maxPage: number): [number, number] | undefined {
  if (raw === null) return undefined;
  const range = parseJson(raw, 'range');
  if (
    !Array.isArray(range) ||
    range.length !== 2 ||
    !range.every((n) => typeof n === 'number' && Number.isSafeInteger(n))
  )
    throw badRequest(msg('range_shape'));
  const [start, end] = range as [number, number];
  if (start < 0 || end < start) throw badRequest(msg('range_inverted'));
  if (end - start + 1 > maxPage) throw badRequest(msg('range_too_large', { max: maxPage }));
  return [start, end];
}

export function parseSort(
  resource: ResourceName,
  raw: string | null,
  hidden: readonly string[] = [],
): ListQuery['sort'] {
  return parseSortOver(RESOURCE_SPECS[resource].fields, raw, hidden);
}

function parseSortOver(
  fields: Record<string, FieldSpec>,
  raw: string | null,
  hidden: readonly string[] = [],
): ListQuery['sort'] {
  if (raw === null) return { field: 'id', order: 'ASC' };
  const sort = parseJson(raw, 'sort');
  if (
    !Array.isArray(sort) ||
    sort.length !== 2 ||
    typeof sort[0] !== 'string' ||
    !['ASC', 'DESC'].includes(sort[1])
  )
    throw badRequest(msg('sort_shape'));
  const spec = ownEntry(fields, sort[0]);
  if (!spec || !canSort(spec)) throw badRequest(msg('sort_unknown_field', { field: sort[0] }));
  if (hidden.includes(sort[0])) throw badRequest(msg('sort_masked_field', { field: sort[0] }));
  return { field: sort[0], order: sort[1] };
}

/** Parses `filter`, `sort` and `range`; `extra` receives the values of the resource's virtual filters. */
export function parseListQuery(
  resource: ResourceName,
  params: URLSearchParams,
  options: ParseOptions = {},
  extra: Record<string, unknown> = {},
): ListQuery {
  return parseListQueryOver(RESOURCE_SPECS[resource].fields, params, options, extra);
}

/** The same over a list that is not a stored resource (computed rows), described by its fields. */
export function parseListQueryOver(
  fields: Record<string, FieldSpec>,
  params: URLSearchParams,
  options: ParseOptions = {},
  extra: Record<string, unknown> = {},
): ListQuery {
  const maxPage = options.maxPage ?? MAX_PAGE;
  const rawFilter = params.get('filter');
  const filter = rawFilter === null ? {} : parseJson(rawFilter, 'filter');
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter))
    throw badRequest(msg('filter_not_object'));
  const query: ListQuery = {
    predicates: [],
    words: [],
    sort: parseSortOver(fields, params.get('sort'), options.hidden),
    range: DEFAULT_RANGE,
  };
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (key === 'q') {
      if (typeof value !== 'string' || value.length > 200) throw badRequest(msg('filter_invalid_q'));
      query.words = foldText(value).split(/\s+/).filter(Boolean);
      continue;
    }
    if (options.virtual?.includes(key)) {
      extra[key] = value;
      continue;
    }
    const [field, op] = splitKey(key);
    const spec = ownEntry(fields, field);
    if (!spec || !canFilter(spec)) throw badRequest(msg('filter_unknown_field', { key }));
    if (options.hidden?.includes(field)) throw badRequest(msg('filter_masked_field', { key }));
    if (field === 'id' && op === 'eq' && Array.isArray(value)) {
      // A getMany is a page: the caller's page cap holds on it, range or not.
      if (value.length > maxPage) throw badRequest(msg('filter_too_many_values', { key }));
      query.ids = value.map((v) => scalar(key, spec, v) as number);
    }
    if (field === 'companyId' && op === 'eq' && typeof value === 'number') query.companyId = value;
    query.predicates.push(predicate(field, spec, op, value, key));
  }
  const range = parseRange(params.get('range'), maxPage);
  // A getMany sends no range: answer every id asked for (capped like any page).
  query.range = range ?? (query.ids ? [0, Math.max(query.ids.length - 1, 0)] : DEFAULT_RANGE);
  return query;
}

// Folded search text per row and field set, built on first search; writes call forgetRow().
const foldedText = new WeakMap<object, Map<string, string>>();

export function forgetRow(row: object): void {
  foldedText.delete(row);
}

function haystackOf(row: Row, fieldsToSearch: readonly string[], key: string): string {
  let byFields = foldedText.get(row);
  const cached = byFields?.get(key);
  if (cached !== undefined) return cached;
  let haystack = '';
  for (const field of fieldsToSearch) {
    const value = row[field];
    if (typeof value === 'string') haystack += ` ${value}`;
    else if (Array.isArray(value)) haystack += ` ${value.join(' ')}`;
  }
  const folded = foldText(haystack);
  if (!byFields) {
    byFields = new Map();
    foldedText.set(row, byFields);
  }
  byFields.set(key, folded);
  return folded;
}

/**
 * True when every word of the needle occurs in one of the row's searchable fields, or in `also`
 * (text the row is read with but does not hold, e.g. the caller's own tags on it).
 */
export function textPredicate(
  fieldsToSearch: readonly string[],
  words: readonly string[],
  also?: (row: Row) => string,
): Predicate {
  const key = fieldsToSearch.join(',');
  return (row) => {
    const folded = haystackOf(row, fieldsToSearch, key);
    if (!also) return words.every((word) => folded.includes(word));
    const more = foldText(also(row));
    return words.every((word) => folded.includes(word) || more.includes(word));
  };
}

export interface Page<T> {
  rows: T[];
  total: number;
}

/** From this many rows on (the `large` scale), an unfiltered sorted page reads a cached sorted index. */
export const SORTED_INDEX_MIN_ROWS = 50_000;

// Sorted copies of big tables per sort, rebuilt after any write (writes call touch()).
const sortedIndexes = new WeakMap<
  readonly object[],
  Map<string, { version: number; rows: readonly object[] }>
>();

function sortedIndex<T extends object>(
  rows: readonly T[],
  key: string,
  cmp: (a: T, b: T) => number,
): readonly T[] {
  let bySort = sortedIndexes.get(rows);
  if (!bySort) {
    bySort = new Map();
    sortedIndexes.set(rows, bySort);
  }
  const cached = bySort.get(key);
  if (cached && cached.version === writeVersion()) return cached.rows as readonly T[];
  const sorted = [...rows].sort(cmp);
  bySort.set(key, { version: writeVersion(), rows: sorted });
  return sorted;
}

/**
 * Filters `rows` (already in id order) and returns the requested page and the total. Rows are never
 * copied: the page holds references, the caller projects them. The scan keeps the k best rows in a
 * heap; a big table's unfiltered page is sliced from a cached sorted index instead.
 */
export function runQuery<T extends { id: number }>(
  rows: readonly T[],
  query: Pick<ListQuery, 'predicates' | 'sort' | 'range'>,
  scope?: (row: T) => boolean,
): Page<T> {
  const [start, end] = query.range;
  const k = end + 1;
  const { field, order } = query.sort;
  const sign = order === 'ASC' ? 1 : -1;
  const cmp = (a: T, b: T): number => {
    const c = field === 'id' ? 0 : compare((a as unknown as Row)[field], (b as unknown as Row)[field]);
    return c !== 0 ? c * sign : (a.id - b.id) * (field === 'id' ? sign : 1);
  };
  const preds = query.predicates;
  const matches = (row: T): boolean => {
    if (scope && !scope(row)) return false;
    for (const p of preds) if (!p(row as unknown as Row)) return false;
    return true;
  };
  let total = 0;
  // Unfiltered, a big table's page is a slice of its sorted index. (Filtered, the scan below in id
  // order, kind to the memory cache, beats walking the index in its scattered order.)
  if (!scope && preds.length === 0 && rows.length >= SORTED_INDEX_MIN_ROWS) {
    const sorted = field === 'id' && order === 'ASC' ? rows : sortedIndex(rows, `${field}:${order}`, cmp);
    return { rows: sorted.slice(start, end + 1), total: sorted.length };
  }
  // Id order ascending is the table's own order: take the page while counting.
  if (field === 'id' && order === 'ASC') {
    const page: T[] = [];
    for (const row of rows) {
      if (!matches(row)) continue;
      if (total >= start && total <= end) page.push(row);
      total += 1;
    }
    return { rows: page, total };
  }
  const heap = new BoundedHeap<T>(k, (a, b) => cmp(a, b) > 0);
  for (const row of rows) {
    if (!matches(row)) continue;
    total += 1;
    heap.push(row);
  }
  return { rows: heap.items.sort(cmp).slice(start, end + 1), total };
}
