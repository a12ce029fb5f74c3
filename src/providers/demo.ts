import { useEffect } from 'react';
import { useNotify } from 'react-admin';
import { apiReady } from './apiReady';

/**
 * The app's side of the demo's persistence (DESIGN.md §2). The journal itself lives in the mock
 * (mocks/db/journal.ts, which imports this file: src/ never imports mocks/), so the two meet here:
 * the database's name, the notice the journal leaves when it had to discard itself, and the reset.
 */

/** The IndexedDB database holding the demo's journal of writes. */
export const DEMO_JOURNAL_DB = 'turnover-it-demo-journal';

/** Translation key of the notice; `_` in messageArgs is polyglot's fallback text. */
export const JOURNAL_DISCARDED_MESSAGE = 'app.demo.journal_discarded';
const JOURNAL_DISCARDED_FALLBACK = 'Your saved demo changes could not be restored and were reset.';

let pendingNotice: string | undefined;

/** Called by the journal at start-up when it threw its entries away. */
export function reportJournalDiscarded(reason: string): void {
  pendingNotice = reason;
}

/** The pending notice, once: the reason the journal was discarded, or undefined. */
export function takeJournalNotice(): string | undefined {
  const notice = pendingNotice;
  pendingNotice = undefined;
  return notice;
}

/** Shows the journal's notice, if any, as a warning. Call it once inside <Admin> (the layout). */
export function useJournalNotice(): void {
  const notify = useNotify();
  useEffect(() => {
    // The app renders before the demo API has replayed its journal: look once it has.
    void apiReady().then(() => {
      const reason = takeJournalNotice();
      if (reason === undefined) return;
      console.warn(`demo journal discarded: ${reason}`);
      notify(JOURNAL_DISCARDED_MESSAGE, {
        type: 'warning',
        autoHideDuration: 10_000,
        messageArgs: { _: JOURNAL_DISCARDED_FALLBACK },
      });
    });
  }, [notify]);
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

/** "Reset demo data": forget every change made in the demo, then start again from the seed. */
export async function resetDemo(): Promise<void> {
  await deleteDemoJournal();
  window.location.reload();
}
