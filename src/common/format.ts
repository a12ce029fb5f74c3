import type { Currency } from '../types';

/** The UI's language as an Intl locale: our English readers are in the UK (dates day first). */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : locale === 'fr' ? 'fr-FR' : locale;
}

/** Locale-aware money, e.g. 45 000 € in French, €45,000 in English. */
export function formatMoney(amount: number, currency: Currency, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(amount);
}
