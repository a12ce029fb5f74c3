import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/**
 * A deliberately tiny test registry for the browser suite: `*.e2e.ts` files call `test()` at import
 * time and run.ts executes them in order. Each test gets a fresh browser context (its own cookies,
 * sessionStorage, IndexedDB and service worker) on the one shared browser, closed afterwards.
 */
export interface E2eFixtures {
  page: Page;
  context: BrowserContext;
  /** The app's origin, e.g. http://127.0.0.1:41234 */
  baseURL: string;
}

export interface TestOptions {
  /** Browser context options for this test (e.g. `{ locale: 'fr-FR' }`). */
  context?: BrowserContextOptions;
  timeoutMs?: number;
}

export interface RegisteredTest {
  file: string;
  name: string;
  fn: (fixtures: E2eFixtures) => Promise<void>;
  options: TestOptions;
}

const registry: RegisteredTest[] = [];
let currentFile = '';
const prefixes: string[] = [];

/** Called by run.ts before importing each test file, so tests know where they come from. */
export function setCurrentFile(file: string): void {
  currentFile = file;
}

export function describe(name: string, body: () => void): void {
  prefixes.push(name);
  try {
    body();
  } finally {
    prefixes.pop();
  }
}

export function test(name: string, fn: RegisteredTest['fn'], options: TestOptions = {}): void {
  registry.push({ file: currentFile, name: [...prefixes, name].join(' › '), fn, options });
}

export function registeredTests(): readonly RegisteredTest[] {
  return registry;
}

export const DEFAULT_TIMEOUT_MS = 90_000;
/** How long a locator waits; generous because CI machines (and ours) can be busy. */
export const LOCATOR_TIMEOUT_MS = 20_000;

/**
 * React's complaints in the console: the production build's minified errors (#185 is "Maximum
 * update depth exceeded") and, in dev mode, its warnings (Chromium reports them as the format
 * string followed by its arguments). One is known and upstream: some react-admin inputs (AutocompleteInput)
 * hand MUI's `InputProps`, `inputProps` and `InputLabelProps` to a DOM element (none in src/; see
 * the README).
 */
const REACT_PROBLEM =
  /Minified React error|Maximum update depth|^Warning: |Each child in a list should have a unique|Cannot update a component|React does not recognize the/;
const UPSTREAM = /React does not recognize the .*\b(inputProps|InputProps|InputLabelProps)\b/s;

export function isReactProblem(type: string, text: string): boolean {
  return (type === 'error' || type === 'warning') && REACT_PROBLEM.test(text) && !UPSTREAM.test(text);
}

/** Runs one test in its own context; resolves with the error (if any) instead of throwing. */
export async function runTest(
  browser: Browser,
  baseURL: string,
  registered: RegisteredTest,
  onFailure: (page: Page) => Promise<void>,
): Promise<Error | undefined> {
  const timeoutMs = registered.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const context = await browser.newContext({ baseURL, ...registered.options.context });
  // Locator waits give up well before the test's own deadline, so the message names the locator.
  context.setDefaultTimeout(Math.min(LOCATOR_TIMEOUT_MS, timeoutMs));
  const page = await context.newPage();
  // Uncaught errors in the page explain most failures: keep them for the report.
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const reactProblems: string[] = [];
  page.on('console', (message) => {
    if (isReactProblem(message.type(), message.text())) reactProblems.push(message.text().split('\n')[0]);
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      registered.fn({ page, context, baseURL }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`test timed out after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    // A test that passes while React complains (an update loop, a bad prop) has not really passed.
    if (reactProblems.length > 0)
      throw new Error(`React complained in the console:\n  ${reactProblems.slice(0, 5).join('\n  ')}`);
    return undefined;
  } catch (error) {
    await onFailure(page).catch(() => undefined);
    const failure = error instanceof Error ? error : new Error(String(error));
    if (pageErrors.length > 0) failure.message += `\npage errors:\n  ${pageErrors.slice(0, 5).join('\n  ')}`;
    return failure;
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => undefined);
  }
}
