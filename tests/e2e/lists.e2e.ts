import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { describe, test, useOptions } from './fixtures';
import { BLANK_PAGE, DEMO_ACCOUNTS, ensureSignedIn, openSignedIn } from './helpers';

/** Lists as an admin sees them at 1440×900: their bulk actions can be clicked, their rows opened by keyboard. */
const DESKTOP = { context: { viewport: { width: 1440, height: 900 } } };

/** Every list whose rows carry a checkbox for bulk actions (react-admin's default bulk delete included). */
const BULK_LISTS = [
  'offers',
  'candidates',
  'applications',
  'retention',
  'activities',
  'interviews',
  'scorecards',
  'tasks',
  'message-templates',
  'saved-views',
];

/** Lists whose rows open nothing (`rowClick={false}`): their rows are no Tab stops. */
const PLAIN_LISTS = ['activities', 'saved-views', 'credit-ledger'];
/** Every list whose rows open a record when clicked. */
const CLICKABLE_LISTS = [
  ...BULK_LISTS.filter((route) => !PLAIN_LISTS.includes(route)),
  'companies',
  'users',
  'audit-logs',
];

async function openList(page: Page, route: string): Promise<void> {
  await ensureSignedIn(page, DEMO_ACCOUNTS.admin.email, `#/${route}`);
  await page.locator('table tbody tr').first().waitFor();
}

/** What is under the centre of `button`, once scrolled into view: true when it is the button. */
function hitsItself(page: Page, name: string) {
  return page.evaluate((label) => {
    const bar = document.querySelector('.RaBulkActionsToolbar-toolbar');
    const buttons = [...(bar?.querySelectorAll('button') ?? [])].filter(
      (b) => (b.textContent?.trim() || b.getAttribute('aria-label')) === label && !b.disabled,
    );
    const button = buttons[0];
    if (!button) return `no button "${label}"`;
    button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const box = button.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return button.contains(hit)
      ? true
      : `"${label}" is covered by ${hit?.outerHTML.slice(0, 120) ?? 'nothing'}`;
  }, name);
}

describe('lists', () => {
  describe(() => {
    useOptions({ ...DESKTOP, timeoutMs: 180_000 });
    test('with rows ticked, every bulk action of every list can be clicked (nothing covers it)', async ({
      page,
    }) => {
      await openSignedIn(page, DEMO_ACCOUNTS.admin.email, BLANK_PAGE);
      const covered: string[] = [];
      for (const route of BULK_LISTS) {
        await openList(page, route);
        await page.locator('table tbody tr input[type="checkbox"]').first().check();
        const bar = page.locator('.RaBulkActionsToolbar-toolbar');
        await bar.getByRole('button').last().waitFor();
        // The bar slides in: measure once it stands still.
        await page.waitForFunction(() => {
          const element = document.querySelector('.RaBulkActionsToolbar-toolbar');
          return element !== null && element.getAnimations({ subtree: true }).length === 0;
        });
        // A disabled action (e.g. "Pause" for a paused offer) takes no click: the others must.
        const labels = await bar.getByRole('button').evaluateAll((buttons) =>
          (buttons as HTMLButtonElement[])
            .filter((b) => !b.disabled)
            .map((b) => b.textContent?.trim() || b.getAttribute('aria-label') || '')
            .filter(Boolean),
        );
        assert.ok(labels.length >= 2, `${route}: the bar shows its actions (${labels.join(', ')})`);
        for (const label of labels) {
          const result = await hitsItself(page, label);
          if (result !== true) covered.push(`${route}: ${result}`);
        }
      }
      assert.deepEqual(covered, [], 'every bulk-action button is the element at its own centre');
    });
  });

  describe(() => {
    useOptions({ ...DESKTOP, timeoutMs: 180_000 });
    test('the rows of every list are reached with Tab and opened with Enter', async ({ page }) => {
      await openSignedIn(page, DEMO_ACCOUNTS.admin.email, BLANK_PAGE);
      const failures: string[] = [];
      for (const route of CLICKABLE_LISTS) {
        await openList(page, route);
        // From the last control before the table's rows (a filter, a sort header), Tab goes on to the first row.
        await page.evaluate(() => {
          const first = document.querySelector('table tbody tr');
          const before = [
            ...document.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex="0"]'),
          ].filter(
            (element) =>
              first !== null &&
              !element.hasAttribute('disabled') &&
              element.getClientRects().length > 0 &&
              element.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING,
          );
          before.at(-1)?.focus();
        });
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const active = document.activeElement;
          const first = document.querySelector('table tbody tr');
          return {
            isFirstRow: active === first,
            outline: active ? getComputedStyle(active).outlineStyle : 'none',
          };
        });
        if (!focused.isFirstRow) {
          failures.push(`${route}: Tab after the header does not reach the first row`);
          continue;
        }
        if (focused.outline === 'none') failures.push(`${route}: the focused row shows no focus`);
        const listUrl = page.url();
        await page.keyboard.press('Enter');
        try {
          await page.waitForURL((url) => url.href !== listUrl && !url.hash.endsWith(`/${route}`), {
            timeout: 10_000,
          });
        } catch {
          failures.push(`${route}: Enter on the row opens nothing`);
        }
      }
      for (const route of PLAIN_LISTS) {
        await openList(page, route);
        const tabbable = await page.locator('table tbody tr[tabindex="0"]').count();
        if (tabbable > 0) failures.push(`${route}: rows that open nothing are Tab stops`);
      }
      assert.deepEqual(failures, []);
    });
  });
});
