import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { describe, test, useOptions } from './fixtures';
import {
  apiAs,
  DEMO_ACCOUNTS,
  drawEveryChart,
  emailField,
  expectLoginPage,
  firstId,
  openApp,
  openSignedIn,
  passwordField,
  settled,
} from './helpers';

/**
 * Issue 9, accessibility: axe-core over every screen, as the roles that see it, in the light and the
 * dark theme (the OS preference, which the app follows until the user picks one): no serious or
 * critical violation. Plus what axe cannot see: keyboard reach with a visible focus, and a text
 * alternative for each chart.
 */
const THEMES = ['light', 'dark'] as const;
const SLOW = { timeoutMs: 420_000 };
/** First record of each resource: `show`, `edit`, or both. */
type Pages = Record<string, Array<'list' | 'show' | 'edit' | 'create'>>;

const RECRUITER_PAGES: Pages = {
  candidates: ['list', 'show', 'edit', 'create'],
  offers: ['list', 'show', 'edit', 'create'],
  applications: ['list', 'show'],
  interviews: ['list', 'show', 'edit', 'create'],
  scorecards: ['list', 'edit'],
  tasks: ['list', 'edit'],
  'message-templates': ['list', 'edit'],
  activities: ['list'],
  'saved-views': ['list'],
  'credit-ledger': ['list'],
};
const SALES_PAGES: Pages = { companies: ['list', 'show'], users: ['list', 'show'], offers: ['list'] };
const SUPPORT_PAGES: Pages = {
  companies: ['list', 'show', 'edit'],
  users: ['list', 'show', 'edit', 'create'],
  'audit-logs': ['list', 'show'],
};

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[]; html: string }> }>;
}

/** The serious and critical axe violations of the page as it is, as "where: rule (first node)". */
async function scan(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    // A colour caught mid-fade fails contrast: scan the screens as they rest.
    await page.addStyleTag({
      content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
    });
  }
  await settled(page);
  // Violations only: axe then skips aggregating the passes and the inapplicable rules, less than
  // half the time a scan took, and the violations it reports are the same.
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(
      document,
      { resultTypes: ['violations'] },
    ),
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.nodes.length}×, e.g. ${v.nodes[0]?.html.slice(0, 200)})`);
}

async function visit(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
  await page.waitForFunction((target) => window.location.hash.startsWith(target), hash);
}

async function scanPages(page: Page, pages: Pages): Promise<string[]> {
  const found: string[] = [];
  for (const [resource, views] of Object.entries(pages)) {
    const id = await firstId(page, resource);
    for (const view of views) {
      if ((view === 'show' || view === 'edit') && id === undefined) {
        found.push(`${resource} ${view}: no record to open`);
        continue;
      }
      const hash = {
        list: `#/${resource}`,
        create: `#/${resource}/create`,
        show: `#/${resource}/${id}/show`,
        edit: `#/${resource}/${id}`,
      }[view];
      await visit(page, hash);
      found.push(...(await scan(page, hash)));
    }
  }
  return found;
}

async function expectDarkTheme(page: Page, theme: (typeof THEMES)[number]): Promise<void> {
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
  assert.equal(r + g + b < 200 * 3, theme === 'dark', `the ${theme} theme is on (body: ${background})`);
}

