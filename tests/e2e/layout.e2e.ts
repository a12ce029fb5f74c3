import assert from 'node:assert/strict';
import type { BrowserContextOptions, Locator, Page } from '@playwright/test';
import { describe, test, useOptions } from './fixtures';
import { BLANK_PAGE, DEMO_ACCOUNTS, openSignedIn, settled } from './helpers';

/**
 * Issue 16, points 8 and 9: the screens at 1440×900 and on a 390×844 phone, in English and
 * French, light and dark. The page never scrolls sideways (a table or the pipeline board may scroll
 * inside itself), the candidate list shows 15+ rows, and the buttons that matter are on screen, not
 * covered, and named.
 */
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const SLOW = { timeoutMs: 240_000 };
const context = (
  viewport: { width: number; height: number },
  locale: 'en-GB' | 'fr-FR',
  colorScheme: 'light' | 'dark',
): { context: BrowserContextOptions; timeoutMs: number } => ({
  context: { viewport, locale, colorScheme },
  ...SLOW,
});

/** Opens a route in the signed-in app and waits for `ready`, then for nothing to be loading. */
async function visit(page: Page, hash: string, ready: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  await settled(page);
}

/** How far the page itself scrolls sideways, in pixels (0: it fits the window). */
function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The first candidate of the database whose contact is still masked for the signed-in recruiter. */
function maskedCandidate(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const token = sessionStorage.getItem('turnover.token');
    const filter = encodeURIComponent(JSON.stringify({ contactMasked: true }));
    const response = await fetch(`/api/candidates?filter=${filter}&range=[0,0]`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    return ((await response.json()) as Array<{ id: number }>)[0].id;
  });
}

/** The element under the centre of `target` is `target` (or inside it), and that centre is in the window. */
async function reachableAt(target: Locator): Promise<{ inView: boolean; onTop: boolean }> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const inView = box.width > 0 && x >= 0 && y >= 0 && x <= window.innerWidth && y <= window.innerHeight;
    const hit = inView ? document.elementFromPoint(x, y) : null;
    return { inView, onTop: hit !== null && (hit === element || element.contains(hit)) };
  });
}

interface Screen {
  name: string;
  hash: string | ((page: Page) => Promise<string>);
  ready: string;
}

const RECRUITER_SCREENS: Screen[] = [
  { name: 'dashboard', hash: '#/', ready: 'svg.recharts-surface' },
  { name: 'candidates', hash: '#/candidates', ready: 'main a[href^="#/candidates/"], main tbody tr' },
  {
    name: 'candidate page',
    hash: async (page) => `#/candidates/${await maskedCandidate(page)}/show`,
    ready: 'main h1',
  },
  { name: 'offers', hash: '#/offers', ready: 'main a[href^="#/offers/"], main tbody tr' },
  { name: 'applications', hash: '#/applications', ready: 'main tbody tr' },
  { name: 'pipeline', hash: '#/pipeline', ready: '[data-card-id]' },
];
const SALES_SCREENS: Screen[] = [
  { name: 'sales dashboard', hash: '#/', ready: 'section[aria-label] table' },
  { name: 'companies', hash: '#/companies', ready: 'main tbody tr' },
  { name: 'company page', hash: '#/companies/1/show', ready: 'main dl' },
];
const SUPPORT_SCREENS: Screen[] = [
  { name: 'support dashboard', hash: '#/', ready: 'main a[href^="#/companies/"]' },
  { name: 'company page', hash: '#/companies/1/show', ready: 'main dl' },
  { name: 'users', hash: '#/users', ready: 'main tbody tr' },
  { name: 'audit log', hash: '#/audit-logs', ready: 'main tbody tr' },
];

/** Visits each screen as `email` and lists those the page scrolls sideways on, with how far. */
async function overflowing(page: Page, email: string, screens: Screen[]): Promise<string[]> {
  await openSignedIn(page, email, BLANK_PAGE);
  const found: string[] = [];
  for (const screen of screens) {
    const hash = typeof screen.hash === 'string' ? screen.hash : await screen.hash(page);
    await visit(page, hash, screen.ready);
    const pixels = await sideways(page);
    if (pixels > 0) found.push(`${screen.name}: ${pixels} px`);
  }
  return found;
}

