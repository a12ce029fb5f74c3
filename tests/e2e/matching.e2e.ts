import assert from 'node:assert/strict';
import type { Application, Candidate, MatchResult, Offer } from '../../src/model/types';
import { describe, test } from './fixtures';
import { apiAs, BLANK_PAGE, DEMO_ACCOUNTS, ensureSignedIn, openSignedIn, resetDemoData } from './helpers';

const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** Issue 8 in Chromium: from an offer's best matches to the pipeline's "new" column. */
describe('matching', () => {
  test('a recruiter invites a best match, who then appears in the "new" column of the pipeline', async ({
    page,
  }) => {
    await openSignedIn(page, DEMO_ACCOUNTS.acme.email, BLANK_PAGE);
    const acme = await apiAs(page, DEMO_ACCOUNTS.acme.email);
    const [offer] = await acme.get<Offer[]>(`/offers?filter=${q({ status: 'published' })}&range=[0,0]`);
    const ranking = await acme.get<Array<MatchResult<Candidate>>>(`/offers/${offer.id}/matches?range=[0,9]`);
    const applied = await acme.get<Application[]>(
      `/applications?filter=${q({ offerId: offer.id, candidateId: ranking.map((r) => r.id) })}&range=[0,9]`,
    );
    const match = ranking.find((r) => !applied.some((a) => a.candidateId === r.id));
    assert.ok(match, 'one of the top ten has not applied yet');

    await ensureSignedIn(page, DEMO_ACCOUNTS.acme.email, `#/offers/${offer.id}/show/matches`);
    const item = page.locator(`[data-match-id="${match.id}"]`);
    await item.getByText(`${match.score} / 100`).waitFor();
    await item.getByRole('button', { name: 'Invite to apply' }).click();
    // A masked profile: the invitation asks first, as it spends a CV credit.
    if (match.record.contactMasked)
      await page
        .getByRole('dialog', { name: /^Invite .+ and unlock their contact\?$/ })
        .getByRole('button', { name: 'Invite to apply' })
        .click();
    await page.getByText(/is invited: the application is in the "New" column/).waitFor();
    assert.ok(
      await item.getByRole('button', { name: 'Invited' }).isDisabled(),
      'the invitation is sent once',
    );

    const [created] = await acme.get<Application[]>(
      `/applications?filter=${q({ offerId: offer.id, candidateId: match.id })}&range=[0,9]`,
    );
    assert.equal(created.stage, 'new');
    assert.equal(created.source, 'sourcing');

    await ensureSignedIn(page, DEMO_ACCOUNTS.acme.email, `#/pipeline?offerId=${offer.id}`);
    const card = page.locator(`[data-rfd-droppable-id="new"] [data-card-id="${created.id}"]`);
    await card.waitFor();
    // Names are fetched after the cards (in chunks): wait for this one rather than read it at once.
    await card
      .filter({ hasText: match.record.firstName })
      .waitFor({ timeout: 15_000 })
      .catch(() => {
        throw new Error(`the card does not name ${match.record.firstName} ${match.record.lastName}`);
      });
  });

  test('a recruiter’s verdict on a match survives a reload of the demo, and "Reset demo data" clears it', async ({
    page,
  }) => {
    await openSignedIn(page, DEMO_ACCOUNTS.acme.email, BLANK_PAGE);
    const acme = await apiAs(page, DEMO_ACCOUNTS.acme.email);
    const [offer] = await acme.get<Offer[]>(`/offers?filter=${q({ status: 'published' })}&range=[0,0]`);
    const [, second] = await acme.get<Array<MatchResult<Candidate>>>(
      `/offers/${offer.id}/matches?range=[0,9]`,
    );

    await ensureSignedIn(page, DEMO_ACCOUNTS.acme.email, `#/offers/${offer.id}/show/matches`);
    const item = page.locator(`[data-match-id="${second.id}"]`);
    await item.getByRole('button', { name: 'Good match' }).click();
    await item.getByText('Marked a good match').waitFor();

    // The journal replays the verdict over the fresh seed: the card and the ranking come back.
    await page.reload();
    await ensureSignedIn(page, DEMO_ACCOUNTS.acme.email, `#/offers/${offer.id}/show/matches`);
    await page.locator(`[data-match-id="${second.id}"]`).getByText('Marked a good match').waitFor();
    const feedback = await (await apiAs(page, DEMO_ACCOUNTS.acme.email)).get<Array<{ candidateId: number }>>(
      `/offers/${offer.id}/match-feedback`,
    );
    assert.deepEqual(
      feedback.map((f) => f.candidateId),
      [second.id],
    );

    await resetDemoData(page);
    await ensureSignedIn(page, DEMO_ACCOUNTS.acme.email, `#/offers/${offer.id}/show/matches`);
    await page
      .locator(`[data-match-id="${second.id}"]`)
      .getByRole('button', { name: 'Good match' })
      .waitFor();
    const cleared = await (await apiAs(page, DEMO_ACCOUNTS.acme.email)).get<unknown[]>(
      `/offers/${offer.id}/match-feedback`,
    );
    assert.deepEqual(cleared, []);
  });
});
