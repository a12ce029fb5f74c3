import type { Identifier } from '../../src/model/types';

/** A change to a table, for the derived indexes that follow it (mocks/domain/records/indexes.ts). */
export type TableChange<T> = { kind: 'insert' | 'remove'; row: T } | { kind: 'replace'; row: T; before: T };
export type TableListener<T> = (change: TableChange<T>) => void;

/** One collection of the mock: the rows in id order plus an index by id for O(1) reads. */
export class Table<T extends { id: Identifier }> {
  readonly rows: T[];
  private readonly byId = new Map<Identifier, T>();
  private readonly listeners: Array<TableListener<T>> = [];
  private lastId = 0;

  constructor(rows: T[]) {
    this.rows = rows;
    for (const row of rows) {
      this.byId.set(row.id, row);
      if (row.id > this.lastId) this.lastId = row.id;
    }
  }

  get size(): number {
    return this.rows.length;
  }

  get(id: Identifier): T | undefined {
    return this.byId.get(id);
  }

  nextId(): Identifier {
    return this.lastId + 1;
  }

  /** Follows every insert, replace and remove from now on (in-place field edits are not seen). */
  listen(listener: TableListener<T>): void {
    this.listeners.push(listener);
  }

  insert(row: Omit<T, 'id'> & { id?: Identifier }): T {
    const id = row.id ?? this.nextId();
    const stored = { ...row, id } as T;
    this.rows.push(stored);
    this.byId.set(id, stored);
    if (id > this.lastId) this.lastId = id;
    for (const listener of this.listeners) listener({ kind: 'insert', row: stored });
    return stored;
  }

  /** Replaces the stored row in place (same array slot), so id order is kept. */
  replace(row: T): T {
    const existing = this.byId.get(row.id);
    if (!existing) throw new Error(`no row ${row.id}`);
    const before = this.listeners.length > 0 ? { ...existing } : existing;
    Object.assign(existing, row);
    for (const listener of this.listeners) listener({ kind: 'replace', row: existing, before });
    return existing;
  }

  remove(id: Identifier): T | undefined {
    const existing = this.byId.get(id);
    if (!existing) return undefined;
    this.byId.delete(id);
    const index = this.rows.indexOf(existing);
    if (index >= 0) this.rows.splice(index, 1);
    for (const listener of this.listeners) listener({ kind: 'remove', row: existing });
    return existing;
  }
}
