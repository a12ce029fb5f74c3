import type { Locale } from '../model/types';

export type { AppCatalog } from './en';

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
