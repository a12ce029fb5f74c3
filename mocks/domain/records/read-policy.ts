import type { ResourceName, User } from '../../../src/model/types';
import { project } from '../accounts/permissions';
import type { Row as AnyRow, Predicate } from './query';

type Row = { id: number } & Record<string, unknown>;

/** A call on one record of the generic CRUD: GET one, or PUT/PATCH one. */
export type RecordCall = 'read' | 'edit';

/**
 * How one caller reads one resource, as the generic read path (reads.ts) and the answers of writes
 * (writes.ts) ask it. Most resources read as stored; a resource with rules of its own about reading
 * (the candidate database: page cap, masking, quotas) answers with its own.
 */
export interface CallerReads {
  /** The largest page a list may ask for; undefined leaves the API's own. */
  maxPage?: number;
  /** Filter keys the resource answers itself: the list query sets them aside. */
  virtual: string[];
  /** Fields this caller may not filter or sort on. */
  hidden?: readonly string[];
  /**
   * The conditions for the filters set aside and for the search words; undefined leaves the words
   * to the generic text search.
   */
  predicates?(words: readonly string[], extra: Record<string, unknown>): Predicate[];
  /** Told of the rows an answer shows: a list's page, one record. */
  shown(rows: readonly AnyRow[], read: { byId: boolean; start?: number }): void;
  /** Told of the rows a CSV export carries out of the system. */
  exported?(rows: readonly Row[]): void;
  /** Before an edit: every answer of an edit shows the record, so this may count it or refuse it. */
  editing?(stored: Row): void;
  /**
   * Stores an edit apart from the shared record when what the caller changed is their own (a
   * company's tags on a profile it does not own); true when it did, the record staying as is.
   * `changed` names the fields the caller changed against what they read: `next` merges them over
   * the stored record, so a field left out holds the stored value, not the caller's.
   */
  storeOwn?(stored: Row, next: Row, changed: readonly string[]): boolean;
  /** The records as this caller sees them, with their computed read-only fields. */
  view(rows: readonly Row[]): Row[];
}

/** A resource read as stored: the caller's projection of it, nothing counted. */
export const readAsStored = (user: User, resource: ResourceName): CallerReads => ({
  virtual: [],
  shown: () => {},
  view: (rows) => rows.map((row) => project(user, resource, row)),
});
