import assert from 'node:assert/strict';
import { describe, test, useOptions } from './fixtures';
import { DEMO_ACCOUNTS, drawEveryChart, drawnChart, openSignedIn, settled } from './helpers';

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

    // Each card draws its chart once scrolled to.
    for (const name of CHARTS) await drawnChart(page.getByRole('region', { name, exact: true }));
    await page.evaluate(() => window.scrollTo(0, 0));
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

describe('charts drawn near the viewport', () => {
  describe(() => {
    useOptions({ context: { viewport: { width: 1440, height: 900 } } });
    test('the sales dashboard’s last chart card, out of view, has its figures and a named box, and draws its chart once scrolled to', async ({
      page,
    }) => {
      await openSignedIn(page, DEMO_ACCOUNTS.sales.email, '#/');
      await page.locator('main svg.recharts-surface').first().waitFor({ timeout: 60_000 });
      await settled(page);
      const last = page.locator('main section:has([data-chart])').last();
      const box = await last.boundingBox();
      assert.ok(
        box && box.y > 2 * 900,
        `the last chart card starts more than a screen below the first (${box?.y})`,
      );
      // Its figures came with the others: its table view is offered, its text alternative is there.
      await last.getByRole('button', { name: 'Show as table' }).waitFor();
      assert.equal(await last.getByRole('img', { name: /^Chart: / }).count(), 1);
      assert.equal(await last.locator('svg.recharts-surface').count(), 0, 'not drawn before the scroll');
      await drawnChart(last);
    });
  });
});

describe('chart tooltips', () => {
  describe(() => {
    useOptions({ context: { locale: 'fr-FR' } });
    test('a French reader hovering the MRR chart reads a French month and euros formatted the French way', async ({
      page,
    }) => {
      await openSignedIn(page, DEMO_ACCOUNTS.sales.email, '#/');
      const chart = await drawnChart(
        page.getByRole('region', { name: 'Revenu mensuel récurrent', exact: true }),
      );
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

/**
 * Every pair of a chart's axis labels whose glyph boxes overlap on screen, as `chart: "a" overlaps
 * "b"`. Each box is the label's own, turned as the label is (slanted labels' boxes are rotated
 * rectangles, compared by the separating axis test).
 */
function overlappingLabels(): string[] {
  type Point = { x: number; y: number };
  const corners = (text: SVGTextElement): Point[] => {
    const box = text.getBBox();
    const matrix = text.getScreenCTM() as DOMMatrix;
    return [
      [box.x, box.y],
      [box.x + box.width, box.y],
      [box.x + box.width, box.y + box.height],
      [box.x, box.y + box.height],
    ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
  };
  // Overlapping by more than a pixel of anti-aliasing along every edge's normal.
  const overlap = (a: Point[], b: Point[]): boolean =>
    [a, b].every((shape) =>
      shape.every((p, i) => {
        const q = shape[(i + 1) % shape.length];
        const normal = { x: q.y - p.y, y: p.x - q.x };
        const length = Math.hypot(normal.x, normal.y) || 1;
        const project = (points: Point[]) => points.map((r) => (r.x * normal.x + r.y * normal.y) / length);
        const [pa, pb] = [project(a), project(b)];
        return Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb)) > 1;
      }),
    );
  return [...document.querySelectorAll('svg.recharts-surface')].flatMap((svg) => {
    const chart = svg.closest('[aria-label]')?.getAttribute('aria-label') ?? 'a chart';
    const labels = [...svg.querySelectorAll<SVGTextElement>('text.recharts-cartesian-axis-tick-value')]
      .filter((text) => text.getBBox().width > 0)
      .map((text) => ({ text: text.textContent ?? '', shape: corners(text) }));
    return labels.flatMap((a, i) =>
      labels
        .slice(i + 1)
        .filter((b) => overlap(a.shape, b.shape))
        .map((b) => `${chart}: "${a.text}" overlaps "${b.text}"`),
    );
  });
}

describe('chart labels', () => {
  for (const [viewport, locale] of [
    [{ width: 1280, height: 800 }, 'en-GB'],
    [{ width: 390, height: 844 }, 'fr-FR'],
  ] as const) {
    describe(() => {
      useOptions({ context: { viewport, locale } });
      test(`no two labels of a chart's axis overlap, on the dashboards and a company's credit usage (${viewport.width} px, ${locale})`, async ({
        page,
      }) => {
        const found: string[] = [];
        for (const [account, hash] of [
          [DEMO_ACCOUNTS.acme, '#/'],
          [DEMO_ACCOUNTS.sales, '#/'],
          [DEMO_ACCOUNTS.support, '#/companies/1/show/usage'],
        ] as const) {
          await openSignedIn(page, account.email, hash);
          // Every chart, those further down included (a card draws its chart once scrolled near).
          await drawEveryChart(page);
          found.push(...(await page.evaluate(overlappingLabels)));
        }
        assert.deepEqual(found, []);
      });
    });
  }
});
