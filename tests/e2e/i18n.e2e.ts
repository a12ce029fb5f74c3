import assert from 'node:assert/strict';
import { describe, test, useOptions } from './fixtures';
import { chooseLanguage, DEMO_ACCOUNTS, login, logout, menuEntries, openApp } from './helpers';

const FRENCH_MENU = [
  'Tableau de bord',
  'Candidats',
  'Offres',
  'Candidatures',
  'Pipeline',
  'Entreprises',
  'Utilisateurs',
];
const ENGLISH_MENU = ['Dashboard', 'Candidates', 'Offers', 'Applications', 'Pipeline', 'Companies', 'Users'];

describe('languages', () => {
  describe(() => {
    useOptions({ context: { locale: 'fr-FR' } });
    test('a French browser gets the French UI, and the switch to English is remembered on the user', async ({
      page,
    }) => {
      await openApp(page);
      await page.getByLabel('Adresse e-mail').waitFor();
      await page.getByRole('button', { name: 'Se connecter' }).waitFor();

      await login(page, DEMO_ACCOUNTS.acme.email);
      assert.deepEqual(await menuEntries(page), FRENCH_MENU);

      await chooseLanguage(page, /english/i);
      await page.getByRole('menuitem', { name: 'Dashboard' }).waitFor();
      assert.deepEqual(await menuEntries(page), ENGLISH_MENU);

      // Signing in again in the same French browser keeps the user's choice.
      await logout(page);
      await login(page, DEMO_ACCOUNTS.acme.email);
      assert.deepEqual(await menuEntries(page), ENGLISH_MENU);
    });
  });

  test('an English browser gets the English login page', async ({ page }) => {
    await openApp(page);
    await page.getByLabel(/^Email/).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  });
});
