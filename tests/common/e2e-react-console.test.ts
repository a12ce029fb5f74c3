import { describe, expect, it } from 'vitest';
import { isReactProblem } from '../e2e/react-console';

/** The browser suite fails a test on React's complaints in the console (tests/e2e/fixtures.ts, with tests/e2e/react-console.ts). */
describe('browser suite: React in the console', () => {
  it("counts React's errors and warnings, not the app's own logs", () => {
    expect(
      isReactProblem('error', 'Uncaught Error: Minified React error #185; visit https://react.dev'),
    ).toBe(true);
    expect(isReactProblem('error', 'Maximum update depth exceeded. This can happen when…')).toBe(true);
    expect(isReactProblem('error', 'Each child in a list should have a unique "key" prop.')).toBe(true);
    expect(isReactProblem('error', 'React does not recognize the `fooBar` prop on a DOM element.')).toBe(
      true,
    );
    expect(isReactProblem('error', 'React does not recognize the `inputProps` prop on a DOM element.')).toBe(
      true,
    );
    expect(
      isReactProblem('error', 'Failed to load resource: the server responded with a status of 401'),
    ).toBe(false);
    expect(isReactProblem('log', 'Maximum update depth exceeded')).toBe(false);
  });
});
