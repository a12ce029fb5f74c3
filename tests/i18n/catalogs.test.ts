import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import { describe, expect, it } from 'vitest';
import { browserLocale } from '../../src/i18n';
import { screensEn } from '../../src/i18n/en.screens';
import { shellEn } from '../../src/i18n/en.shell';
import fr from '../../src/i18n/fr';
import * as model from '../../src/model/types';
import { buildI18nProvider } from '../../src/providers/i18nProvider';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

/** The paths of the catalogue's objects whose keys are exactly `values`: the places that word that list. */
function wordings(catalog: object, values: readonly string[]): string[] {
  const wanted = [...values].sort().join('|');
  const found: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (node === null || typeof node !== 'object') return;
    if (Object.keys(node).sort().join('|') === wanted) found.push(path);
    for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key);
  };
  walk(catalog, '');
  return found;
}

function placeholders(catalog: object): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const key of keys(catalog)) {
    const value = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
    result[key] = [...String(value).matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();
  }
  return result;
}

describe('i18n catalogs', () => {
  it('English and French have exactly the same keys', () => {
    // English comes in two parts (the login page's, the screens'): a key in both would show twice here.
    const english = [...keys(shellEn), ...keys(screensEn)];
    expect(keys(fr).sort()).toEqual(english.sort());
  });

  it('use the same placeholders in both languages', () => {
    const enPlaceholders = { ...placeholders(shellEn), ...placeholders(screensEn) };
    const frPlaceholders = placeholders(fr);
    for (const key of Object.keys(enPlaceholders)) {
      expect(frPlaceholders[key], key).toEqual(enPlaceholders[key]);
    }
  });

  it('words each of the API’s value lists in one place, so every screen names a value alike', () => {
    // Three copies of the sources once read "Cooptation", "Recommandation" and "Approche directe"
    // for one value, depending on the screen.
    const lists = {
      sources: model.CANDIDATE_SOURCES,
      contracts: model.CONTRACT_TYPES,
      'interview kinds': model.INTERVIEW_KINDS,
      plans: model.PLANS,
      'remote policies': model.REMOTE_POLICIES,
      stages: model.STAGES,
      'user statuses': model.USER_STATUSES,
    };
    for (const [catalogName, catalog] of [
      ['English', { ...shellEn, ...screensEn, app: { ...shellEn.app, ...screensEn.app } }],
      ['French', fr],
    ] as const) {
      for (const [name, values] of Object.entries(lists))
        expect(wordings(catalog, values), `${catalogName} ${name}`).toHaveLength(1);
    }
  });

  it('no react-admin key falls back to English in French', () => {
    const missing = keys(englishMessages).filter((key) => !keys(frenchMessages).includes(key));
    expect(missing).toEqual([]);
  });

  it('has a name for every registered resource in both languages', () => {
    for (const [resource, catalog] of Object.entries(fr.resources)) {
      expect(catalog.name, resource).not.toBe('');
      expect(catalog.name).not.toBe(screensEn.resources[resource as keyof typeof screensEn.resources].name);
    }
  });

  it('translates react-admin and our keys in French, plural forms included', async () => {
    const i18n = await buildI18nProvider('fr');
    expect(i18n.translate('ra.action.save')).toBe('Enregistrer');
    expect(i18n.translate('app.login.email')).toBe('Adresse e-mail');
    expect(i18n.translate('resources.candidates.name', { smart_count: 2 })).toBe('Candidats');
    // Keys we add to react-admin's `ra` (the rich-text toolbar) sit beside its own, in both languages.
    expect(i18n.translate('ra.tiptap.bold')).toBe('Gras');
    expect(i18n.translate('ra.action.delete')).toBe('Supprimer');
    await i18n.changeLocale('en');
    expect(i18n.translate('ra.tiptap.bold')).toBe('Bold');
    expect(i18n.translate('app.errors.retry_after', { smart_count: 1 })).toBe('Try again in 1 minute.');
  });

  it('picks French for fr-* browsers and English otherwise', () => {
    expect(browserLocale(['fr-FR', 'en'])).toBe('fr');
    expect(browserLocale(['fr'])).toBe('fr');
    expect(browserLocale(['en-GB', 'fr-FR'])).toBe('en');
    expect(browserLocale(['de-DE'])).toBe('en');
    expect(browserLocale([])).toBe('en');
  });
});
