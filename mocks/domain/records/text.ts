const NON_ASCII = /[^\x20-\x7e]/;
const MARKS = /[\u0300-\u036f]/g;

/**
 * Lower case without accents and in its plain form, so "Élodie" and the full-width "Ｅｌｏｄｉｅ" match
 * "elodie" (compatibility decomposition; the ASCII fast path skips it).
 */
export function foldText(value: string): string {
  const lower = value.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(MARKS, '').toLowerCase() : lower;
}
