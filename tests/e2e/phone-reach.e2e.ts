import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { describe, test, useOptions } from './fixtures';
import { DEMO_ACCOUNTS, firstId, menu, openSignedIn, settled, waitForMenu } from './helpers';

/**
 * What an outside review on a 390 px phone in French found the layout tests let through: tabs past
 * the screen's edge with no way to them, a toolbar button run off the edge and under its neighbour,
 * a table squeezed to a strip by its list's explanation, menu entries cut with "…".
 */
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'fr-FR' };

/**
 * Each element's words and the box they are drawn in (a Range over its content: a button squeezed
 * by its row keeps its box on screen while its words spill out of it).
 */
function boxes(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .map((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return { text: element.textContent?.trim() ?? '', box: range.getBoundingClientRect() };
      })
      .filter(({ box }) => box.width > 0)
      .map(({ text, box }) => ({ text, left: box.left, right: box.right, top: box.top, bottom: box.bottom })),
  );
}

describe('on a phone, in French', () => {
  describe(() => {
    useOptions({ context: PHONE });
    test("every tab of a record's page is reached by swiping its bar, which shows arrows, the last one included", async ({
      page,
    }) => {
      await openSignedIn(page, DEMO_ACCOUNTS.admin.email, '#/e2e-blank');
      const pages = [
        '#/companies/1/show',
        `#/offers/${await firstId(page, 'offers')}/show`,
        `#/candidates/${await firstId(page, 'candidates')}/show`,
      ];
      const unreachable: string[] = [];
      for (const hash of pages) {
        await page.evaluate((target) => {
          window.location.hash = target;
        }, hash);
        await page.locator('main [role="tablist"] [role="tab"]').first().waitFor();
        await settled(page);
        // What a finger can do: swipe the bar (it scrolls, arrows shown) as far as it goes, then
        // read where the last tab is.
        const reach = await page
          .locator('main .MuiTabs-scroller')
          .first()
          .evaluate((scroller) => {
            const swipeable = getComputedStyle(scroller).overflowX !== 'hidden';
            const arrows = scroller.parentElement?.querySelectorAll('.MuiTabs-scrollButtons').length ?? 0;
            if (swipeable) scroller.scrollLeft = scroller.scrollWidth;
            const tabs = scroller.querySelectorAll('[role="tab"]');
            const last = tabs[tabs.length - 1];
            const box = last.getBoundingClientRect();
            const fits = scroller.scrollWidth <= scroller.clientWidth;
            return {
              name: last.textContent ?? '',
              reached: box.left >= 0 && box.right <= window.innerWidth + 1 && (fits || arrows >= 2),
            };
          });
        if (!reach.reached) unreachable.push(`${hash}: "${reach.name}"`);
      }
      assert.deepEqual(unreachable, [], 'tabs that no swipe brings on screen');
    });
  });

  describe(() => {
    useOptions({ context: PHONE });
    test("an interview's buttons stay on screen and apart", async ({ page }) => {
      await openSignedIn(page, DEMO_ACCOUNTS.acme.email, '#/e2e-blank');
      const id = await firstId(page, 'interviews');
      await page.evaluate((target) => {
        window.location.hash = target;
      }, `#/interviews/${id}/show`);
      // The page's toolbar: the row that holds "Add to calendar (.ics)".
      const calendar = page
        .getByRole('button', { name: /calendrier/i })
        .or(page.getByRole('link', { name: /calendrier/i }));
      await calendar.first().waitFor();
      await settled(page);
      const toolbar = await calendar.first().evaluate((element) => {
        element.parentElement?.setAttribute('data-e2e-toolbar', '');
        return element.parentElement?.querySelectorAll('a, button').length ?? 0;
      });
      assert.ok(toolbar >= 3, `the toolbar holds its three actions (${toolbar})`);
      const buttons = await boxes(page, '[data-e2e-toolbar] > :is(a, button)');
      const width = await page.evaluate(() => window.innerWidth);
      const found = buttons
        .filter((b) => b.left < -1 || b.right > width + 1)
        .map((b) => `"${b.text}" runs off the screen (${Math.round(b.left)}–${Math.round(b.right)} px)`);
      buttons.forEach((a, i) => {
        for (const b of buttons.slice(i + 1)) {
          const apart =
            a.right - 1 <= b.left || b.right - 1 <= a.left || a.bottom - 1 <= b.top || b.bottom - 1 <= a.top;
          if (!apart) found.push(`"${a.text}" overlaps "${b.text}"`);
        }
      });
      assert.deepEqual(found, []);
    });
  });

  describe(() => {
    useOptions({ context: PHONE });
    test('a list with an explanation keeps its table the width of the screen', async ({ page }) => {
      await openSignedIn(page, DEMO_ACCOUNTS.support.email, '#/e2e-blank');
      const narrow: string[] = [];
      for (const hash of ['#/retention', '#/scraping-watch']) {
        await page.evaluate((target) => {
          window.location.hash = target;
        }, hash);
        await page.locator('main table').first().waitFor();
        // The box the table scrolls in (a table wider than it scrolls inside, so its own width says nothing).
        const table = await page
          .locator('main table')
          .first()
          .evaluate((element) => {
            const box = (element.parentElement as HTMLElement).getBoundingClientRect();
            return { left: box.left, right: box.right };
          });
        const width = await page.evaluate(() => window.innerWidth);
        if (table.right - table.left < width * 0.85)
          narrow.push(`${hash}: ${Math.round(table.right - table.left)} px`);
      }
      assert.deepEqual(narrow, []);
    });
  });
});

describe('menu entries', () => {
  describe(() => {
    useOptions({ context: { viewport: { width: 1280, height: 800 }, locale: 'fr-FR' } });
    test('show their whole name in French, none cut with "…"', async ({ page }) => {
      await openSignedIn(page, DEMO_ACCOUNTS.admin.email, '#/e2e-blank');
      await waitForMenu(page);
      const cut = await menu(page)
        .locator('[role="menuitem"] .MuiTypography-root')
        .evaluateAll((labels) =>
          labels
            .filter((label) => label.scrollWidth > label.clientWidth + 1)
            .map((label) => label.textContent),
        );
      assert.deepEqual(cut, []);
    });
  });
});
