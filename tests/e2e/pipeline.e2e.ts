import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Application, Stage } from '../../src/types';
import { describe, test } from './harness';
import { apiAs, DEMO_ACCOUNTS, ensureSignedIn, login } from './helpers';

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
async function drag(page: Page, id: number, toStage: Stage): Promise<void> {
  const from = await card(page, id).boundingBox();
  const to = await page.locator(`[data-rfd-droppable-id="${toStage}"]`).boundingBox();
  assert.ok(from && to, 'card and column are on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 30, { steps: 20 });
  await page.waitForTimeout(200); // dnd animates the placeholder before it accepts the drop
  await page.mouse.up();
}

async function openBoard(page: Page): Promise<Application> {
  await login(page, DEMO_ACCOUNTS.acme.email);
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
});
