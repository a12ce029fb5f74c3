import { type IDBPDatabase, openDB } from 'idb';
import { DEMO_JOURNAL_DB, deleteDemoJournal, reportJournalDiscarded } from '../../src/model/demo-journal';

/**
 * The demo's persistence (docs/demo-and-scales.md): every successful write is appended to IndexedDB and, at
 * start-up, replayed in order over the fresh deterministic seed, so ids and versions come out the
 * same as before the reload. A journal that cannot be read or replayed is thrown away with a notice
 * (reportJournalDiscarded) and the app starts from the seed: never a blank app.
 */

/** One write as the API wrapper reports it (mocks/handlers/http.ts onWrite / replayWrite). */
export interface JournalEntry {
  method: string;
  /** From '/api' on, query included. */
  path: string;
  body?: unknown;
  userId: number;
  /** The mock clock's time of the write (ms), replayed as is. */
  at: number;
}

export interface JournalHooks {
  /** Subscribes; may return an unsubscribe function. */
  onWrite(listener: (entry: JournalEntry) => void): unknown;
  replayWrite(entry: JournalEntry): boolean | Promise<boolean>;
  /** Puts the mock back on the fresh seed, after a replay that failed half-way. */
  reseed(): void;
}

export interface JournalOptions {
  /** What the entries were recorded over (e.g. "42:demo"): a journal of another data set is dropped. */
  dataset: string;
  dbName?: string;
}

export interface JournalStatus {
  replayed: number;
  /** Why the stored journal was thrown away, if it was. */
  discarded?: string;
  /** Stops recording once the pending appends are stored (tests; the demo records until the tab closes). */
  stop(): Promise<void>;
}

const ENTRIES = 'entries';
const META = 'meta';
const DATASET_KEY = 'dataset';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type JournalDb = IDBPDatabase<unknown>;

function open(dbName: string): Promise<JournalDb> {
  return openDB(dbName, 1, {
    upgrade(db) {
      db.createObjectStore(ENTRIES, { autoIncrement: true });
      db.createObjectStore(META);
    },
    // "Reset demo data" deletes the database: let it through instead of blocking it.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
    },
  });
}

export function isJournalEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.method === 'string' &&
    WRITE_METHODS.has(entry.method) &&
    typeof entry.path === 'string' &&
    entry.path.startsWith('/api/') &&
    Number.isInteger(entry.userId) &&
    typeof entry.at === 'number' &&
    Number.isFinite(entry.at)
  );
}

/** Parses the stored rows (JSON strings, in append order); throws on the first bad one. */
export function parseEntries(rows: readonly unknown[]): JournalEntry[] {
  return rows.map((row, index) => {
    if (typeof row !== 'string') throw new Error(`entry ${index + 1} is not JSON text`);
    let value: unknown;
    try {
      value = JSON.parse(row);
    } catch {
      throw new Error(`entry ${index + 1} is not valid JSON`);
    }
    if (!isJournalEntry(value)) throw new Error(`entry ${index + 1} is not a write`);
    return value;
  });
}

async function replayAll(entries: readonly JournalEntry[], hooks: JournalHooks): Promise<void> {
  for (const [index, entry] of entries.entries()) {
    let ok: boolean;
    try {
      ok = await hooks.replayWrite(entry);
    } catch (error) {
      throw new Error(`replay of entry ${index + 1} (${entry.method} ${entry.path}) threw: ${String(error)}`);
    }
    if (!ok) throw new Error(`replay of entry ${index + 1} (${entry.method} ${entry.path}) was refused`);
  }
}

/** Opens the journal; when `wipe` is set, or the stored one cannot be opened, starts a new one. */
async function openFresh(dbName: string, wipe = false): Promise<JournalDb | undefined> {
  try {
    if (wipe) await deleteDemoJournal(dbName);
    return await open(dbName);
  } catch {
    // Unreadable (e.g. a newer schema version): start over once, else run without persistence.
    try {
      await deleteDemoJournal(dbName);
      return await open(dbName);
    } catch {
      return undefined;
    }
  }
}

/** Replays the stored journal over the (fresh) mock, then records every new write. */
export async function startJournal(hooks: JournalHooks, options: JournalOptions): Promise<JournalStatus> {
  const dbName = options.dbName ?? DEMO_JOURNAL_DB;
  let discarded: string | undefined;
  let replayed = 0;
  let db = await openFresh(dbName);
  if (!db) discarded = 'the journal could not be opened; changes will not be kept';
  if (db) {
    try {
      const dataset = await db.get(META, DATASET_KEY);
      const entries = parseEntries(await db.getAll(ENTRIES));
      if (entries.length > 0 && dataset !== options.dataset) {
        throw new Error(`recorded over data set ${String(dataset)}, not ${options.dataset}`);
      }
      await replayAll(entries, hooks);
      replayed = entries.length;
    } catch (error) {
      discarded = error instanceof Error ? error.message : String(error);
      hooks.reseed();
      db.close();
      db = await openFresh(dbName, true);
    }
    await db?.put(META, options.dataset, DATASET_KEY).catch(() => undefined);
  }
  if (discarded) reportJournalDiscarded(discarded);

  // Each tab runs its own copy of the mock: writes made in another tab reach this one over a
  // BroadcastChannel and are replayed here (not journaled again: their tab did it), so two tabs
  // see each other's changes and a stale form gets its 409.
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(dbName);
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      try {
        const [entry] = parseEntries([event.data]);
        void hooks.replayWrite(entry);
      } catch (error) {
        console.warn('demo journal: a write from another tab was not applied', error);
      }
    };
  }

  let warned = false;
  let pending: Promise<unknown> = Promise.resolve();
  const unsubscribe = hooks.onWrite((entry) => {
    channel?.postMessage(JSON.stringify(entry));
    if (!db) return;
    // One add per write, issued right away in call order: IndexedDB runs them in that order.
    const added = db.add(ENTRIES, JSON.stringify(entry)).catch((error: unknown) => {
      if (!warned) console.warn('demo journal: a write was not saved', error);
      warned = true;
    });
    pending = Promise.all([pending, added]);
  });
  return {
    replayed,
    discarded,
    async stop() {
      if (typeof unsubscribe === 'function') unsubscribe();
      channel?.close();
      await pending;
      db?.close();
      db = undefined;
    },
  };
}

/** The stored entries, parsed (tests and debugging). */
export async function readJournal(dbName = DEMO_JOURNAL_DB): Promise<JournalEntry[]> {
  const db = await open(dbName);
  try {
    return parseEntries(await db.getAll(ENTRIES));
  } finally {
    db.close();
  }
}

/** Forgets every recorded write (the app's "Reset demo data" does the same). */
export function clearJournal(dbName = DEMO_JOURNAL_DB): Promise<void> {
  return deleteDemoJournal(dbName);
}
