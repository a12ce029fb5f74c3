import type { Table } from '../../db/table';

/**
 * Per-company buckets of company-scoped tables, so a recruiter's list reads their rows only instead
 * of scanning a million-row table. Built by one scan on first use, then kept current by the table's
 * own insert/replace/remove (Table.listen): a write costs a bucket update, not a rebuild.
 */
type Scoped = { id: number; companyId?: number | null };
type Buckets = Map<number, Scoped[]>;

let writeSeq = 0;
const cache = new WeakMap<object, Buckets>();

/** Marks a write for the caches that compare writeVersion() (stats columns, matching indexes). */
export function touch(): void {
  writeSeq += 1;
}

const companyOf = (row: Scoped): number | undefined =>
  row.companyId === null || row.companyId === undefined ? undefined : row.companyId;

function bucketOf(buckets: Buckets, companyId: number): Scoped[] {
  let bucket = buckets.get(companyId);
  if (!bucket) {
    bucket = [];
    buckets.set(companyId, bucket);
  }
  return bucket;
}

function drop(buckets: Buckets, companyId: number | undefined, row: Scoped): void {
  const bucket = companyId === undefined ? undefined : buckets.get(companyId);
  const index = bucket ? bucket.indexOf(row) : -1;
  if (bucket && index >= 0) bucket.splice(index, 1);
}

/** Puts a row in its bucket in id order (appends in the usual case of a new, highest id). */
function place(buckets: Buckets, row: Scoped): void {
  const companyId = companyOf(row);
  if (companyId === undefined) return;
  const bucket = bucketOf(buckets, companyId);
  let at = bucket.length;
  while (at > 0 && bucket[at - 1].id > row.id) at -= 1;
  bucket.splice(at, 0, row);
}

function build(table: Table<Scoped>): Buckets {
  const buckets: Buckets = new Map();
  for (const row of table.rows) {
    const companyId = companyOf(row);
    if (companyId !== undefined) bucketOf(buckets, companyId).push(row);
  }
  table.listen((change) => {
    if (change.kind === 'insert') place(buckets, change.row);
    else if (change.kind === 'remove') drop(buckets, companyOf(change.row), change.row);
    else if (change.kind === 'replace' && companyOf(change.before) !== companyOf(change.row)) {
      drop(buckets, companyOf(change.before), change.row);
      place(buckets, change.row);
    }
  });
  return buckets;
}

export function companyRows<T extends Scoped>(
  table: { rows: readonly T[] },
  companyId: number,
): readonly T[] {
  let buckets = cache.get(table);
  if (!buckets) {
    buckets = build(table as unknown as Table<Scoped>);
    cache.set(table, buckets);
  }
  return (buckets.get(companyId) as T[] | undefined) ?? [];
}

/** Bumped by every write: caches derived from the tables (e.g. the stats columns) compare it. */
export const writeVersion = (): number => writeSeq;
