import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { describe, test } from './fixtures';
import { DEMO_ACCOUNTS, emailField, login, logout, menu, openApp } from './helpers';

/** One identity per tab: the login page never puts a second one over the first one's screens and data. */

/** An offer's reference, e.g. TIT-2026-000302. */
const REFERENCE = /TIT-\d{4}-\d{6}/g;

/** The references of the offer rows on screen. */
async function offerReferences(page: Page): Promise<string[]> {
  await page.waitForFunction(() =>
    /TIT-\d{4}-\d{6}/.test(document.querySelector('table tbody')?.textContent ?? ''),
  );
  const text = (await page.locator('table tbody').textContent()) ?? '';
  return text.match(REFERENCE) ?? [];
}

describe('session', () => {
  test('a signed-in user who opens the login page is back on their own dashboard, still themselves', async ({
    page,
  }) => {
    await login(page, DEMO_ACCOUNTS.sales.email);
    await page.getByRole('heading', { name: 'Welcome, Sasha Sales' }).waitFor();

    await openApp(page, '#/login');

    await page.waitForURL((url) => !url.hash.startsWith('#/login'));
    await page.getByRole('heading', { name: 'Welcome, Sasha Sales' }).waitFor();
    assert.equal(await emailField(page).count(), 0, 'no login form over the live session');
    await page.getByRole('button', { name: /Sasha Sales/ }).waitFor();
  });

  test('after switching accounts, the new one never sees the rows cached for the previous one', async ({
    page,
  }) => {
    await login(page, DEMO_ACCOUNTS.acme.email);
    await menu(page).getByRole('menuitem', { name: 'Offers' }).click();
    const acmeOffers = await offerReferences(page);
    assert.ok(acmeOffers.length > 0, 'Acme sees its offers');

    await logout(page);
    await login(page, DEMO_ACCOUNTS.globex.email);
    // Every row the offers list ever paints, from its first frame on.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenRows: string[] }).seenRows = seen;
      new MutationObserver(() => {
        for (const row of document.querySelectorAll('table tbody tr')) seen.push(row.textContent ?? '');
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await menu(page).getByRole('menuitem', { name: 'Offers' }).click();
    const globexOffers = await offerReferences(page);
    const painted = await page.evaluate(() => (window as unknown as { seenRows: string[] }).seenRows);
    const leaked = acmeOffers.filter((reference) => painted.some((row) => row.includes(reference)));
    assert.deepEqual(leaked, [], 'no Acme offer was painted for Globex');
    assert.notDeepEqual(globexOffers, acmeOffers);
  });
});
