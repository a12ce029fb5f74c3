import DOMPurify, { type DOMPurify as Purifier, type WindowLike } from 'dompurify';

/**
 * Rich text (offer descriptions, activity bodies) is sanitised on write with DOMPurify: the browser's
 * window in the demo and in jsdom tests; the local API (plain Node) hands in a jsdom window through
 * setSanitizerWindow, so no Node-only module reaches the browser bundle. The demo's database worker
 * has no DOM at all: it hands in its own sanitiser (setSanitizer), which has a page run this one.
 */
let purifier: Purifier | undefined;
let replacement: ((html: string) => string) | undefined;

export function setSanitizer(sanitize: (html: string) => string): void {
  replacement = sanitize;
}

export function setSanitizerWindow(win: WindowLike): void {
  purifier = DOMPurify(win);
}

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'a',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'code',
  'pre',
];

/** What DOMPurify keeps (exported for the test that holds the fast path to it). */
export const PURIFY_OPTIONS = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href', 'title'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
};

/**
 * Texts this sanitiser just gave out, which it would give back unchanged: a write that sanitises
 * what an earlier step already did (a feed checks its offers, then creates them) costs a lookup,
 * not a second DOM parse. Bounded; the strings are the ones stored records hold anyway.
 */
const recentlyClean = new Set<string>();
const RECENT_MAX = 10_000;

function remember(clean: string): string {
  if (recentlyClean.size >= RECENT_MAX) recentlyClean.clear();
  recentlyClean.add(clean);
  return clean;
}

export function sanitizeHtml(html: string): string {
  if (recentlyClean.has(html) || isSimpleMarkup(html)) return html;
  return remember(purify(html));
}

/** Inline tags without attributes that the parser keeps as written inside a paragraph. */
const INLINE = new Set(['strong', 'b', 'em', 'i', 'u', 's', 'code']);
/**
 * A tag without attributes, or text the serialiser writes back as it is: no <, >, &, NBSP, no control
 * character but tab and line feed (the parser rewrites CR, drops a leading form feed...), no lone
 * surrogate or noncharacter.
 */
const TOKEN = /<(\/?)([a-z0-9]+)>|(?:[\t\n]|[^<>&\u00a0\p{Cc}\p{Cs}\ufdd0-\ufdef\ufffe\uffff])+/uy;

/**
 * Paragraphs of text with balanced inline tags and line breaks, which DOMPurify would give back
 * character for character: most descriptions an ATS sends. They skip the DOM parse, the slowest
 * step of a feed in Node. Anything else (attributes, lists, entities, a paragraph left open...) is
 * parsed as before.
 */
function isSimpleMarkup(html: string): boolean {
  const open: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(html);
    if (!match || match.index !== at) return false;
    const [, closing, tag] = match;
    if (tag === undefined) continue;
    if (tag === 'br' && !closing) continue;
    if (tag !== 'p' && !INLINE.has(tag)) return false;
    if (closing) {
      if (open.pop() !== tag) return false;
    } else if (tag === 'p' ? open.length > 0 : open[0] !== 'p' || open.includes(tag)) return false;
    else open.push(tag);
  }
  return open.length === 0;
}

function purify(html: string): string {
  if (replacement) return replacement(html);
  if (!purifier) {
    if (typeof window === 'undefined')
      throw new Error('No DOM for the sanitiser: call setSanitizerWindow first');
    purifier = DOMPurify(window as unknown as WindowLike);
  }
  return purifier.sanitize(html, PURIFY_OPTIONS);
}
