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
  if (recentlyClean.has(html)) return html;
  return remember(purify(html));
}

function purify(html: string): string {
  if (replacement) return replacement(html);
  if (!purifier) {
    if (typeof window === 'undefined')
      throw new Error('No DOM for the sanitiser: call setSanitizerWindow first');
    purifier = DOMPurify(window as unknown as WindowLike);
  }
  return purifier.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  });
}
