import { intlLocale } from '../../../src/model/format';
import type { Locale } from '../../../src/model/types';
import { MESSAGES, type MessageKey } from './messages';

/**
 * Messages as data: a domain rule returns `{key, params}` and never words anything itself, so it
 * stays pure; the route wrapper words it once, in the caller's language (`render`).
 */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

/** An instant shown in the reader's language, in a given zone (e.g. the company's). */
export interface DateTimeParam {
  datetime: string;
  timeZone: string;
}

/** A parameter: a value as is, another message (worded in the same language), or an instant. */
export type MessageParam = string | number | Message | DateTimeParam;
export type MessageParams = Record<string, MessageParam>;

/** One message per field, as 422 bodies carry them. */
export type FieldErrors = Record<string, Message>;

/** The `{name}` placeholders of a template, as a union of their names. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;
type ParamsOf<K extends MessageKey> = [Placeholders<(typeof MESSAGES)[K]['en']>] extends [never]
  ? []
  : [params: Record<Placeholders<(typeof MESSAGES)[K]['en']>, MessageParam>];

/** A message by key; the compiler asks for exactly the parameters its template names. */
export function msg<K extends MessageKey>(key: K, ...params: ParamsOf<K>): Message {
  return params[0] ? { key, params: params[0] as MessageParams } : { key };
}

const LOCALE_FALLBACK: Locale = 'en';

function renderParam(value: MessageParam, locale: Locale): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if ('key' in value) return render(value, locale);
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: value.timeZone,
  }).format(new Date(value.datetime));
}

/** The message worded in `locale`. */
export function render(message: Message, locale: Locale): string {
  const template: string = MESSAGES[message.key][locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    return value === undefined ? whole : renderParam(value, locale);
  });
}

export function renderErrors(errors: FieldErrors, locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [field, render(message, locale)]),
  );
}

/**
 * The language of an `Accept-Language` header among ours (fr, en), by preference (`q`); English
 * when the header is absent or names neither.
 */
export function pickLocale(header: string | null): Locale {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...options] = part.trim().toLowerCase().split(';');
      const q = options.map((o) => o.trim()).find((o) => o.startsWith('q='));
      return { language: tag.split('-')[0], weight: q ? Number(q.slice(2)) : 1, index };
    })
    .filter(({ language, weight }) => (language === 'fr' || language === 'en') && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return (ranked[0]?.language as Locale | undefined) ?? LOCALE_FALLBACK;
}
