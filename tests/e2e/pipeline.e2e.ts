import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import type { Application, Stage } from '../../src/model/types';
import { describe, test } from './fixtures';
import { apiAs, BLANK_PAGE, DEMO_ACCOUNTS, ensureSignedIn, openSignedIn } from './helpers';

/** The pipeline in Chromium: a real mouse drag persists across a reload; a failed move rolls back. */
const card = (page: Page, id: number, stage?: Stage) =>
  page.locator(`${stage ? `[data-rfd-droppable-id="${stage}"] ` : ''}[data-card-id="${id}"]`);

async function topOfNew(page: Page): Promise<Application> {
  const acme = await apiAs(page, DEMO_ACCOUNTS.acme.email);
  const filter = encodeURIComponent(JSON.stringify({ stage: 'new' }));
  const [top] = await acme.get<Application[]>(
    `/applications?filter=${filter}&sort=["position","ASC"]&range=[0,0]`,
  );
  return top;
}

/** A mouse drag as @hello-pangea/dnd expects it: press, a few small moves past its threshold, drop. */
async function dragTo(page: Page, id: number, to: { x: number; y: number }): Promise<void> {
  const from = await card(page, id).boundingBox();
  assert.ok(from, 'the card is on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 20 });
  await page.waitForTimeout(200); // dnd animates the placeholder before it accepts the drop
  await page.mouse.up();
}

async function drag(page: Page, id: number, toStage: Stage): Promise<void> {
  const to = await page.locator(`[data-rfd-droppable-id="${toStage}"]`).boundingBox();
  assert.ok(to, 'the column is on screen');
  await dragTo(page, id, { x: to.x + to.width / 2, y: to.y + 30 });
}

async function openBoard(page: Page): Promise<Application> {
  await openSignedIn(page, DEMO_ACCOUNTS.acme.email, BLANK_PAGE);
  await ensureSignedIn(page, DEMO_ACCOUNTS.acme.email, '#/pipeline');
  const top = await topOfNew(page);
  await card(page, top.id, 'new').waitFor();
  return top;
}

describe('pipeline board', () => {
  test('a card dragged from "new" to "screening" is still there after a reload', async ({ page }) => {
    const top = await openBoard(page);
    await drag(page, top.id, 'screening');
    await card(page, top.id, 'screening').waitFor();
    await page.getByText(/moved to Screening/).waitFor();
    await page.reload({ waitUntil: 'commit' });
    await ensureSignedIn(page, DEMO_ACCOUNTS.acme.email, '#/pipeline');
    await card(page, top.id, 'screening').waitFor();
    assert.equal(await card(page, top.id, 'new').count(), 0);
    const acme = await apiAs(page, DEMO_ACCOUNTS.acme.email);
    assert.equal((await acme.get<Application>(`/applications/${top.id}`)).stage, 'screening');
  });

  test('a move the server never receives rolls the card back with a message', async ({ page }) => {
    const top = await openBoard(page);
    // The network goes down for moves only: the board's reads still work.
    await page.evaluate(() => {
      const original = window.fetch.bind(window);
      window.fetch = (input, init) =>
        String(input instanceof Request ? input.url : input).includes('/move')
          ? Promise.reject(new TypeError('Failed to fetch'))
          : original(input, init);
    });
    await drag(page, top.id, 'screening');
    await page.getByText(/The server could not be reached/).waitFor();
    await card(page, top.id, 'new').waitFor();
    assert.equal(await card(page, top.id, 'screening').count(), 0);
    const acme = await apiAs(page, DEMO_ACCOUNTS.acme.email);
    assert.equal((await acme.get<Application>(`/applications/${top.id}`)).stage, 'new');
  });

  test('in a long, windowed column, j reaches a card far below and a drag puts it where it is dropped', async ({
    page,
  }) => {
    await openSignedIn(page, DEMO_ACCOUNTS.acme.email, BLANK_PAGE);
    await ensureSignedIn(page, DEMO_ACCOUNTS.acme.email, '#/pipeline');
    const acme = await apiAs(page, DEMO_ACCOUNTS.acme.email);
    const filter = encodeURIComponent(JSON.stringify({ stage: 'rejected' }));
    const rejected = await acme.get<Application[]>(
      `/applications?filter=${filter}&sort=["position","ASC"]&range=[0,59]`,
    );
    assert.ok(rejected.length >= 45, 'the exits lane holds more than a page and a half');
    await page.getByRole('button', { name: 'Show rejected and withdrawn' }).click();
    await card(page, rejected[0].id, 'rejected').focus();
    const focusedOn = (id: number, timeout: number) =>
      page
        .waitForFunction(
          (card) => document.activeElement?.getAttribute('data-card-id') === String(card),
          id,
          {
            timeout,
          },
        )
        .then(
          () => true,
          () => false,
        );
    for (let row = 1; row <= 40; row++) {
      // Each card focused in turn, the next page fetched on the way: a j pressed on the last card
      // before the next page came is lost, as it would be for a person, who presses it again.
      let reached = false;
      for (let attempt = 0; attempt < 4 && !reached; attempt++) {
        await page.keyboard.press('j');
        reached = await focusedOn(rejected[row].id, 5_000);
      }
      assert.ok(reached, `j reached row ${row}`);
    }
    const moved = card(page, rejected[40].id, 'rejected');
    const shown = await page.locator('[data-rfd-droppable-id="rejected"] [data-card-id]').count();
    assert.ok(shown < 40, `a window of the 50 loaded cards is in the DOM, not all (${shown})`);

    // The lane in the middle of the page (it may lie at its right edge), card 41 just below the middle
    // of the lane: away from the edges where dnd scrolls the board or the list under a dragged card.
    const lane = page.getByTestId('column-rejected');
    await lane.evaluate((box) => box.scrollIntoView({ block: 'center', inline: 'center' }));
    await lane.evaluate((box, id) => {
      const top = box.querySelector(`[data-card-id="${id}"]`)?.getBoundingClientRect().top ?? 0;
      box.scrollTop += top - box.getBoundingClientRect().top - box.clientHeight / 2;
    }, rejected[40].id);
    // Up one place: its centre just above that of the card before it.
    const from = await moved.boundingBox();
    const above = await card(page, rejected[39].id, 'rejected').boundingBox();
    assert.ok(from && above, 'both cards are in view');
    await dragTo(page, rejected[40].id, { x: from.x + from.width / 2, y: above.y + above.height / 2 - 5 });
    await page.getByText(/moved to Rejected/).waitFor();
    const stored = await acme.get<Application>(`/applications/${rejected[40].id}`);
    assert.deepEqual([stored.stage, stored.position], ['rejected', rejected[39].position]);
  });
});
