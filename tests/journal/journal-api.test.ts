import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { type JournalEntry, startJournal } from '../../mocks/db/journal';
import { onWrite, replayWrite, resetDb } from '../../mocks/handlers';
import { takeJournalNotice } from '../../src/model/demo-journal';
import type { Offer } from '../../src/model/types';

/**
 * The journal wired to the real API wrapper, as the demo's database worker does it
 * (mocks/worker/db-worker.ts): writes made over HTTP are recorded, a "reload" (a fresh seed)
 * replays them, ids and versions come out the same.
 */
const BASE = 'http://localhost/api';
const ACME = 'recruiter@acme.test';

async function call<T>(method: string, path: string, token: string | null, body?: unknown) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as T };
}

async function signIn(email = ACME) {
  const { json } = await call<{ token: string; user: { id: number } }>('POST', '/auth/login', null, {
    email,
    password: 'demo',
  });
  return json;
}

/** A page load of the demo: a fresh seed, then the journal replayed over it and recording. */
function pageLoad() {
  resetDb();
  return startJournal({ onWrite, replayWrite, reseed: () => resetDb() }, { dataset: '42:small' });
}

async function firstOffers(token: string) {
  const { json } = await call<Offer[]>('GET', '/offers?sort=["id","ASC"]&range=[0,1]', token);
  return json;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  takeJournalNotice();
});

describe('demo journal over the mock API', () => {
  it("keeps a recruiter's rename and delete across a reload, with the same versions", async () => {
    const first = await pageLoad();
    const { token } = await signIn();
    const [renamed, deleted] = await firstOffers(token);
    const patch = await call<Offer>('PATCH', `/offers/${renamed.id}`, token, {
      title: 'Journal survivor role',
      version: renamed.version,
    });
    expect(patch.status).toBe(200);
    expect((await call('DELETE', `/offers/${deleted.id}`, token)).status).toBe(200);
    await first.stop();

    const second = await pageLoad();
    const again = await signIn(); // sessions are not journaled: a reload signs in again
    const reread = await call<Offer>('GET', `/offers/${renamed.id}`, again.token);
    expect(reread.json.title).toBe('Journal survivor role');
    expect(reread.json.version).toBe(renamed.version + 1);
    expect((await call('GET', `/offers/${deleted.id}`, again.token)).status).toBe(404);
    expect(second.replayed).toBe(2);
    expect(takeJournalNotice()).toBeUndefined();
    await second.stop();
  });

  it('does not record refused writes or sign-ins', async () => {
    const first = await pageLoad();
    const { token } = await signIn();
    const [offer] = await firstOffers(token);
    const stale = await call('PATCH', `/offers/${offer.id}`, token, { title: 'Stale edit here', version: 0 });
    expect(stale.status).toBe(409);
    await first.stop();

    const second = await pageLoad();
    expect(second.replayed).toBe(0);
    await second.stop();
  });

  it('a journal the API no longer accepts is discarded with a notice, leaving the seed intact', async () => {
    const first = await pageLoad();
    const { token, user } = await signIn();
    const [offer] = await firstOffers(token);
    await first.stop();
    // A write that applies, then one that cannot (e.g. recorded over an older seed).
    const entries: JournalEntry[] = [
      {
        method: 'PATCH',
        path: `/api/offers/${offer.id}`,
        body: { title: 'Half replayed', version: offer.version },
        userId: user.id,
        at: 1,
      },
      {
        method: 'PATCH',
        path: '/api/offers/99999999',
        body: { title: 'Ghost offer', version: 1 },
        userId: user.id,
        at: 2,
      },
    ];
    const recorder = await startJournal(
      {
        onWrite: (listener) => {
          for (const entry of entries) listener(entry);
        },
        replayWrite: () => true,
        reseed: () => undefined,
      },
      { dataset: '42:small' },
    );
    await recorder.stop();

    const load = await pageLoad();
    expect(load.discarded).toMatch(/entry 2/);
    expect(takeJournalNotice()).toBe(load.discarded);
    const again = await signIn();
    const reread = await call<Offer>('GET', `/offers/${offer.id}`, again.token);
    expect(reread.json.title).toBe(offer.title); // the first entry was undone too
    expect(reread.json.version).toBe(offer.version);
    await load.stop();
  });
});
