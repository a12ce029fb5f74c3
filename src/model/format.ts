import type { Currency } from './types';

/** The UI's language as an Intl locale: our English readers are in the UK (dates day first). */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale === 'fr' ? 'fr-FR' : locale;
}

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function kept<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => T): T {
  const hit = formatters.get(key) as T | undefined;
  if (hit) return hit;
  const made = build();
  formatters.set(key, made);
  return made;
}

/**
 * One Intl formatter per locale and options, kept: building one costs tens of microseconds, and a
 * chart formats every tick, tooltip and table cell (hundreds of calls on a dashboard).
 */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  kept(
    `number|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(intlLocale(locale), options),
  );

/** The same for dates (see numberFormat). */
export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat =>
  kept(
    `date|${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), options),
  );

/**
 * Locale-aware money, e.g. 45 000 € in French, €45,000 in English; the plain £ sign in French too
 * (French Intl spells pounds "£GB" to tell them from other pounds, which no reader here needs).
 */
export function formatMoney(amount: number, currency: Currency, locale: string): string {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 0,
  }).format(amount);
}
