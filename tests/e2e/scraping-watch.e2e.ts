import assert from 'node:assert/strict';
import { describe, test } from './fixtures';
import { BLANK_PAGE, DEMO_ACCOUNTS, menu, openSignedIn } from './helpers';

const SUPPORT = DEMO_ACCOUNTS.support.email;

describe('scraping watch', () => {
  test('support finds the flagged scraper on the dashboard and the watch, and lowers its quota, warns its company and locks it', async ({
    page,
  }) => {
    await openSignedIn(page, SUPPORT, '#/');
    // The dashboard's card names the flagged user.
    const card = page.getByRole('region', { name: 'Possible scraping' });
    await card.getByText('1 flagged user · 2 flagged companies').waitFor();

    await menu(page).getByRole('menuitem', { name: 'Scraping watch' }).click();
    const first = page.locator('table tbody tr').first();
    await first.getByText('Flagged').waitFor();
    assert.match((await first.textContent()) ?? '', /walked the ids one after another/);
    const name = ((await first.locator('td').nth(1).textContent()) ?? '').trim();

    // The row opens on its chart (with a text alternative) and the actions.
    await first.locator('td').nth(1).click();
    await page.getByRole('img', { name: new RegExp(`Profile views per day of ${name}`) }).waitFor();

    await page.getByRole('button', { name: 'Lower the quota' }).click();
    let dialog = page.getByRole('dialog', { name: `Lower the quotas of ${name}` });
    await dialog.getByRole('textbox', { name: /^New database profiles a day/ }).fill('20');
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Walking the ids at night (e2e)');
    await dialog.getByRole('button', { name: 'Lower the quota' }).click();
    await page.getByText('Quota lowered').waitFor();
    await page.getByText('Quota: 20 a day').first().waitFor();

    await page.getByRole('button', { name: 'Warn the company' }).click();
    dialog = page.getByRole('dialog', { name: /^Warn the contact of/ });
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Hundreds of profiles read at night (e2e)');
    await dialog.getByRole('button', { name: 'Send the warning' }).click();
    await page.getByText('Company warned').waitFor();

    await page.getByRole('button', { name: 'Lock the user' }).click();
    dialog = page.getByRole('dialog', { name: `Lock ${name}?` });
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Scraping the database (e2e)');
    await dialog.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByText('User locked').waitFor();
    await page.locator('table tbody tr', { hasText: name }).first().getByText('Locked').waitFor();

    // Each action is in the audit log with its reason.
    await menu(page)
      .getByRole('menuitem', { name: /audit log/i })
      .click();
    for (const reason of [
      'Walking the ids at night (e2e)',
      'Hundreds of profiles read at night (e2e)',
      'Scraping the database (e2e)',
    ])
      await page.locator('table tbody tr', { hasText: reason }).first().waitFor();
  });

  test('support sees flagged companies, with their users and chart, lowers all their users’ quotas and warns their contact', async ({
    page,
  }) => {
    await openSignedIn(page, SUPPORT, BLANK_PAGE);
    await menu(page).getByRole('menuitem', { name: 'Scraping watch' }).click();
    await page.getByRole('tab', { name: 'Companies' }).click();
    // The seeded split harvest: several users, none flagged alone, together far above the plan.
    const row = page.locator('table tbody tr', { hasText: 'none flagged alone' }).first();
    await row.getByText('Flagged', { exact: true }).waitFor();
    const name = ((await row.locator('td').nth(1).textContent()) ?? '').trim();
    await row.locator('td').nth(1).click();
    await page.getByRole('heading', { name: 'Its recruiters' }).waitFor();
    await page
      .getByRole('img', { name: new RegExp(`Profile views per day of ${name}, all users`) })
      .waitFor();

    await page.getByRole('button', { name: 'Lower the quotas of all its users' }).click();
    let dialog = page.getByRole('dialog', { name: `Lower the quotas of every recruiter of ${name}` });
    await dialog.getByRole('textbox', { name: /^New database profiles a day/ }).fill('15');
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Harvest split between accounts (e2e)');
    await dialog.getByRole('button', { name: 'Lower the quotas of all its users' }).click();
    await page.getByText('Quotas of the company’s users lowered').waitFor();
    await page
      .getByText(/Quota: 15 a day/)
      .first()
      .waitFor();

    await page.getByRole('button', { name: 'Warn the company' }).click();
    dialog = page.getByRole('dialog', { name: `Warn the contact of ${name}` });
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Accounts reading far above peers (e2e)');
    await dialog.getByRole('button', { name: 'Send the warning' }).click();
    await page.getByText('Company warned').waitFor();

    await menu(page)
      .getByRole('menuitem', { name: /audit log/i })
      .click();
    for (const reason of ['Harvest split between accounts (e2e)', 'Accounts reading far above peers (e2e)'])
      await page.locator('table tbody tr', { hasText: reason }).first().waitFor();
  });
});
