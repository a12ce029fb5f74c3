/**
 * Whether a reason says something a reader can see: spaces of any kind, format characters (a
 * zero-width space) and the letters that print as blanks (Hangul fillers, the braille blank) do not.
 * The API refuses a required reason without any; the forms hold the same rule before sending.
 */
export function hasVisibleText(value: unknown): boolean {
  return typeof value === 'string' && value.replace(/[\s\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/gu, '') !== '';
}