/**
 * Visits each screen as `email` on a phone and lists the visible buttons without a name, and the
 * icon-only ones whose name shows nowhere on screen (no tooltip on hover, no title).
 */
async function unlabelledButtons(
  page: Page,
  email: string,
  screens: Screen[],
): Promise<{ unnamed: string[]; untipped: string[] }> {
  await openSignedIn(page, email, BLANK_PAGE);
  const unnamed: string[] = [];
  const untipped: string[] = [];
  for (const screen of screens) {
    const hash = typeof screen.hash === 'string' ? screen.hash : await screen.hash(page);
    await visit(page, hash, screen.ready);
    // One pass in the page over what getByRole('button') finds (a protocol call per button and
    // attribute was most of these tests' time); only the icon-only buttons are then hovered.
    // Each button is marked to be found again: an index would shift once a scroll slides the app
    // bar away (its buttons then leave the accessibility tree).
    const found = await page.getByRole('button').evaluateAll((buttons) =>
      buttons.map((element, index) => {
        const box = element.getBoundingClientRect();
        const text = (element.textContent ?? '').trim();
        (element as HTMLElement).dataset.e2eButton = String(index);
        return {
          index,
          // Playwright's isVisible: a box, and not visibility: hidden.
          visible: box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden',
          // Placed off the page until focused, by design ("Skip to content"): not on screen to tap.
          offPage: box.right + window.scrollX <= 0 || box.bottom + window.scrollY <= 0,
          name: element.getAttribute('aria-label') ?? text,
          labelledBy: element.getAttribute('aria-labelledby'),
          iconOnly: text === '',
          // The browser's own tooltip (MUI's autocomplete arrow, react-admin's "Unselect").
          titled: (element.getAttribute('title') ?? '').trim() !== '',
          html: element.outerHTML.slice(0, 120),
        };
      }),
    );
    for (const button of found) {
      if (!button.visible || button.offPage) continue;
      if (!button.name && !button.labelledBy) {
        unnamed.push(`${screen.name}: ${button.html}`);
        continue;
      }
      // Icon only: the name must also be readable on screen, as a tooltip (hover or long press).
      if (!button.iconOnly || button.titled) continue;
      const target = page.locator(`[data-e2e-button="${button.index}"]`);
      if (await target.isDisabled()) continue;
      await target.scrollIntoViewIfNeeded();
      // Forced: a button covered by something else is then reported, not waited for.
      await target.hover({ force: true, timeout: 5_000 });
      const shown = await page
        .getByRole('tooltip')
        .first()
        .waitFor({ timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
      if (!shown) untipped.push(`${screen.name}: ${button.name}`);
      await page.mouse.move(0, 0);
    }
  }
  return { unnamed, untipped };
}

describe('layout at 1440×900', () => {
  describe(() => {
    useOptions(context(DESKTOP, 'en-GB', 'light'));
    test('no recruiter screen scrolls the page sideways', async ({ page }) => {
      assert.deepEqual(await overflowing(page, DEMO_ACCOUNTS.acme.email, RECRUITER_SCREENS), []);
    });
  });

  describe(() => {
    useOptions(context(DESKTOP, 'fr-FR', 'dark'));
    test('no sales or support screen scrolls the page sideways, in French and dark', async ({ page }) => {
      const found = [
        ...(await overflowing(page, DEMO_ACCOUNTS.sales.email, SALES_SCREENS)),
        ...(await overflowing(page, DEMO_ACCOUNTS.support.email, SUPPORT_SCREENS)),
      ];
      assert.deepEqual(found, []);
    });
  });

  for (const [locale, scheme, lastActivity, exportAll] of [
    ['en-GB', 'light', 'Last activity', 'Export all'],
    ['fr-FR', 'dark', 'Dernière activité', 'Tout exporter'],
  ] as const) {
    describe(() => {
      useOptions(context(DESKTOP, locale, scheme));
      test(`the candidate list shows 15 rows or more, "${lastActivity}" and "${exportAll}" on screen (${locale}, ${scheme})`, async ({
        page,
      }) => {
        await openSignedIn(page, DEMO_ACCOUNTS.acme.email, BLANK_PAGE);
        await visit(page, '#/candidates', 'main tbody tr');
        const rows = await page.evaluate(
          () =>
            [...document.querySelectorAll('main tbody tr')].filter((row) => {
              const box = row.getBoundingClientRect();
              return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
            }).length,
        );
        assert.ok(rows >= 15, `${rows} rows wholly visible, 15 wanted`);
        assert.equal(await sideways(page), 0);
        const header = page.getByRole('columnheader', { name: lastActivity });
        assert.deepEqual(await reachableAt(header), { inView: true, onTop: true }, lastActivity);
        const exportButton = page.getByRole('button', { name: exportAll });
        assert.deepEqual(await reachableAt(exportButton), { inView: true, onTop: true }, exportAll);
      });
    });
  }

  describe(() => {
    useOptions(context(DESKTOP, 'en-GB', 'light'));
    test('the pipeline’s "Show rejected and withdrawn" is on screen without scrolling and opens both lanes', async ({
      page,
    }) => {
      await openSignedIn(page, DEMO_ACCOUNTS.acme.email, BLANK_PAGE);
      await visit(page, '#/pipeline', '[data-card-id]');
      const toggle = page.getByRole('button', { name: 'Show rejected and withdrawn' });
      assert.deepEqual(await reachableAt(toggle), { inView: true, onTop: true });
      assert.equal(await sideways(page), 0);
      await toggle.click();
      await page.locator('[data-rfd-droppable-id="rejected"]').waitFor();
      await page.locator('[data-rfd-droppable-id="withdrawn"]').waitFor();
      assert.equal(await sideways(page), 0, 'the board scrolls inside itself, not the page');
    });
  });
});

describe('layout on a 390×844 phone', () => {
  describe(() => {
    useOptions(context(PHONE, 'fr-FR', 'dark'));
    test('no recruiter screen scrolls the page sideways, in French and dark', async ({ page }) => {
      assert.deepEqual(await overflowing(page, DEMO_ACCOUNTS.acme.email, RECRUITER_SCREENS), []);
    });
  });

  describe(() => {
    useOptions(context(PHONE, 'en-GB', 'light'));
    test('no sales or support screen scrolls the page sideways', async ({ page }) => {
      const found = [
        ...(await overflowing(page, DEMO_ACCOUNTS.sales.email, SALES_SCREENS)),
        ...(await overflowing(page, DEMO_ACCOUNTS.support.email, SUPPORT_SCREENS)),
      ];
      assert.deepEqual(found, []);
    });
  });

  for (const [locale, scheme, words] of [
    ['en-GB', 'light', 'Unlock contact (1 credit)'],
    ['fr-FR', 'dark', 'Débloquer le contact (1 crédit)'],
  ] as const) {
    describe(() => {
      useOptions(context(PHONE, locale, scheme));
      test(`the unlock button keeps its words, is on screen and is what a tap at its centre reaches (${locale}, ${scheme})`, async ({
        page,
      }) => {
        await openSignedIn(page, DEMO_ACCOUNTS.acme.email, BLANK_PAGE);
        await visit(page, `#/candidates/${await maskedCandidate(page)}/show`, 'main h1');
        const unlock = page.getByRole('button', { name: words });
        await unlock.scrollIntoViewIfNeeded();
        assert.equal(((await unlock.textContent()) ?? '').trim(), words, 'a visible label, not a padlock');
        assert.deepEqual(await reachableAt(unlock), { inView: true, onTop: true });
      });
    });
  }

  for (const [who, email, screens] of [
    ['the recruiter’s', DEMO_ACCOUNTS.acme.email, RECRUITER_SCREENS],
    ['a sales person’s', DEMO_ACCOUNTS.sales.email, SALES_SCREENS],
    ['support’s', DEMO_ACCOUNTS.support.email, SUPPORT_SCREENS],
  ] as const) {
    describe(() => {
      useOptions(context(PHONE, 'en-GB', 'light'));
      test(`every button on ${who} screens has a name, and an icon-only one shows it on hover`, async ({
        page,
      }) => {
        const { unnamed, untipped } = await unlabelledButtons(page, email, screens);
        assert.deepEqual(unnamed, [], 'buttons without a name');
        assert.deepEqual(untipped, [], 'icon-only buttons without a tooltip');
      });
    });
  }
});
