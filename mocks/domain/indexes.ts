/**
 * Per-company buckets of company-scoped tables, so a recruiter's list reads their rows only instead
 * of scanning a million-row table. Rebuilt lazily after any write (writes call touch()).
 */
interface Bucketed {
  seq: number;
  byCompany: Map<number, Array<{ id: number }>>;
}

let writeSeq = 0;
const cache = new WeakMap<object, Bucketed>();

export function touch(): void {
  writeSeq += 1;
}

export function companyRows<T extends { id: number; companyId?: number | null }>(
  table: { rows: readonly T[] },
  companyId: number,
): readonly T[] {
  let entry = cache.get(table);
  if (!entry || entry.seq !== writeSeq) {
    const byCompany = new Map<number, T[]>();
    for (const row of table.rows) {
      if (row.companyId === null || row.companyId === undefined) continue;
      let bucket = byCompany.get(row.companyId);
      if (!bucket) {
        bucket = [];
        byCompany.set(row.companyId, bucket);
      }
      bucket.push(row);
    }
    entry = { seq: writeSeq, byCompany };
    cache.set(table, entry);
  }
  return (entry.byCompany.get(companyId) as T[] | undefined) ?? [];
}

/** Bumped by every write: caches derived from the tables (e.g. the stats columns) compare it. */
export const writeVersion = (): number => writeSeq;
