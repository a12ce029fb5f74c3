import assert from 'node:assert/strict';
import { EXPECTED_MENUS } from '../helpers/menus';
import { describe, test } from './fixtures';
import {
  apiAs,
  BLANK_PAGE,
  DEMO_ACCOUNTS,
  emailField,
  expectLoginPage,
  login,
  logout,
  menu,
  menuEntries,
  openApp,
  openSignedIn,
  revokeSessionOnServer,
  sessionToken,
} from './helpers';

const MENUS: Record<keyof typeof DEMO_ACCOUNTS, readonly string[]> = EXPECTED_MENUS;

describe('app shell', () => {
  test('an anonymous visitor lands on the login page', async ({ page }) => {
    await openApp(page);
    await expectLoginPage(page);
    assert.match(page.url(), /#\/login/);
    assert.equal(await emailField(page).inputValue(), '');
  });

  for (const [account, expected] of Object.entries(MENUS)) {
    const { email } = DEMO_ACCOUNTS[account as keyof typeof MENUS];
    test(`${email} signs in and sees exactly its menu`, async ({ page }) => {
      await login(page, email);
      assert.deepEqual(await menuEntries(page), expected);
    });
  }

  test("a recruiter typing another company's offer URL gets a not-found page", async ({ page }) => {
    await openSignedIn(page, DEMO_ACCOUNTS.acme.email, BLANK_PAGE);
    const globex = await apiAs(page, DEMO_ACCOUNTS.globex.email);
    const [offer] =
      await globex.get<Array<{ id: number; title: string; companyId: number }>>('/offers?range=[0,0]');
    assert.equal(offer.companyId, 2, 'the offer belongs to Globex');

    await openApp(page, `#/offers/${offer.id}/show`);

    await page
      .getByText(/page not found|does not exist/i)
      .first()
      .waitFor();
    assert.equal(await page.getByText(offer.title).count(), 0, "Globex's offer title is not shown");
  });

  test('logout returns to the login page and Back does not show data again', async ({ page }) => {
    await login(page, DEMO_ACCOUNTS.acme.email);
    await menu(page).getByRole('menuitem', { name: 'Offers' }).click();
    await page.locator('table tbody tr').first().waitFor();

    await logout(page);
    assert.equal(await sessionToken(page), null, 'no token left in the tab');

    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });
    await page.goBack();
    await expectLoginPage(page);
    assert.equal(await page.locator('table tbody tr').count(), 0, 'no offer rows on screen');
    // Back lands on the login page once, not through a redirect loop.
    assert.ok(navigations <= 3, `Back after logout went through ${navigations} navigations`);
  });

  test('a session that expired behind the app sends the user to the login page', async ({ page }) => {
    await login(page, DEMO_ACCOUNTS.sales.email);
    // The dashboard's own requests answered first: under load, one still out when the token goes
    // got the 401 itself, and the app was on the login page before the menu could be clicked.
    await revokeSessionOnServer(page);

    // The next screen's request is the one that meets the 401 (the menu's link, followed as a hash).
    await page.evaluate(() => {
      window.location.hash = '#/companies';
    });

    await expectLoginPage(page);
    assert.equal(await sessionToken(page), null);
  });
});
