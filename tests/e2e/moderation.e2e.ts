import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import type { Offer, OfferPublication } from '../../src/model/types';
import { FR_OFFER_TEXT, publishedOfferBody } from '../helpers/board-offers';
import { describe, test, useOptions } from './fixtures';
import { apiAs, BLANK_PAGE, DEMO_ACCOUNTS, ensureSignedIn, login, logout, openSignedIn } from './helpers';

/**
 * The moderation queue end to end: a recruiter sends an offer to a board, the checks flag it, support
 * rejects it by keyboard with a reason, the recruiter reads it, fixes the text and sends it again,
 * support approves it, and the offer is live on the board.
 */
const DESKTOP = { viewport: { width: 1440, height: 900 } };
const ACME = DEMO_ACCOUNTS.acme.email;
const SUPPORT = DEMO_ACCOUNTS.support.email;
const TITLE = 'Développeur Elixir, file de modération (H/F)';
const AGEIST = 'Profil jeune et dynamique.';
const LINK = 'Plus d’infos sur https://jobs.acme.example/apply';
const REASON = 'Remove “jeune et dynamique”: it excludes candidates by age.';

async function switchTo(page: Page, email: string): Promise<void> {
  await logout(page);
  await login(page, email);
}

/** The queue's row of our offer, reached by keyboard: j from the first row until focus is in it. */
async function focusRowByKeyboard(page: Page) {
  const row = page.locator('tbody tr').filter({ hasText: TITLE });
  await row.waitFor();
  const rows = await page.locator('tbody tr').count();
  await page.locator('tbody tr [data-queue-action]').first().focus();
  const focusedIn = (locator: typeof row) => locator.locator('[data-queue-action]:focus').count();
  // j then k: down one row (or staying on the only one) and back.
  await page.keyboard.press('j');
  assert.equal(await focusedIn(page.locator('tbody tr').nth(Math.min(1, rows - 1))), 1, 'j moves down');
  await page.keyboard.press('k');
  assert.equal(await focusedIn(page.locator('tbody tr').first()), 1, 'k moves back up');
  for (let i = 0; i < rows && (await focusedIn(row)) === 0; i++) await page.keyboard.press('j');
  assert.equal(await focusedIn(row), 1, 'the offer’s row has the focus');
  return row;
}

async function publicationOf(email: string, page: Page, offerId: number): Promise<OfferPublication> {
  const api = await apiAs(page, email);
  const filter = encodeURIComponent(JSON.stringify({ offerId }));
  const [publication] = await api.get<OfferPublication[]>(`/offer-publications?filter=${filter}`);
  return publication;
}

describe('moderation queue', () => {
  describe(() => {
    useOptions({ context: DESKTOP });
    test('flagged, rejected with a reason by keyboard, fixed and sent again, approved: live on the board', async ({
      page,
    }) => {
      await openSignedIn(page, ACME, BLANK_PAGE);
      const acme = await apiAs(page, ACME);
      const offer = await acme.send<Offer>(
        'POST',
        '/offers',
        publishedOfferBody(`${FR_OFFER_TEXT} ${AGEIST} ${LINK}`, {
          title: TITLE,
          expiresAt: '2031-01-31T23:59:59.000Z',
        }),
      );

      // The recruiter sends it to Free-Work; the checks hold it for review.
      await ensureSignedIn(page, ACME, `#/offers/${offer.id}/show/boards`);
      await page.getByRole('checkbox', { name: 'Free-Work' }).check();
      await page.getByRole('button', { name: /^send$/i }).click();
      await page.getByText('Waiting for review').first().waitFor();
      assert.equal((await publicationOf(ACME, page, offer.id)).state, 'pending-review');

      // Support finds it in the queue with the passage highlighted, and rejects it by keyboard.
      await switchTo(page, SUPPORT);
      await page.getByRole('menuitem', { name: 'Moderation queue' }).click();
      let row = await focusRowByKeyboard(page);
      await row
        .locator('mark')
        .filter({ hasText: /jeune et dynamique/ })
        .first()
        .waitFor();
      await page.keyboard.press('r');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('combobox', { name: /rule broken/i }).click();
      await page.getByRole('option', { name: 'Discriminatory requirement' }).click();
      await dialog.getByRole('textbox', { name: /reason the recruiter will read/i }).fill(REASON);
      await dialog.getByRole('button', { name: /^reject$/i }).click();
      await row.waitFor({ state: 'detached' });
      assert.equal((await publicationOf(SUPPORT, page, offer.id)).state, 'rejected');

      // The recruiter reads the reason on the offer, fixes the text and sends it again.
      await switchTo(page, ACME);
      await ensureSignedIn(page, ACME, `#/offers/${offer.id}/show/boards`);
      await page.getByText(REASON).waitFor();
      await ensureSignedIn(page, ACME, `#/offers/${offer.id}`);
      await page.locator('.ProseMirror').fill(`${FR_OFFER_TEXT} ${LINK}`);
      await page.getByRole('button', { name: /^save$/i }).click();
      await page.getByText('Offer saved').first().waitFor();
      // Saving opens the offer's page: its Boards tab sends the fixed offer again.
      await page.waitForFunction((id) => window.location.hash === `#/offers/${id}/show`, offer.id);
      await page.getByRole('tab', { name: 'Boards' }).click();
      await page.getByRole('button', { name: /^send again$/i }).click();
      await page.getByText('Waiting for review').first().waitFor();

      // Support approves it with the keyboard: the link is all that is left, and acceptable.
      await switchTo(page, SUPPORT);
      await page.getByRole('menuitem', { name: 'Moderation queue' }).click();
      row = await focusRowByKeyboard(page);
      assert.equal(await row.locator('mark').filter({ hasText: /jeune/ }).count(), 0);
      await page.keyboard.press('a');
      await row.waitFor({ state: 'detached' });

      // Live on Free-Work, as the recruiter sees it.
      await switchTo(page, ACME);
      await ensureSignedIn(page, ACME, `#/offers/${offer.id}/show/boards`);
      await page.getByRole('cell', { name: 'Live', exact: true }).waitFor();
      const live = await publicationOf(ACME, page, offer.id);
      assert.equal(live.state, 'live');
      assert.equal(live.rejectionReason, null);
    });
  });
});
