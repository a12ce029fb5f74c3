import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import type { Application, Candidate, Offer } from '../../src/model/types';
import { describe, test, useOptions } from './fixtures';
import { apiAs, BLANK_PAGE, DEMO_ACCOUNTS, ensureSignedIn, openSignedIn, type PageApi } from './helpers';

/** The board by keyboard alone, as a screen-reader user drives it: Space, arrows, Space. */
const DESKTOP = { viewport: { width: 1440, height: 900 } };

const card = (page: Page, id: number, stage?: string) =>
  page.locator(`${stage ? `[data-rfd-droppable-id="${stage}"] ` : ''}[data-card-id="${id}"]`);

/** dnd's live region: what a screen reader says during a drag. */
const announced = (page: Page) =>
  page.evaluate(() => document.querySelector('[id^="rfd-announcement"]')?.textContent?.trim() ?? '');

async function waitForAnnouncement(page: Page, expected: RegExp): Promise<string> {
  await page.waitForFunction(
    (source) =>
      new RegExp(source).test(document.querySelector('[id^="rfd-announcement"]')?.textContent ?? ''),
    expected.source,
  );
  return announced(page);
}

/** An Acme offer whose pipeline has cards in "new" and none in "screening": its board shows an empty column. */
async function offerWithEmptyScreening(api: PageApi): Promise<{ offer: Offer; top: Application }> {
  // Any status: the board of a draft or closed offer shows its columns the same way.
  const offers = await api.get<Offer[]>('/offers?range=[0,199]');
  for (const offer of offers) {
    const filter = encodeURIComponent(JSON.stringify({ offerId: offer.id }));
    const apps = await api.get<Application[]>(
      `/applications?filter=${filter}&sort=["position","ASC"]&range=[0,99]`,
    );
    const top = apps.find((a) => a.stage === 'new');
    if (top && !apps.some((a) => a.stage === 'screening')) return { offer, top };
  }
  throw new Error('no Acme offer with cards in "new" and none in "screening"');
}

async function openOfferBoard(page: Page): Promise<{ api: PageApi; top: Application; name: string }> {
  await openSignedIn(page, DEMO_ACCOUNTS.acme.email, BLANK_PAGE);
  const api = await apiAs(page, DEMO_ACCOUNTS.acme.email);
  const { offer, top } = await offerWithEmptyScreening(api);
  const candidate = await api.get<Candidate>(`/candidates/${top.candidateId}`);
  await ensureSignedIn(page, DEMO_ACCOUNTS.acme.email, `#/offers/${offer.id}/show/pipeline`);
  const name = `${candidate.firstName} ${candidate.lastName}`;
  // The card names its candidate once the board has read the profiles (until then it shows "#id",
  // and so would the announcements).
  await card(page, top.id, 'new').getByText(name).first().waitFor();
  await page.locator('[data-rfd-droppable-id="screening"]').waitFor();
  return { api, top, name };
}

describe('pipeline board by keyboard', () => {
  describe(() => {
    useOptions({ context: DESKTOP });
    test('Space, → and Space move a card into an empty column, and each step is announced with its name and column', async ({
      page,
    }) => {
      const { api, top, name } = await openOfferBoard(page);
      await card(page, top.id).focus();
      await page.keyboard.press('Space');
      assert.match(
        await waitForAnnouncement(page, /picked up/),
        new RegExp(`You picked up ${name}, position 1 in New`),
      );
      await page.keyboard.press('ArrowRight');
      assert.equal(await waitForAnnouncement(page, /in Screening/), `${name}: position 1 in Screening.`);
      await page.keyboard.press('Space');
      assert.equal(
        await waitForAnnouncement(page, /dropped/),
        `You dropped ${name} at position 1 in Screening.`,
      );

      await card(page, top.id, 'screening').waitFor();
      await page.getByText(/moved to Screening/).waitFor();
      assert.equal((await api.get<Application>(`/applications/${top.id}`)).stage, 'screening');
    });
  });

  describe(() => {
    useOptions({ context: { ...DESKTOP, locale: 'fr-FR' } });
    test('in French, the instructions and the announcements are French', async ({ page }) => {
      const { top, name } = await openOfferBoard(page);
      const instructions = await card(page, top.id).evaluate((element) => {
        const id = element.getAttribute('aria-describedby');
        return id ? (document.getElementById(id)?.textContent ?? '') : '';
      });
      assert.match(instructions, /Appuyez sur Espace pour prendre cette carte/);
      await card(page, top.id).focus();
      await page.keyboard.press('Space');
      assert.match(
        await waitForAnnouncement(page, /Vous avez pris/),
        new RegExp(`Vous avez pris ${name}, position 1 dans Nouvelle`),
      );
      await page.keyboard.press('ArrowRight');
      assert.equal(
        await waitForAnnouncement(page, /Présélection/),
        `${name}\u00A0: position 1 dans Présélection.`,
      );
      await page.keyboard.press('Escape');
      assert.match(
        await waitForAnnouncement(page, /annulé/),
        new RegExp(`Déplacement annulé\u00A0: ${name} est revenu`),
      );
    });
  });
});
