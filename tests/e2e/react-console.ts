/**
 * React's complaints in the console: the production build's minified errors (#185 is "Maximum
 * update depth exceeded") and, in dev mode, its warnings (Chromium reports them as the format
 * string followed by its arguments).
 */
const REACT_PROBLEM =
  /Minified React error|Maximum update depth|^Warning: |Each child in a list should have a unique|Cannot update a component|React does not recognize the/;

export function isReactProblem(type: string, text: string): boolean {
  return (type === 'error' || type === 'warning') && REACT_PROBLEM.test(text);
}
