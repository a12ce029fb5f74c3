import assert from 'node:assert/strict';
import { describe, test } from './fixtures';
import { BLANK_PAGE, DEMO_ACCOUNTS, drawnChart, openSignedIn, settled } from './helpers';

/**
 * Issue 16, point 15: the sales screens as a sales person sees them in the browser: MRR in the
 * market's currency only, monthly MRR points, the sources as bars, and account health as one table
 * that the API sorts and pages; the company page shows the account's score.
 */
describe('sales screens', () => {
  test('the United Kingdom shows MRR in pounds only, a year of monthly MRR points and sources as bars', async ({
    page,
  }) => {
    await openSignedIn(page, DEMO_ACCOUNTS.sales.email, '#/');
    await page.evaluate(() => {
      window.location.hash = '#/?country=GB';
    });
    const gbp = page.getByRole('region', { name: 'MRR (GBP)', exact: true });
    await gbp.getByTestId('kpi-value').waitFor({ timeout: 60_000 });
    await settled(page);
    assert.equal(await page.getByRole('region', { name: 'MRR (EUR)', exact: true }).count(), 0);

    // Over the default 30 days, the MRR chart's table view still holds one row a month for a year.
    const mrr = page.getByRole('region', { name: 'Monthly recurring revenue', exact: true });
    await drawnChart(mrr);
    await mrr.getByRole('button', { name: 'Show as table' }).click();
    assert.ok((await mrr.locator('table tbody tr').count()) >= 12, 'a point a month over 12 months');

    const sources = page.getByRole('region', { name: 'Applications by source', exact: true });
    await drawnChart(sources);
    assert.ok((await sources.locator('.recharts-bar-rectangle').count()) > 0, 'bars');
    assert.equal(await sources.locator('.recharts-line').count(), 0, 'no line between sources');
  });

  test('account health: ten rows a page, sorted and paged by the API, components on demand', async ({
    page,
  }) => {
    const calls: URL[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('/api/account-health')) calls.push(url);
    });
    await openSignedIn(page, DEMO_ACCOUNTS.sales.email, '#/');
    const health = page.getByRole('region', { name: 'Account health', exact: true });
    const table = health.getByRole('table', { name: 'Account health' });
    await table.locator('tbody tr').first().waitFor({ timeout: 60_000 });
    const rows = table.locator('tbody tr:has(a)');
    assert.equal(await rows.count(), 10, 'one page of ten, not every account');
    assert.doesNotMatch((await table.textContent()) ?? '', /pts/, 'no "· 20 pts" in every cell');

    const names = () => rows.locator('a').allTextContents();
    const before = await names();
    calls.length = 0;
    await health.getByRole('button', { name: /^Account/ }).click();
    await page.waitForFunction(
      (first) => {
        const link = document.querySelector('section[aria-label="Account health"] tbody a');
        return link !== null && link.textContent !== first;
      },
      before[0],
      { timeout: 20_000 },
    );
    const sorted = await names();
    assert.deepEqual(sorted, [...sorted].sort(), 'A to Z');
    assert.ok(
      calls.some((url) => (url.searchParams.get('sort') ?? '').includes('name')),
      'the API sorts',
    );

    calls.length = 0;
    await health.getByRole('button', { name: /next page/i }).click();
    await page.waitForFunction(
      (first) =>
        document.querySelector('section[aria-label="Account health"] tbody a')?.textContent !== first,
      sorted[0],
      { timeout: 20_000 },
    );
    assert.ok(
      calls.some((url) => url.searchParams.get('range') === '[10,19]'),
      'the API sends the second page',
    );

    const show = health.getByRole('button', { name: /^Show the details of/ }).first();
    const account = ((await show.getAttribute('aria-label')) ?? '').replace('Show the details of ', '');
    await show.click();
    const hide = health.getByRole('button', { name: `Hide the details of ${account}`, exact: true });
    assert.equal(await hide.getAttribute('aria-expanded'), 'true');
    await health.getByText('Active recruiters').first().waitFor();
  });

  test('a company page shows its health score and its change', async ({ page }) => {
    await openSignedIn(page, DEMO_ACCOUNTS.support.email, BLANK_PAGE);
    await page.evaluate(() => {
      window.location.hash = '#/companies/1/show';
    });
    const region = page.getByRole('region', { name: 'Health score' });
    await region.locator('dl').waitFor({ timeout: 60_000 });
    assert.match((await region.textContent()) ?? '', /\d{1,3} \/ 100/);
    await region.getByText('Active recruiters').waitFor();
  });
});
