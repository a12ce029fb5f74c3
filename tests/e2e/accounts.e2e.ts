import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import type { Company } from '../../src/model/types';
import { describe, test } from './fixtures';
import {
  apiAs,
  BLANK_PAGE,
  DEMO_ACCOUNTS,
  ensureSignedIn,
  menu,
  openSignedIn,
  type PageApi,
} from './helpers';

const SUPPORT = DEMO_ACCOUNTS.support.email;

/** An active customer account of the demo seed. */
async function activeCompany(api: PageApi): Promise<Company> {
  const filter = encodeURIComponent(JSON.stringify({ status: 'active' }));
  const [company] = await api.get<Company[]>(`/companies?filter=${filter}&sort=["id","ASC"]&range=[0,0]`);
  assert.ok(company, 'the seed has an active company');
  return company;
}

/** Waits until `read` returns true: another tab's write reaches this tab's mock asynchronously. */
async function eventually(read: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await read()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`never happened: ${what}`);
}

async function openCompanyEdit(page: Page, id: number): Promise<void> {
  await ensureSignedIn(page, SUPPORT, `#/companies/${id}`);
  await page.getByRole('textbox', { name: /^City/ }).waitFor();
}

describe('accounts', () => {
  test('a support agent adjusts credits with a reason and finds the entry in the audit log', async ({
    page,
  }) => {
    await openSignedIn(page, SUPPORT, BLANK_PAGE);
    const company = await activeCompany(await apiAs(page, SUPPORT));
    const before = company.credits.cvUnlocks;
    const reason = `Goodwill after the outage, e2e ${Date.now()}`;

    await ensureSignedIn(page, SUPPORT, `#/companies/${company.id}/show`);
    await page.getByRole('button', { name: 'Adjust credits' }).click();
    const dialog = page.getByRole('dialog', { name: /adjust the credits/i });
    await dialog.getByRole('spinbutton', { name: /^Amount/ }).fill('5');
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill(reason);
    await dialog.getByText(`Balance after: ${before + 5}`).waitFor();
    await dialog.getByRole('button', { name: 'Adjust', exact: true }).click();
    await page.getByText(`Credits adjusted: new balance ${before + 5}`).waitFor();

    await menu(page)
      .getByRole('menuitem', { name: /audit log/i })
      .click();
    const row = page.locator('table tbody tr', { hasText: reason });
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Credits adjusted/);
    await row.click();
    const changes = page.getByRole('table', { name: 'Changes' });
    const line = changes.getByRole('row', { name: /CV unlock credits/ });
    await line.waitFor();
    const cells = await line.getByRole('cell').allInnerTexts();
    assert.deepEqual(cells.slice(-2), [String(before), String(before + 5)], 'before and after');
  });

  test('two tabs edit the same company: the second save shows the conflict dialog', async ({
    page,
    context,
  }) => {
    await openSignedIn(page, SUPPORT, BLANK_PAGE);
    const company = await activeCompany(await apiAs(page, SUPPORT));
    const second = await context.newPage();
    await openSignedIn(second, SUPPORT, BLANK_PAGE);
    await openCompanyEdit(page, company.id);
    await openCompanyEdit(second, company.id);

    // The first tab saves a new city...
    const city = page.getByRole('textbox', { name: /^City/ });
    await city.fill('Lille');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/show$/);
    // ...which the second tab's mock API receives over the demo's BroadcastChannel.
    const secondApi = await apiAs(second, SUPPORT);
    await eventually(
      async () => (await secondApi.get<Company>(`/companies/${company.id}`)).city === 'Lille',
      'the first tab’s write reaches the second tab',
    );

    // The second tab still shows the version it loaded: its save must not overwrite silently.
    const otherCity = second.getByRole('textbox', { name: /^City/ });
    await otherCity.fill('Bordeaux');
    await second.getByRole('button', { name: 'Save' }).click();
    const conflict = second.getByRole('dialog', { name: /someone else changed this record/i });
    const cityRow = conflict.getByRole('row', { name: /City/ });
    await cityRow.waitFor();
    const text = (await cityRow.textContent()) ?? '';
    assert.match(text, /Bordeaux/, 'my value');
    assert.match(text, /Lille/, 'the stored value');
    assert.equal(
      (await secondApi.get<Company>(`/companies/${company.id}`)).city,
      'Lille',
      'nothing overwritten',
    );
  });
});
