import '@testing-library/jest-dom/vitest';
import { cleanup, configure, getConfig } from '@testing-library/react';
import { afterAll, afterEach } from 'vitest';
import { clearSession } from '../src/providers/session';

// A screen's first data can take a few seconds on a machine busy with other work: findBy* and
// waitFor wait up to 30 s everywhere, so no test needs a timeout of its own.
configure({ asyncUtilTimeout: 30_000 });

/**
 * A query that findBy* or waitFor retries fails many times before it passes, and Testing Library
 * printed the whole document into each of those errors, which nobody reads (a tenth of a filter
 * test's time). While it retries (its "expensive diagnostics" are off then), the error carries the
 * message alone; when waitFor gives up, it builds the error again outside the retries, and that
 * one, the error a test fails with, still shows the document.
 */
const printingElementError = getConfig().getElementError;
configure({
  getElementError: (message, container) => {
    const retrying = (getConfig() as { _disableExpensiveErrorDiagnostics?: boolean })
      ._disableExpensiveErrorDiagnostics;
    if (retrying !== true) return printingElementError(message, container);
    const error = new Error(message ?? '');
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

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
