import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { type AppCatalog, browserLocale, LOCALES } from '../i18n';
import en from '../i18n/en';
import type { Locale } from '../model/types';
import { getUser } from './session';

/**
 * react-admin's own messages first, ours on top (ours add `app`, `resources`, and keys to `ra`):
 * within `ra`, a section we touch (e.g. `action`) keeps react-admin's other keys.
 */
function merged(framework: TranslationMessages, ours: AppCatalog): TranslationMessages {
  const base: Record<string, object> = framework.ra;
  const ra: Record<string, object> = { ...base };
  for (const [section, messages] of Object.entries(ours.ra)) ra[section] = { ...base[section], ...messages };
  return { ...framework, ...ours, ra: ra as TranslationMessages['ra'] };
}

const englishCatalog = merged(englishMessages, en);

let frenchCatalog: TranslationMessages | undefined;

/** French is a separate chunk, fetched the first time it is needed. */
export async function loadFrench(): Promise<TranslationMessages> {
  if (!frenchCatalog) {
    const [{ default: frenchMessages }, { default: fr }] = await Promise.all([
      import('ra-language-french'),
      import('../i18n/fr'),
    ]);
    frenchCatalog = merged(frenchMessages, fr);
  }
  return frenchCatalog;
}

function messagesFor(locale: string): TranslationMessages | Promise<TranslationMessages> {
  if (locale !== 'fr') return englishCatalog;
  return frenchCatalog ?? loadFrench();
}

/** The user's remembered language, else the browser's. */
export function initialLocale(): Locale {
  return getUser()?.locale ?? browserLocale();
}

let current: I18nProvider | undefined;

/**
 * Builds the provider for `locale`; async because polyglot needs the first locale's messages
 * synchronously, so French is loaded before it is created.
 */
export async function buildI18nProvider(locale: Locale = initialLocale()): Promise<I18nProvider> {
  if (locale === 'fr') await loadFrench();
  current = polyglotI18nProvider(messagesFor, locale, [...LOCALES], { allowMissing: false });
  return current;
}

/**
 * The UI's language right now: what the user picked (react-admin's locale state drives the
 * provider), else their remembered one, else the browser's. The HTTP client sends it to the API.
 */
export function currentLocale(): Locale {
  const locale = current?.getLocale();
  return locale === 'fr' || locale === 'en' ? locale : initialLocale();
}

/** Translate outside React (e.g. error messages built by the HTTP client), in the current locale. */
export function translate(key: string, options?: Record<string, unknown>): string {
  if (!current) current = polyglotI18nProvider(messagesFor, 'en', [...LOCALES]);
  return current.translate(key, options);
}
