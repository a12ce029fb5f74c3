const NON_ASCII = /[^\x20-\x7e]/;
const MARKS = /[\u0300-\u036f]/g;

/** Lower case without accents, so "Élodie" matches "elodie" (the ASCII fast path skips NFD). */
export function foldText(value: string): string {
  const lower = value.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}
