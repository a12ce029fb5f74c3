import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { browserLocale, LOCALES } from '../i18n';
import { shellEn } from '../i18n/en.shell';
import type { Locale } from '../model/types';
import { getUser } from './session';

function isSection(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * `ours` on top of `base`, section by section: react-admin's own messages under ours (ours add
 * `app`, `resources`, and keys to `ra`, where a section we touch, e.g. `action`, keeps react-admin's
 * other keys), and the screens' English joining the login page's.
 */
function merged(base: TranslationMessages, ours: object): TranslationMessages {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(ours)) {
    const below = result[key];
    result[key] = isSection(below) && isSection(value) ? merged(below as TranslationMessages, value) : value;
  }
  return result as TranslationMessages;
}

/** The login page's English; the screens' strings join it at sign-in (loadScreenStrings). */
let englishCatalog = merged(englishMessages, shellEn);
let screenStrings: Promise<void> | undefined;

/**
 * The English of the signed-in screens, fetched with the pages' shared code (vite.config.ts puts
 * it in that chunk, which is prefetched while the login form is up): signing in waits for it, so
 * no screen ever shows before its words. French is loaded whole (loadFrench).
 */
export function loadScreenStrings(): Promise<void> {
  screenStrings ??= import('../i18n/en.screens').then(
    async ({ screensEn }) => {
      englishCatalog = merged(englishCatalog, screensEn);
      // The provider made before has the shell's words only: give it the whole catalog.
      if (current?.getLocale() === 'en') await current.changeLocale('en');
    },
    (error: unknown) => {
      screenStrings = undefined;
      throw error;
    },
  );
  return screenStrings;
}

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
  if (locale === 'fr') return frenchCatalog ?? loadFrench();
  return englishCatalog;
}

/** The user's remembered language, else the browser's. */
export function initialLocale(): Locale {
  return getUser()?.locale ?? browserLocale();
}

let current: I18nProvider | undefined;

/**
 * Builds the provider for `locale`; async because polyglot needs the first locale's messages
 * synchronously, so French is loaded before it is created, and the screens' English too unless
 * the tab starts signed out (the login page does without it).
 */
export async function buildI18nProvider(
  locale: Locale = initialLocale(),
  { signedIn = true }: { signedIn?: boolean } = {},
): Promise<I18nProvider> {
  // Signed in, English is made whole even for a French user, who may switch to it.
  await Promise.all([locale === 'fr' && loadFrench(), signedIn && loadScreenStrings()]);
  const provider = polyglotI18nProvider(messagesFor, locale, [...LOCALES], { allowMissing: false });
  markPageLanguage(locale);
  current = {
    ...provider,
    changeLocale: async (next, options) => {
      await provider.changeLocale(next, options);
      markPageLanguage(next);
    },
  };
  return current;
}

/** `<html lang>` follows the UI, so screen readers speak French text with a French voice (WCAG 3.1.1). */
function markPageLanguage(locale: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
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
