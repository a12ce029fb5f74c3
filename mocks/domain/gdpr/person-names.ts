import type { Candidate } from '../../../src/model/types';
import { foldText } from '../records/text';
import { INLINE, percentDecoded, replaceInRichText, type Span } from './rich-text';

/**
 * Finding people in free text, and erasing them from it. A name matches whatever its accents or
 * case ("Éloïse" as "ELOISE"), as `q` search does, with its words in either order, apart or joined
 * as in a slug or a web address ("maxime-vincent", "linkedin.com/in/maximevincent", "MaximeVincent"),
 * invisible characters inside it (zero-width space, soft hyphen) ignored; an email whatever its
 * case; a phone in any usual writing (+33 6 12…, 0033 (0)6…, 33612…, 06.12…, 06/12…, 06–12…).
 * Rich text is read by what it says, not by its markup (rich-text.ts). In a record
 * about the person their first or last name alone is them too; anywhere else only what names them
 * without doubt (full name, email, phone) is, so a namesake's surname survives.
 *
 * Many people can be looked for at once (the retention list erases up to 500): a text is first cut
 * into words and digits looked up in maps, and only the people it may name are searched for, on a
 * folded copy of the text whose every character knows where it came from.
 */
export const ANONYMISED = '[anonymised]';

const ALNUM = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/**
 * Characters that show nothing (zero-width spaces and joiners, word joiner, byte order mark, soft
 * hyphen): "Max\u200Bime" reads as "Maxime", so they neither split a word nor hide it.
 */
const INVISIBLE = /\p{Cf}/gu;
const SHOWS_NOTHING = /^\p{Cf}$/u;
const words = (text: string): string[] =>
  foldText(text.replace(INVISIBLE, ''))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
/** The words of the text, and the runs of letters of those holding digits ("maximevincent92"). */
function tokensOf(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const token of words(text)) {
    tokens.add(token);
    if (/\d/.test(token)) for (const run of token.split(/[^\p{L}]+/u)) if (run) tokens.add(run);
  }
  return tokens;
}
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The digits of a phone number without its country code or trunk 0 (at least 6), if any. */
function nationalDigits(phone: string | null): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/\D/g, '');
  const national = /^\s*(\+|00)/.test(phone)
    ? digits.replace(/^(00)?\d{2}/, '').replace(/^0/, '')
    : digits.replace(/^0/, '');
  return national.length >= 6 ? national : undefined;
}

/** The country codes of the phones the API takes (validation.ts): France and the United Kingdom. */
const COUNTRY_CODES = ['33', '44'];

/** The country code a phone is written with (+33…, 0033…), if any. */
function countryCode(phone: string | null): string | undefined {
  return phone?.match(/^\s*(?:\+|00)\s*(\d{2})/)?.[1];
}

function phonePattern(national: string, country: string | undefined): RegExp {
  // Any separator people put between digits: spaces of every width, dots, slashes, hyphens and
  // dashes, underscores, commas and middle dots or bullets.
  const gap = '[\\s.,_\\-()/\\u00B7\\u2022\\u2010-\\u2015\\u2212\\p{Cf}]*';
  // Without its + ("33613…", as a spreadsheet or a messaging app writes it) only the person's own
  // country code, or one the API takes when their phone has none, so another number stays.
  const bare = country ?? COUNTRY_CODES.join('|');
  const prefix = `(?:(?:\\+|00)\\d{2}${gap}(?:0${gap})?|(?:${bare})${gap}(?:0${gap})?|0${gap})?`;
  return new RegExp(`(?<!\\d)${prefix}${[...national].join(gap)}(?!\\d)`, 'gu');
}

const emailPattern = (email: string): RegExp => new RegExp(`(?<![\\w.+-])${literal(email)}(?![\\w-])`, 'gi');

/**
 * The text folded (lower case, no accents) with every run of other characters as one space, framed
 * by spaces, and for each of its characters the span of the original it stands for.
 */
