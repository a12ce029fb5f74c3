import { describe, expect, it } from 'vitest';
import { touch } from '../../mocks/domain/records/indexes';
import { type Predicate, runQuery, SORTED_INDEX_MIN_ROWS } from '../../mocks/domain/records/query';

/**
 * Big tables (the `large` scale) are paged from a cached sorted index instead of a scan with a
 * heap: the pages must be exactly what the scan gives, and follow writes.
 */
interface Item {
  id: number;
  at: string;
  city: string;
}

const rows: Item[] = Array.from({ length: SORTED_INDEX_MIN_ROWS + 5_000 }, (_, i) => ({
  id: i + 1,
  at: `2026-${String(((i * 7919) % 12) + 1).padStart(2, '0')}-${String(((i * 104729) % 28) + 1).padStart(2, '0')}`,
  city: ['Paris', 'Lyon', 'London'][i % 3],
}));

/** What a page is by definition: filter, sort (ties by id), slice. */
function expected(
  sort: { field: 'at' | 'id'; order: 'ASC' | 'DESC' },
  range: [number, number],
  keep = (_: Item) => true,
) {
  const sign = sort.order === 'ASC' ? 1 : -1;
  const all = rows
    .filter(keep)
    .sort((a, b) =>
      a[sort.field] < b[sort.field] ? -sign : a[sort.field] > b[sort.field] ? sign : a.id - b.id,
    );
  return { ids: all.slice(range[0], range[1] + 1).map((r) => r.id), total: all.length };
}

function actual(
  sort: { field: 'at' | 'id'; order: 'ASC' | 'DESC' },
  range: [number, number],
  predicates: Predicate[] = [],
) {
  const page = runQuery(rows, { predicates, sort, range });
  return { ids: page.rows.map((r) => r.id), total: page.total };
}

describe('a big table paged from its sorted index', () => {
  it('gives the pages of a full scan, with and without filters, in both orders', () => {
    for (const order of ['ASC', 'DESC'] as const) {
      expect(actual({ field: 'at', order }, [0, 24])).toEqual(expected({ field: 'at', order }, [0, 24]));
      expect(actual({ field: 'at', order }, [100, 149])).toEqual(
        expected({ field: 'at', order }, [100, 149]),
      );
      expect(actual({ field: 'id', order }, [25, 49])).toEqual(expected({ field: 'id', order }, [25, 49]));
      const inLyon: Predicate = (row) => row.city === 'Lyon';
      expect(actual({ field: 'at', order }, [0, 24], [inLyon])).toEqual(
        expected({ field: 'at', order }, [0, 24], (r) => r.city === 'Lyon'),
      );
    }
  });

  it('follows a write', () => {
    const before = actual({ field: 'at', order: 'DESC' }, [0, 0]);
    const row = rows[rows.length - 1];
    row.at = '2099-01-01';
    touch();
    const after = actual({ field: 'at', order: 'DESC' }, [0, 0]);
    expect(after.ids).toEqual([row.id]);
    expect(after.ids).not.toEqual(before.ids);
  });
});
