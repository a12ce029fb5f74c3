import assert from 'node:assert/strict';
import { describe, test, useOptions } from './fixtures';
import { DEMO_ACCOUNTS, openSignedIn } from './helpers';

const CHARTS = [
  'Offers published and closed',
  'Applications funnel',
  'Time to hire',
  'Median time in each stage',
  'Applications by source',
  'Plan mix',
  'Monthly recurring revenue',
  'Job boards',
  'Job boards by market',
];

describe('dashboards', () => {
  test('the sales dashboard draws its charts, and 7 days refetches and changes the figures', async ({
    page,
  }) => {
    const statsCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/stats/')) statsCalls.push(request.url());
    });
    await openSignedIn(page, DEMO_ACCOUNTS.sales.email, '#/');

    for (const name of CHARTS) {
      await page
        .getByRole('region', { name, exact: true })
        .locator('svg.recharts-surface[role="application"]')
        .waitFor({ timeout: 60_000 });
    }
    const applications = page
      .getByRole('region', { name: 'Applications', exact: true })
      .getByTestId('kpi-value');
    const offers = page.getByRole('region', { name: 'Offers published and closed', exact: true });
    const before = (await applications.textContent()) ?? '';
    // The offers chart's table view lists exactly its buckets: one a day.
    await offers.getByRole('button', { name: 'Show as table' }).click();
    const dayRows = offers.locator('table tbody tr');
    assert.equal(await dayRows.count(), 30, 'one row a day over the default 30 days');

    statsCalls.length = 0;
    await page.getByRole('combobox', { name: 'Period' }).click();
    await page.getByRole('option', { name: 'Last 7 days' }).click();

    await page.waitForFunction(() => window.location.hash.includes('range=7d'));
    await page.waitForFunction(
      (text) => {
        const region = document.querySelector('section[aria-label="Applications"] [data-testid="kpi-value"]');
        return region !== null && region.textContent !== text;
      },
      before,
      { timeout: 20_000 },
    );
    const kpiCall = statsCalls.find((url) => url.includes('/api/stats/kpis?'));
    assert.ok(kpiCall, 'the KPIs were fetched again');
    const params = new URL(kpiCall).searchParams;
    const days = (Date.parse(params.get('to') ?? '') - Date.parse(params.get('from') ?? '')) / 86_400_000 + 1;
    assert.equal(days, 7);
    await page.waitForFunction(
      () =>
        document.querySelectorAll('section[aria-label="Offers published and closed"] table tbody tr')
          .length === 7,
    );
    assert.ok(
      Number(((await applications.textContent()) ?? '').replace(/\D/g, '')) <
        Number(before.replace(/\D/g, '')),
    );
  });
});

describe('chart tooltips', () => {
  describe(() => {
    useOptions({ context: { locale: 'fr-FR' } });
    test('a French reader hovering the MRR chart reads a French month and euros formatted the French way', async ({
      page,
    }) => {
      await openSignedIn(page, DEMO_ACCOUNTS.sales.email, '#/');
      const chart = page
        .getByRole('region', { name: 'Revenu mensuel récurrent', exact: true })
        .locator('svg.recharts-surface[role="application"]');
      await chart.waitFor({ timeout: 60_000 });
      await chart.scrollIntoViewIfNeeded();
      const box = await chart.boundingBox();
      assert.ok(box, 'the chart is drawn');
      // The last month, at the right end of the plot.
      await page.mouse.move(box.x + box.width * 0.85, box.y + box.height * 0.5);
      const tooltip = page.locator('.recharts-tooltip-wrapper').filter({ hasText: '€' });
      await tooltip.waitFor({ state: 'visible' });
      const text = ((await tooltip.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
      assert.match(text, /\b(janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.? 20\d\d/);
      // 10 621 € (grouped by spaces, the sign after), never €10,621.
      assert.match(text, /\d{1,3}( \d{3})* €/);
      assert.doesNotMatch(text, /€\d|\d,\d{3}/);
    });
  });
});

describe('dashboards per role', () => {
  test('a recruiter sees their own funnel and offers, with no accessibility violation in the widgets', async ({
    page,
  }) => {
    await openSignedIn(page, DEMO_ACCOUNTS.acme.email, '#/');
    const funnel = page.getByRole('region', { name: 'Applications funnel', exact: true });
    await funnel.locator('svg.recharts-surface[role="application"]').waitFor({ timeout: 60_000 });
    await page.getByRole('region', { name: 'Offers needing attention' }).getByRole('link').first().waitFor();
    await page.getByRole('region', { name: 'Offer health' }).getByRole('table').waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Market' }).count(), 0);

    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: object,
              options: object,
            ) => Promise<{ violations: Array<{ id: string; impact: string }> }>;
          };
        }
      ).axe;
      // Violations only, as in a11y.e2e.ts: the same violations in less than half the time.
      const result = await axe.run({ include: [['main']] }, { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id);
    });
    assert.deepEqual(violations, []);
  });
});