function skeleton(text: string): { folded: string; spans: Array<Span | null> } {
  let folded = ' ';
  const spans: Array<Span | null> = [null];
  let index = 0;
  for (const char of text) {
    const start = index;
    index += char.length;
    const plain = foldText(char);
    const last = spans[spans.length - 1];
    if (ALNUM.test(plain))
      for (const c of plain) {
        folded += c;
        spans.push([start, index]);
      }
    else if (plain === '' || SHOWS_NOTHING.test(plain)) {
      if (last) last[1] = index; // a lone accent or an invisible character belongs to the letter before
    } else if (!folded.endsWith(' ')) {
      folded += ' ';
      spans.push(null);
    }
  }
  if (!folded.endsWith(' ')) {
    folded += ' ';
    spans.push(null);
  }
  return { folded, spans };
}

/** One person looked for: what a text must hold to possibly name them, and how to find them in it. */
class Person {
  readonly nameWords: string[];
  readonly email: string;
  readonly digits: string | undefined;
  private readonly country: string | undefined;
  /** Whole-word needles over the skeleton: full name either way, then each name alone. */
  private readonly names: string[];
  private readonly alone: string[];
  /** The full name glued either way ("maximevincent"), as in a web address or a handle. */
  readonly joined: string[];
  private others?: RegExp[];

  constructor(candidate: Candidate) {
    const first = words(candidate.firstName).join(' ');
    const last = words(candidate.lastName).join(' ');
    this.nameWords = words(`${candidate.firstName} ${candidate.lastName}`);
    this.names = [`${first} ${last}`, `${last} ${first}`].filter(
      (name) => name.replace(/ /g, '').length >= 3,
    );
    this.alone = [first, last].filter((name) => name.replace(/ /g, '').length >= 3);
    this.joined = [...new Set(this.names.map((name) => name.replace(/ /g, '')))];
    this.email = candidate.email.toLowerCase();
    this.digits = nationalDigits(candidate.phone);
    this.country = countryCode(candidate.phone);
  }

  /** Where in `text` the person is named (`own`: a record about them). */
  spans(text: string, own: boolean): Span[] {
    const found: Span[] = [];
    this.others ??= [
      emailPattern(this.email),
      ...(this.digits ? [phonePattern(this.digits, this.country)] : []),
    ];
    for (const pattern of this.others)
      for (const match of text.matchAll(pattern)) found.push([match.index, match.index + match[0].length]);
    const { folded, spans } = skeleton(text);
    for (const name of own ? [...this.names, ...this.alone] : this.names) {
      const needle = ` ${name} `;
      for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
        const first = spans[at + 1] as Span;
        const last = spans[at + needle.length - 2] as Span;
        found.push([first[0], last[1]]);
      }
    }
    // Glued, the name is found between any two non-letters: "in/maximevincent", "MaximeVincent92".
    for (const name of this.joined)
      for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (LETTER.test(folded[at - 1]) || LETTER.test(folded[end])) continue;
        found.push([(spans[at] as Span)[0], (spans[end - 1] as Span)[1]]);
      }
    return found;
  }
}

export class PeopleMatcher {
  private readonly people = new Map<number, Person>();
  private readonly byWord = new Map<string, Set<number>>();
  private readonly byDigits = new Map<string, Set<number>>();
  private readonly digitLengths = new Set<number>();

  constructor(candidates: readonly Candidate[]) {
    for (const candidate of candidates) {
      const person = new Person(candidate);
      this.people.set(candidate.id, person);
      for (const word of [...person.nameWords, ...person.joined, ...words(person.email.split('@')[0])])
        this.index(this.byWord, word, candidate.id);
      if (person.digits) {
        this.index(this.byDigits, person.digits, candidate.id);
        this.digitLengths.add(person.digits.length);
      }
    }
  }

  private index(map: Map<string, Set<number>>, key: string, id: number): void {
    const ids = map.get(key) ?? new Set<number>();
    ids.add(id);
    map.set(key, ids);
  }

