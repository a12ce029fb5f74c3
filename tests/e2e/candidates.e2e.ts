import type { Candidate } from '../../src/model/types';
import { describe, test } from './fixtures';
import { apiAs, BLANK_PAGE, DEMO_ACCOUNTS, ensureSignedIn, openSignedIn } from './helpers';

/** A recruiter's day: find candidates by two skills in a city, open one, leave a note that stays. */
describe('candidates', () => {
  test('finds candidates with two skills in a city, opens one and adds a note that survives a reload', async ({
    page,
  }) => {
    await openSignedIn(page, DEMO_ACCOUNTS.acme.email, BLANK_PAGE);
    const acme = await apiAs(page, DEMO_ACCOUNTS.acme.email);
    // An applicant of Acme (contact visible) with two skills and a city to search by.
    const pool = await acme.get<Candidate[]>(
      `/candidates?filter=${encodeURIComponent(JSON.stringify({ contactMasked: false }))}&range=[0,29]`,
    );
    const target = pool.find((c) => c.skills.length >= 2 && c.city) as Candidate;
    const [first, second] = target.skills;

    await ensureSignedIn(page, DEMO_ACCOUNTS.acme.email, '#/candidates');
    const skills = page.getByRole('combobox', { name: /skills/i });
    for (const skill of [first, second]) {
      await skills.fill(skill);
      await page.getByRole('option', { name: skill, exact: true }).click();
    }
    await page.getByRole('textbox', { name: /^city$/i }).fill(target.city);
    // The filter form is debounced: wait until all three filters reach the URL (and so the query)
    // before looking at the rows, which the first skill alone may already show.
    await page
      .waitForURL(
        (url) => {
          const decoded = decodeURIComponent(url.href);
          return decoded.includes(first) && decoded.includes(second) && decoded.includes(target.city);
        },
        { timeout: 15_000 },
      )
      .catch(() => {
        throw new Error(`the filters are not in the URL: ${decodeURIComponent(page.url())}`);
      });
    const row = page.locator('table tbody tr', { hasText: `${target.firstName} ${target.lastName}` });
    await row.first().waitFor();

    await row.first().click();
    await page.getByRole('tab', { name: /activity/i }).click();
    const note = `Called about the role, e2e ${Date.now()}`;
    await page.getByRole('textbox', { name: /add a note/i }).fill(note);
    await page.getByRole('button', { name: /add note/i }).click();
    await page
      .getByRole('list', { name: /activity/i })
      .getByText(note)
      .waitFor();

    await page.reload();
    await page
      .getByRole('list', { name: /activity/i })
      .getByText(note)
      .waitFor();
  });
});
