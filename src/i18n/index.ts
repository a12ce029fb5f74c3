import type { Locale } from '../model/types';

import type { screensEn } from './en.screens';
import type { shellEn } from './en.shell';

/**
 * The whole English catalog, loaded in two parts (en.shell.ts with the app, en.screens.ts with
 * sign-in): fr.ts has exactly these keys, and tests/i18n/catalogs.test.ts checks no key is in both parts.
 */
export type AppCatalog = typeof shellEn & typeof screensEn;

export const LOCALES: ReadonlyArray<{ locale: Locale; name: string }> = [
  { locale: 'en', name: 'English' },
  { locale: 'fr', name: 'Français' },
];

/** The browser's language decides until the user picks one: `fr-*` → French, anything else English. */
export function browserLocale(languages: readonly string[] = navigatorLanguages()): Locale {
  const first = languages[0]?.toLowerCase() ?? 'en';
  return first === 'fr' || first.startsWith('fr-') ? 'fr' : 'en';
}

function navigatorLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
