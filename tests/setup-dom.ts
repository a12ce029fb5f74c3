import '@testing-library/jest-dom/vitest';
import { format } from 'node:util';
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

/**
 * Console complaints that fail the test they came in:
 * - "React does not recognize the `InputProps` prop on a DOM element": a prop meant for a component
 *   (MUI's InputProps, inputProps, InputLabelProps, a FormControlLabel's inputRef) reached an HTML
 *   element instead, and what it carried (an adornment, a ref, the input's min and step) was lost.
 *   React gives it once per prop in a worker, so it is the first test to render the culprit that fails.
 * - "Missing translation for key": polyglot found no message, so the screen shows the key itself (or,
 *   for a server's message handed to notify() without its `_` default, nothing is wrong on screen
 *   but a real missing key would hide among them).
 * - "MUI: …": a component used against its contract (an uncontrolled Accordion whose default
 *   changed, an out-of-range Select value), which MUI only reports in development.
 * The files of a worker share one console: it is watched once, and the hook below reads what was
 * seen since the last test, once the test's screen is unmounted (a hook that throws ends the hooks
 * after it: the next test would find this one's).
 */
const CONSOLE_PROBLEMS = /^(React does not recognize the|Warning: Missing translation for key|MUI: )/;
const SEEN_PROBLEMS = Symbol.for('tests.consoleProblems');
const watched = globalThis as typeof globalThis & { [SEEN_PROBLEMS]?: string[] };
if (!watched[SEEN_PROBLEMS]) {
  const seen: string[] = [];
  watched[SEEN_PROBLEMS] = seen;
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && CONSOLE_PROBLEMS.test(args[0])) seen.push(format(...args));
    consoleError(...args);
  };
}

// Vitest runs without globals, so Testing Library does not unmount by itself between tests.
afterEach(() => {
  cleanup();
  clearSession();
  const problems = watched[SEEN_PROBLEMS]?.splice(0) ?? [];
  if (problems.length > 0) throw new Error(problems.join('\n'));
});

// The screens' files share one jsdom window per worker: the next file starts as a fresh tab would.
afterAll(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});
