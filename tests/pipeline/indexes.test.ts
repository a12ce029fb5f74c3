import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Table } from '../../mocks/db/table';
import { companyRows } from '../../mocks/domain/records/indexes';

/**
 * The per-company buckets behind every recruiter list and move: kept current by the table's own
 * writes, with no rebuild (mocks/domain/records/indexes.ts). After any sequence of inserts, replaces (also
 * moving a row to another company) and removes, each bucket equals a fresh scan of the table.
 */
type Row = { id: number; companyId: number | null; label: string };

const scan = (table: Table<Row>, companyId: number) =>
  table.rows.filter((row) => row.companyId === companyId).map((row) => row.id);

const operation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), companyId: fc.option(fc.integer({ min: 1, max: 3 })) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('replace' as const),
    pick: fc.nat(),
    companyId: fc.option(fc.integer({ min: 1, max: 3 })),
  }),
);

describe('companyRows', () => {
  it('follows inserts, replaces and removes without a rebuild', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        const table = new Table<Row>(
          [1, 2, 3, 4, 5].map((id) => ({ id, companyId: (id % 3) + 1, label: `row ${id}` })),
        );
        for (const companyId of [1, 2, 3]) companyRows(table, companyId); // built once, here
        for (const op of operations) {
          const target = table.rows[('pick' in op ? op.pick : 0) % Math.max(1, table.rows.length)];
          if (op.kind === 'insert') table.insert({ companyId: op.companyId, label: 'new' });
          else if (op.kind === 'remove' && target) table.remove(target.id);
          else if (op.kind === 'replace' && target) table.replace({ ...target, companyId: op.companyId });
        }
        for (const companyId of [1, 2, 3])
          expect(companyRows(table, companyId).map((row) => row.id)).toEqual(scan(table, companyId));
      }),
    );
  });

  it('returns the stored rows themselves, so an in-place edit is seen at once', () => {
    const table = new Table<Row>([{ id: 1, companyId: 1, label: 'before' }]);
    companyRows(table, 1);
    table.replace({ id: 1, companyId: 1, label: 'after' });
    expect(companyRows(table, 1)[0]).toBe(table.get(1));
    expect(companyRows(table, 1)[0].label).toBe('after');
  });
});
