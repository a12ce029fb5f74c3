import { useEffect } from 'react';
import { useNotify } from 'react-admin';
import { takeJournalNotice } from '../model/demo-journal';
import { apiReady } from './apiReady';

/** Translation key of the notice; `_` in messageArgs is polyglot's fallback text. */
export const JOURNAL_DISCARDED_MESSAGE = 'app.demo.journal_discarded';
const JOURNAL_DISCARDED_FALLBACK = 'Your saved demo changes could not be restored and were reset.';

/** Shows the journal's notice (model/demo-journal.ts), if any, as a warning. Call it once inside <Admin> (the layout). */
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
