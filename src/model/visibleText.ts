/**
 * Whether a reason says something a reader can see: spaces of any kind, control and format
 * characters (a zero-width space), marks on nothing (a variation selector, a lone combining accent:
 * a mark on a letter leaves the letter) and the letters that print as blanks (Hangul fillers, the
 * braille blank) do not. The API refuses a required reason without any; the forms hold the same rule.
 */
export function hasVisibleText(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    value.replace(/[\s\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu, '') !== ''
  );
}
