import type { Candidate, Identifier, Offer } from '../../../src/model/types';
import type { Table } from '../../db/table';
import type { MockState } from '../../db/types';
import { writeVersion } from '../records/indexes';
import { MatchIndex, OfferIndex } from './term-index';

/**
 * The matching indexes over the mock's live tables: built on first use for a database, then kept
 * current after writes by re-indexing only the rows whose version changed (the tables update rows
 * in place, so the indexed versions are remembered here). A reset makes a new state, hence new indexes.
 */
interface Synced<R, I> {
  index: I;
  versions: Map<Identifier, number>;
  seenWrite: number;
  eligible: (row: R) => boolean;
}

interface Indexes {
  candidates: Synced<Candidate, MatchIndex>;
  offers: Synced<Offer, OfferIndex>;
}

const byState = new WeakMap<MockState, Indexes>();

/**
 * Brings one row's entry up to date: indexed at its current version when eligible, out of the index
 * when not. Answers whether the row is eligible.
 */
function syncRow<R extends { id: Identifier; version: number }>(
  synced: Synced<R, { update(row: R): void; remove(id: Identifier): void }>,
  row: R,
): boolean {
  const { index, versions, eligible } = synced;
  const known = versions.get(row.id);
  if (!eligible(row)) {
    if (known !== undefined) {
      index.remove(row.id);
      versions.delete(row.id);
    }
    return false;
  }
  if (known !== row.version) {
    index.update(row);
    versions.set(row.id, row.version);
  }
  return true;
}

function sync<R extends { id: Identifier; version: number }>(
  synced: Synced<R, { update(row: R): void; remove(id: Identifier): void }>,
  table: Table<R>,
): void {
  if (synced.seenWrite === writeVersion()) return;
  const { index, versions } = synced;
  let eligibleRows = 0;
  for (const row of table.rows) if (syncRow(synced, row)) eligibleRows += 1;
  // Every eligible row is now indexed: more indexed ids than eligible rows means some were deleted.
  if (versions.size > eligibleRows) {
    for (const id of versions.keys()) {
      if (table.get(id) === undefined) {
        index.remove(id);
        versions.delete(id);
      }
    }
  }
  synced.seenWrite = writeVersion();
}

function indexesOf(state: MockState): Indexes {
  let indexes = byState.get(state);
  if (!indexes) {
    indexes = {
      candidates: {
        index: new MatchIndex(),
        versions: new Map(),
        seenWrite: -1,
        eligible: (c) => !c.anonymizedAt,
      },
      // Only published offers are proposed to candidates.
      offers: {
        index: new OfferIndex(),
        versions: new Map(),
        seenWrite: -1,
        eligible: (o) => o.status === 'published',
      },
    };
    byState.set(state, indexes);
  }
  return indexes;
}

/** Rows indexed between two pauses of warmCandidateIndex: a few milliseconds of work. */
const WARM_CHUNK = 250;

/**
 * Builds the candidates' index ahead of its first use, a chunk at a time with `pause` between
 * chunks, so a request that comes meanwhile is answered before the rest (the whole index is over
 * half a second of work in the demo's worker). The final candidateIndex() call is the sync that
 * counts: rows written between two chunks are caught up there.
 */
export async function warmCandidateIndex(state: MockState, pause: () => Promise<void>): Promise<void> {
  const { candidates } = indexesOf(state);
  const { rows } = state.tables.candidates;
  for (let start = 0; start < rows.length; start += WARM_CHUNK) {
    for (let i = start; i < Math.min(start + WARM_CHUNK, rows.length); i++) syncRow(candidates, rows[i]);
    await pause();
  }
  candidateIndex(state);
}

/** Every rankable (not anonymised) candidate of the database, indexed by skill. */
export function candidateIndex(state: MockState): MatchIndex {
  const { candidates } = indexesOf(state);
  sync(candidates, state.tables.candidates);
  return candidates.index;
}

/** Every published offer of the database, indexed by skill. */
export function publishedOfferIndex(state: MockState): OfferIndex {
  const { offers } = indexesOf(state);
  sync(offers, state.tables.offers);
  return offers.index;
}
