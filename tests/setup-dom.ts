import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach } from 'vitest';
import { clearSession } from '../src/providers/session';

// A screen's first data can take a few seconds on a machine busy with other work: findBy* and
// waitFor wait up to 30 s everywhere, so no test needs a timeout of its own.
configure({ asyncUtilTimeout: 30_000 });

// Vitest runs without globals, so Testing Library does not unmount by itself between tests.
afterEach(() => {
  cleanup();
  clearSession();
});

// The screens' files share one jsdom window per worker: the next file starts as a fresh tab would.
afterAll(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