  /**
   * The people `text` may name, a superset of those it does: every word of their name, or their
   * name glued, or their email, or their phone's digits (or, for the owner, one word of their name).
   */
  private suspects(text: string, owner: number | undefined): Set<number> {
    const found = new Set<number>();
    const tokens = tokensOf(text);
    const lower = text.toLowerCase();
    for (const token of tokens)
      for (const id of this.byWord.get(token) ?? []) {
        const person = this.people.get(id) as Person;
        if (
          id === owner ||
          person.nameWords.every((word) => tokens.has(word)) ||
          person.joined.includes(token) ||
          lower.includes(person.email)
        )
          found.add(id);
      }
    if (this.digitLengths.size > 0) {
      const digits = text.replace(/\D/g, '');
      for (const length of this.digitLengths)
        for (let i = 0; i + length <= digits.length; i++)
          for (const id of this.byDigits.get(digits.slice(i, i + length)) ?? []) found.add(id);
    }
    return found;
  }

  /** Where in `text` the people are named (`owner`: the one the record is about). */
  private spansIn(text: string, owner: number | undefined): Span[] {
    const spans: Span[] = [];
    for (const id of this.suspects(text, owner))
      spans.push(...(this.people.get(id) as Person).spans(text, id === owner));
    return spans;
  }

  /** `text` without the people (`owner`: the one the record is about); the same string if untouched. */
  scrub(text: string, owner?: number): string {
    const spans = this.spansIn(text, owner);
    if (spans.length === 0) return text;
    spans.sort((a, b) => a[0] - b[0]);
    let result = '';
    let done = 0;
    for (const [start, end] of spans) {
      if (end <= done) continue;
      result += `${text.slice(done, Math.max(start, done))}${start >= done ? ANONYMISED : ''}`;
      done = end;
    }
    return result + text.slice(done);
  }

  /**
   * Rich text (sanitised HTML) without the people: found in its text content, entities decoded and
   * tags read as a reader sees them, and in its attributes (a link); the same string if untouched.
   * Most stored rich text names nobody: a cheap look at its text spares those a parse.
   */
  scrubHtml(html: string, owner?: number): string {
    if (!/[<&]/.test(html)) return this.scrub(html, owner);
    const screen = screenText(html);
    if (screen !== undefined && this.suspects(screen, owner).size === 0) return html;
    return replaceInRichText(
      html,
      (text) => this.spansIn(text, owner),
      ANONYMISED,
      (value) => this.scrub(value, owner),
    );
  }
}

/** A tag whose attributes are quoted or plain (a `>` inside quotes does not end it). */
const TAG = /<\/?([a-zA-Z][^\s/>]*)(?:[^<>"']|"[^"]*"|'[^']*')*>/g;
const ENTITY = /&(?:(amp|lt|gt|quot|apos|nbsp)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * What the suspects of rich text are looked for in: its text as the parser would read it, then its
 * tags holding attributes (a link's address), entities decoded, for the HTML a sanitiser gives out;
 * undefined for anything else (a comment, another entity, a stray <), which is then parsed. Only a
 * screen: what is erased is found in the parsed text.
 */
function screenText(html: string): string | undefined {
  const attributes: string[] = [];
  const text = html.replace(TAG, (tag: string, name: string) => {
    if (tag.includes('=')) attributes.push(tag.slice(1, -1));
    return INLINE.has(name.toLowerCase()) ? '' : ' ';
  });
  if (text.includes('<')) return undefined;
  // A link's address as a reader of it sees it too (percent-encoding decoded).
  const decoded = attributes.map((attribute) => percentDecoded(attribute) ?? '');
  const screen = `${text} ${attributes.join(' ')} ${decoded.join(' ')}`;
  if (screen.replace(ENTITY, '').includes('&')) return undefined;
  return screen.replace(ENTITY, (entity, named?: string, decimal?: string, hex?: string) => {
    if (named) return NAMED[named.toLowerCase()];
    const code = decimal ? Number(decimal) : Number.parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
