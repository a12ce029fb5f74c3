import assert from 'node:assert/strict';
import type { Application, Candidate, Offer, Task } from '../../src/model/types';
import { describe, test } from './fixtures';
import { apiAs, BLANK_PAGE, DEMO_ACCOUNTS, ensureSignedIn, openSignedIn } from './helpers';

/**
 * Issue 11 in Chromium: from a pipeline card to an interview (the move to "Interview" offers it),
 * a submitted scorecard seen on the application, and the recruiter's tasks on the dashboard.
 */
const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

describe('interviews', () => {
  test('schedule from a pipeline card, submit a scorecard, see it on the application, find my tasks', async ({
    page,
  }) => {
    const email = DEMO_ACCOUNTS.acme.email;
    await openSignedIn(page, email, BLANK_PAGE);
    const acme = await apiAs(page, email);
    const [app] = await acme.get<Application[]>(
      `/applications?filter=${q({ stage: 'screening' })}&sort=${q(['position', 'ASC'])}&range=[0,0]`,
    );
    await ensureSignedIn(page, email, '#/pipeline');
    const card = page.locator(`[data-rfd-droppable-id="screening"] [data-card-id="${app.id}"]`);
    await card.waitFor();

    // Keyboard triage: "3" moves the card to Interview, and the board offers to schedule one.
    await card.focus();
    await page.keyboard.press('3');
    const offer = page.getByRole('dialog', { name: /is in Interview: schedule the interview now\?/ });
    await offer.getByRole('link', { name: 'Schedule an interview' }).click();
    await page.waitForFunction(() => window.location.hash.startsWith('#/interviews/create'));
    // The application picker names the person and the offer, preset to this application.
    const candidate = await acme.get<Candidate>(`/candidates/${app.candidateId}`);
    const offered = await acme.get<Offer>(`/offers/${app.offerId}`);
    await page
      .getByRole('combobox', { name: /Application/ })
      .filter({ hasText: `${candidate.firstName} ${candidate.lastName} — ${offered.title} (Interview)` })
      .waitFor();
    // A slot far ahead on an early Sunday: no clash with the recruiter's other interviews.
    const year = new Date().getFullYear() + 2;
    await page.getByLabel('Starts').fill(`${year}-03-07T07:15`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() => /#\/interviews\/\d+\/show/.test(window.location.hash));

    // The scorecard of this interview: every criterion rated 3, submitted.
    await page.getByRole('link', { name: 'Write a scorecard' }).click();
    await page.waitForFunction(() => window.location.hash.startsWith('#/scorecards/create'));
    const threes = page.locator('input[type="radio"][value="3"]');
    await threes.first().waitFor();
    const criteria = await threes.count();
    assert.ok(criteria >= 4, 'one rating per criterion of the offer');
    for (let i = 0; i < criteria; i++) await threes.nth(i).check();
    await page.getByLabel('Summary').fill('Clear answers, good questions.');
    await page.getByRole('combobox', { name: 'Recommendation' }).click();
    await page.getByRole('option', { name: 'Yes', exact: true }).click();
    await page.getByLabel('Submit now (final: colleagues will see it)').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() => !window.location.hash.startsWith('#/scorecards/create'));

    // On the application: the scorecard side by side with the average per criterion.
    await ensureSignedIn(page, email, `#/applications/${app.id}/show`);
    const scorecards = page.getByRole('region', { name: 'Scorecards' });
    const communication = scorecards.getByRole('row', { name: /Communication/ });
    await communication.waitFor();
    const cells = await communication.getByRole('cell').allInnerTexts();
    assert.equal(cells[0], 'Communication');
    assert.ok(cells.slice(1).includes('3'), `the submitted rating is shown: ${cells.join(' | ')}`);

    // The dashboard: my open tasks, overdue first, as the API lists them.
    const me = await acme.get<{ id: number }>('/auth/me');
    const tasks = await acme.get<Task[]>(
      `/tasks?filter=${q({ assigneeId: me.id, done: false })}&sort=${q(['dueAt', 'ASC'])}&range=[0,7]`,
    );
    assert.ok(tasks.length > 0, 'the demo recruiter has open tasks');
    await ensureSignedIn(page, email, '#/');
    const mine = page.getByRole('region', { name: /^My tasks/ });
    // The API's own tasks read in the reader's words, with their candidate's name.
    const first = tasks[0];
    const who =
      first.kind && first.candidateId
        ? await acme.get<{ firstName: string; lastName: string }>(`/candidates/${first.candidateId}`)
        : undefined;
    await mine
      .getByText(who ? `${who.firstName} ${who.lastName}` : first.title, { exact: false })
      .first()
      .waitFor();
    if (Date.parse(tasks[0].dueAt) < Date.now())
      await mine
        .getByText(/Overdue/)
        .first()
        .waitFor();
  });
});
