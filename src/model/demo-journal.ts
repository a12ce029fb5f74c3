/**
 * The app's side of the demo's persistence, without React, so the demo's database worker can use it
 * too: the journal's database name, the notice left when the journal had to discard itself, and the
 * reset. The journal itself lives in the mock (mocks/db/journal.ts: src/ never imports mocks/).
 */

/** The IndexedDB database holding the demo's journal of writes. */
export const DEMO_JOURNAL_DB = 'turnover-it-demo-journal';

let pendingNotice: string | undefined;

/** Called at start-up when the journal threw its entries away. */
export function reportJournalDiscarded(reason: string): void {
  pendingNotice = reason;
}

/** The pending notice, once: the reason the journal was discarded, or undefined. */
export function takeJournalNotice(): string | undefined {
  const notice = pendingNotice;
  pendingNotice = undefined;
  return notice;
}

/** Deletes the journal's database; the journal's own connection closes itself when asked to. */
export function deleteDemoJournal(dbName = DEMO_JOURNAL_DB): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(dbName);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Still open elsewhere (another tab): the delete stays queued and runs before any new open, so
    // the reload that follows starts from the seed either way.
    request.onblocked = () => resolve();
  });
}

let endDemoData: () => void = () => undefined;

/** The demo's mock registers how to drop its copy of the data (it outlives a reload otherwise). */
export function onDemoReset(end: () => void): void {
  endDemoData = end;
}

/** "Reset demo data": forget every change made in the demo, then start again from the seed. */
export async function resetDemo(): Promise<void> {
  endDemoData();
  await deleteDemoJournal();
  window.location.reload();
}