for (const theme of THEMES) {
  const options = { ...SLOW, context: { colorScheme: theme } };
  describe(`accessibility, ${theme} theme`, () => {
    describe(() => {
      useOptions(options);
      test('the login page', async ({ page }) => {
        await openApp(page, '#/login');
        await expectLoginPage(page);
        await expectDarkTheme(page, theme);
        const found = await scan(page, 'login');
        assert.deepEqual(found, [], `serious or critical violations:\n${found.join('\n')}`);
      });
    });

    describe(() => {
      useOptions(options);
      test('a recruiter’s dashboard, pipeline board, lists, records and forms', async ({ page }) => {
        await openSignedIn(page, DEMO_ACCOUNTS.acme.email, '#/');
        await expectDarkTheme(page, theme);
        const found = await scan(page, 'recruiter dashboard');
        await visit(page, '#/pipeline');
        await page.locator('[data-card-id]').first().waitFor();
        found.push(...(await scan(page, 'pipeline')));
        found.push(...(await scanPages(page, RECRUITER_PAGES)));
        assert.deepEqual(found, [], `serious or critical violations:\n${found.join('\n')}`);
      });
    });

    describe(() => {
      useOptions(options);
      test('the sales dashboard and the accounts sales may read', async ({ page }) => {
        await openSignedIn(page, DEMO_ACCOUNTS.sales.email, '#/');
        await page.locator('main svg.recharts-surface').first().waitFor();
        const found = await scan(page, 'sales dashboard');
        found.push(...(await scanPages(page, SALES_PAGES)));
        assert.deepEqual(found, [], `serious or critical violations:\n${found.join('\n')}`);
      });
    });

    describe(() => {
      useOptions(options);
      test('the support dashboard, accounts, users, audit log, retention, scraping watch and candidates', async ({
        page,
      }) => {
        await openSignedIn(page, DEMO_ACCOUNTS.support.email, '#/');
        // The seed has no audit entry yet: one credit adjustment gives the audit log a record to open.
        const api = await apiAs(page, DEMO_ACCOUNTS.support.email);
        await api.send('POST', '/companies/1/credits', {
          kind: 'cvUnlocks',
          delta: 1,
          reason: 'Accessibility scan',
        });
        const found = await scan(page, 'support dashboard');
        found.push(...(await scanPages(page, SUPPORT_PAGES)));
        await visit(page, '#/retention');
        found.push(...(await scan(page, '#/retention')));
        await visit(page, '#/scraping-watch');
        found.push(...(await scan(page, '#/scraping-watch')));
        found.push(
          ...(await scanPages(page, { candidates: ['list', 'show'], applications: ['list', 'show'] })),
        );
        assert.deepEqual(found, [], `serious or critical violations:\n${found.join('\n')}`);
      });
    });
  });
}

describe('keyboard and text alternatives', () => {
  test('the login form is used from the keyboard alone, with a visible focus', async ({ page }) => {
    await openApp(page, '#/login');
    await expectLoginPage(page);
    await emailField(page).focus();
    await page.keyboard.type(DEMO_ACCOUNTS.sales.email);
    await page.keyboard.press('Tab');
    assert.equal(await passwordField(page).evaluate((input) => input === document.activeElement), true);
    await page.keyboard.type('demo');
    // Tab on until the sign-in button, which must show that it has the focus.
    for (let presses = 0; presses < 5; presses++) {
      await page.keyboard.press('Tab');
      const onButton = await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Sign in');
      if (onButton) break;
    }
    const button = page.getByRole('button', { name: 'Sign in' });
    assert.equal(await button.evaluate((element) => element === document.activeElement), true);
    assert.match((await button.getAttribute('class')) ?? '', /Mui-focusVisible/);
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Dashboard' }).waitFor();
  });

  test('each chart has a text alternative and a table view with the same figures', async ({ page }) => {
    await openSignedIn(page, DEMO_ACCOUNTS.sales.email, '#/');
    await page.locator('main svg.recharts-surface').first().waitFor();
    await settled(page);
    // A card out of view has its text alternative before its chart is drawn.
    const boxes = await page
      .locator('main [data-chart]')
      .evaluateAll((found) => found.map((box) => [box.getAttribute('role'), box.getAttribute('aria-label')]));
    assert.ok(boxes.length >= 5, `the sales dashboard has its chart boxes (${boxes.length})`);
    assert.deepEqual(
      boxes.filter(([role, label]) => role !== 'img' || !label),
      [],
      'every chart box, drawn or not yet, is a role="img" element with a label',
    );
    await drawEveryChart(page);
    const charts = await page.locator('main .recharts-wrapper').count();
    assert.equal(charts, boxes.length, 'each box draws its chart once scrolled to');
    assert.ok(charts >= 5, `the sales dashboard draws its charts (${charts})`);
    const unnamed = await page.evaluate(
      () =>
        [...document.querySelectorAll('main .recharts-wrapper')].filter(
          (chart) => !chart.closest('[role="img"][aria-label]'),
        ).length,
    );
    assert.equal(unnamed, 0, 'every chart sits in a role="img" element with a label');
    const tableButtons = page.getByRole('button', { name: 'Show as table' });
    assert.equal(await tableButtons.count(), charts, 'every chart offers its table view');
  });
});
