import { type FieldErrors, type Message, msg } from './translate';

/**
 * What the API refuses of any caller before a rule reads the input, whichever route it reaches:
 * JSON nested deeper than anything we store (a recursive walk of a 20,000-deep body overflows the
 * stack), names of Object.prototype members used as field names (a plain object "has" them), control
 * characters and broken UTF-16 in text, and ids in any other form than a positive decimal integer.
 */

/** Deepest nesting of arrays and objects a body or a JSON query parameter may have. */
export const MAX_JSON_DEPTH = 400;

/** Whether JSON text nests deeper than `max`: a scan of the characters, before anything parses or walks it. */
export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return false;
}

// Every name a plain object answers without holding it (constructor, toString, __proto__, ...).
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);

/** A name that must never be a field: it would pass for a known one in a plain-object lookup. */
export const isPrototypeName = (name: string): boolean => PROTOTYPE_NAMES.has(name);

/** The value of `key` in a table only if the table holds it itself (never an inherited member). */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}

// C0 controls but tab, line feed and carriage return; DEL and the C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

/** Text no field may hold: control characters (tab and line breaks aside) or a lone surrogate. */
export const hasForbiddenCharacters = (text: string): boolean =>
  CONTROL.test(text) || LONE_SURROGATE.test(text);

/** Tab or line breaks, which only multi-line text fields accept. */
export const hasLineBreakOrTab = (text: string): boolean => LINE_BREAK_OR_TAB.test(text);

/** At most this many field errors for one body: the answer stays small whatever was sent. */
const MAX_ERRORS = 20;

/**
 * Field errors for every key, string or number of a parsed JSON value that no route may receive: a
 * prototype member's name, forbidden characters, or a number too large for a double (1e400, -1e400). Keys are paths (`rows.3.email`, `filter.status`), the form
 * react-admin puts under its inputs; the value itself is `body`. The caller has bounded the depth.
 */
export function hostileJsonErrors(value: unknown, root = 'body'): FieldErrors {
  const found: Array<[string, Message]> = [];
  const stack: Array<[string, unknown]> = [[root, value]];
  while (stack.length > 0 && found.length < MAX_ERRORS) {
    const [path, item] = stack.pop() as [string, unknown];
    if (typeof item === 'string') {
      if (hasForbiddenCharacters(item)) found.push([path, msg('control_characters')]);
      continue;
    }
    // JSON.parse reads 1e400 as Infinity, which JSON.stringify later writes as null: refused here,
    // for every field of every route, before a rule could take it for a number or a store for null.
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) found.push([path, msg('finite_number')]);
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    const entries = Array.isArray(item) ? item.map((v, i) => [String(i), v] as const) : Object.entries(item);
    for (const [key, child] of entries) {
      const at = path === root ? key : `${path}.${key}`;
      if (!Array.isArray(item) && isPrototypeName(key)) found.push([at, msg('reserved_name')]);
      else if (!Array.isArray(item) && hasForbiddenCharacters(key))
        found.push([at, msg('control_characters')]);
      else stack.push([at, child]);
    }
  }
  // Built from entries: a key such as `__proto__` must be an own field of the answer, not its prototype.
  return Object.fromEntries(found.slice(0, MAX_ERRORS));
}

const INTEGER = /^-?(?:0|[1-9]\d{0,15})$/;
const DECIMAL = /^-?(?:0|[1-9]\d{0,15})(?:\.\d{1,15})?$/;

/**
 * A number in a URL (a filter value): plain decimal digits with an optional minus and, unless
 * `integer`, a fraction. No hexadecimal, exponent, plus sign or spaces, which Number() would read.
 */
export function parseNumber(text: string, integer: boolean): number | undefined {
  if (!(integer ? INTEGER : DECIMAL).test(text)) return undefined;
  const n = Number(text);
  return integer && !Number.isSafeInteger(n) ? undefined : n;
}

/** A record id in a URL (path segment or query parameter): a positive decimal integer, nothing else. */
export function parseId(text: string | null | undefined): number | undefined {
  const id = typeof text === 'string' ? parseNumber(text, true) : undefined;
  return id !== undefined && id > 0 ? id : undefined;
}

/** A record id in a JSON body: a positive safe integer (never a string or a float). */
export const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

/**
 * What is wrong with the record version a write sends, if anything. A version beyond 2^53 parses to
 * another number than the one sent, so it is refused as too large, not answered as missing.
 */
export function versionError(value: unknown): Message | undefined {
  if (Number.isSafeInteger(value)) return undefined;
  if (value === undefined || value === null) return msg('required');
  return Number.isInteger(value) ? msg('integer_too_large') : msg('integer');
}
