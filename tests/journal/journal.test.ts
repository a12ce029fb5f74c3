import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearJournal,
  type JournalEntry,
  type JournalHooks,
  readJournal,
  startJournal,
} from '../../mocks/db/journal';
import { DEMO_JOURNAL_DB, takeJournalNotice } from '../../src/model/demo-journal';

/**
 * The journal against a stand-in API: each "page load" is a fresh FakeApi (the mock starts from the
 * seed) plus startJournal, so a test reads like a user's session: write, reload, see it again.
 */
class FakeApi implements JournalHooks {
  readonly applied: JournalEntry[] = [];
  reseeds = 0;
  private listeners = new Set<(entry: JournalEntry) => void>();
  constructor(private readonly refuse: (entry: JournalEntry) => boolean | 'throw' = () => false) {}

  onWrite(listener: (entry: JournalEntry) => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  replayWrite(entry: JournalEntry) {
    const refusal = this.refuse(entry);
    if (refusal === 'throw') throw new Error('no such record');
    if (refusal) return false;
    this.applied.push(entry);
    return true;
  }
  reseed() {
    this.applied.length = 0;
    this.reseeds++;
  }
  /** A successful write through the API, as the wrapper reports it. */
  write(entry: JournalEntry) {
    this.applied.push(entry);
    for (const listener of this.listeners) listener(entry);
  }
}

const DATASET = '42:small';
const entry = (n: number, method = 'PUT'): JournalEntry => ({
  method,
  path: `/api/offers/${n}`,
  body: { title: `Offer ${n}`, version: 1 },
  userId: 4,
  at: 1_000 + n,
});

/** One page load: a fresh API, the journal replayed over it, then the session's writes. */
async function session(writes: JournalEntry[] = [], api = new FakeApi()) {
  const status = await startJournal(api, { dataset: DATASET });
  for (const write of writes) api.write(write);
  await status.stop();
  return { api, status };
}

async function storeRaw(rows: unknown[], dataset = DATASET) {
  await session(); // creates the database with its stores
  const db = await openDB(DEMO_JOURNAL_DB, 1);
  for (const row of rows) await db.add('entries', row);
  await db.put('meta', dataset, 'dataset');
  db.close();
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  takeJournalNotice();
});

describe('demo journal', () => {
  it('replays the writes of earlier sessions in the order they were made', async () => {
    await session([entry(3), entry(1, 'POST')]);
    await session([entry(2, 'DELETE')]);

    const { api, status } = await session();

    expect(api.applied).toEqual([entry(3), entry(1, 'POST'), entry(2, 'DELETE')]);
    expect(status.replayed).toBe(3);
    expect(status.discarded).toBeUndefined();
    expect(takeJournalNotice()).toBeUndefined();
  });

  it('starts empty when nothing was written', async () => {
    const { api, status } = await session();
    expect(api.applied).toEqual([]);
    expect(status.replayed).toBe(0);
  });

  it('keeps request bodies exactly, including nested values', async () => {
    const write = {
      ...entry(5),
      path: '/api/companies/1/credits',
      method: 'POST',
      body: { delta: -2, tags: ['a'] },
    };
    await session([write]);
    expect(await readJournal()).toEqual([write]);
  });

  it('clearJournal forgets every write: the next load starts from the seed', async () => {
    await session([entry(1), entry(2)]);
    await clearJournal();
    const { api } = await session();
    expect(api.applied).toEqual([]);
    expect(takeJournalNotice()).toBeUndefined();
  });

  it.each([
    ['text that is not JSON', ['{"method":"PUT",']],
    ['a row that is not text', [{ method: 'PUT' }]],
    ['JSON that is not a write', [JSON.stringify({ method: 'GET', path: '/api/offers', userId: 4, at: 1 })]],
    ['a write without a user', [JSON.stringify({ method: 'PUT', path: '/api/offers/1', at: 1 })]],
  ])('discards a journal holding %s, with a notice, and starts from the seed', async (_label, rows) => {
    await storeRaw([JSON.stringify(entry(1)), ...rows]);

    const { api, status } = await session();

    expect(api.applied).toEqual([]);
    expect(status.discarded).toMatch(/entry 2/);
    expect(takeJournalNotice()).toBe(status.discarded);
    // Discarded for good: the next load is clean and silent.
    expect(await readJournal()).toEqual([]);
    await session();
    expect(takeJournalNotice()).toBeUndefined();
  });

  it.each([
    ['is refused', true],
    ['throws', 'throw' as const],
  ])('a replay that %s puts the API back on the seed and drops the journal', async (_label, refusal) => {
    await session([entry(1), entry(2), entry(3)]);

    const api = new FakeApi((e) => (e.path === '/api/offers/2' ? refusal : false));
    const { status } = await session([], api);

    expect(api.reseeds).toBe(1);
    expect(api.applied).toEqual([]); // entry 1 was replayed, then undone by the reseed
    expect(status.discarded).toMatch(/entry 2 \(PUT \/api\/offers\/2\)/);
    expect(takeJournalNotice()).toBe(status.discarded);
    expect(await readJournal()).toEqual([]);
  });

  it('records again after a discard, so the next reload keeps new work', async () => {
    await storeRaw(['not json']);
    await session([entry(7)]);
    const { api } = await session();
    expect(api.applied).toEqual([entry(7)]);
  });

  it('drops a journal recorded over another data set (another scale or seed)', async () => {
    await storeRaw([JSON.stringify(entry(1))], '42:demo');
    const { api, status } = await session();
    expect(api.applied).toEqual([]);
    expect(status.discarded).toMatch(/42:demo/);
  });

  it('stops recording once stopped', async () => {
    const api = new FakeApi();
    const status = await startJournal(api, { dataset: DATASET });
    api.write(entry(1));
    await status.stop();
    api.write(entry(2));
    expect(await readJournal()).toEqual([entry(1)]);
  });
});
