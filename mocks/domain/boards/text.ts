/**
 * Text as the moderation rules read it: lower case, accents, typographic quotes and fullwidth letters folded, with
 * every character kept at its index, so a match's offsets point at the same passage of the text the
 * recruiter wrote (and the moderation screen highlights).
 */
const FOLDED = new Map<number, string>();

const SPECIAL: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2013': '-',
  '\u2014': '-',
  '\u0153': 'o', // œ: one character for one, so offsets stay put
  '\u00e6': 'a',
};

function foldChar(code: number): string {
  const known = FOLDED.get(code);
  if (known !== undefined) return known;
  const char = String.fromCharCode(code);
  let folded = SPECIAL[char] ?? SPECIAL[char.toLowerCase()];
  // Fullwidth ASCII (U+FF01–FF5E) is the same text in another font: "ＨＯＭＭＥＳ" reads "hommes".
  if (folded === undefined && code >= 0xff01 && code <= 0xff5e)
    folded = String.fromCharCode(code - 0xfee0).toLowerCase();
  if (folded === undefined) {
    const base = char.normalize('NFD')[0].toLowerCase();
    folded = base.length === 1 ? base : char;
  }
  FOLDED.set(code, folded);
  return folded;
}

/** Lower case without accents, the same length as `text` (UTF-16 units). */
export function foldKeepLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 65 || (code > 90 && code < 128) ? text[i] : foldChar(code);
  }
  return out;
}

/** Every match of `pattern` (a global regex) in `text`, as [start, end) pairs. */
export function matchesOf(pattern: RegExp, text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

/** The words of a folded text (letters and digits), for shingles and language guesses. */
export function wordsOf(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter(Boolean);
}
