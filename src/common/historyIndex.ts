import { useEffect } from 'react';
import { useLocation } from 'react-admin';

/**
 * react-router numbers the history entries it creates (`state.idx`) and can hold a Back or Forward
 * only when it knows how far it goes. An address typed into the browser bar is an entry it did not
 * create (no state): a later Back to it would leave a half-filled form unasked. We number such an
 * entry as the one after the entry the user was on, before react-router reads it.
 */
let currentIndex = 0;

function readIndex(): number | undefined {
  const idx = (window.history.state as { idx?: unknown } | null)?.idx;
  return typeof idx === 'number' ? idx : undefined;
}

/** Call once at start-up, before the router is created (its popstate listener must run after ours). */
export function numberTypedHistoryEntries(): void {
  currentIndex = readIndex() ?? 0;
  window.addEventListener('popstate', () => {
    const idx = readIndex();
    if (idx === undefined) {
      window.history.replaceState({ usr: null, ...window.history.state, idx: currentIndex + 1 }, '');
    }
    currentIndex = readIndex() ?? currentIndex;
  });
}

/** Follows the router's own pushes and replaces, which fire no event. */
export function useHistoryIndexTracking(): void {
  const location = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation by design
  useEffect(() => {
    currentIndex = readIndex() ?? currentIndex;
  }, [location]);
}
