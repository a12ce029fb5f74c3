import assert from 'node:assert/strict';
import type { BrowserContext } from 'playwright-core';
import { describe, test } from './harness';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  emailField,
  expectLoginPage,
  login,
  passwordField,
  waitForApp,
} from './helpers';

/**
 * Issue 21, the start-up as a user lives it. The timings are `npm run bench`'s (a loaded machine
 * makes them useless as assertions); these are the structural guarantees behind them.
 */
const ROWS = 'tbody tr.RaDataTable-rowEven, tbody tr.RaDataTable-rowOdd';

/** The ids of the context's demo database workers (shared workers named per tab). */
async function databaseWorkers(context: BrowserContext): Promise<string[]> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: Array<{ targetId: string; type: string; url: string }>;
    };
    return targetInfos
      .filter((target) => target.type === 'shared_worker' && /db-worker/.test(target.url))
      .map((target) => target.targetId);
  } finally {
    await cdp.detach();
  }
}

describe('cold start', () => {
  test('reloading a signed-in tab shows its data without the login form, from the data already running', async ({
    page,
    context,
  }) => {
    await login(page, DEMO_ACCOUNTS.acme.email);
    await page.goto('/#/candidates');
    await page.locator(ROWS).first().waitFor();
    const before = await databaseWorkers(context);
    assert.equal(before.length, 1, 'one database worker for the tab');

    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('input[name="email"]')) document.documentElement.dataset.sawLogin = 'yes';
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload({ waitUntil: 'commit' });
    await page.locator(ROWS).first().waitFor();

    assert.equal(await page.evaluate(() => document.documentElement.dataset.sawLogin), undefined);
    assert.deepEqual(await databaseWorkers(context), before, 'the reload used the tab’s running database');
  });

  test('behind the login form, the page asked for runs no code until "Sign in"', async ({
    page,
    context,
  }) => {
    const requested: string[] = [];
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/#/candidates', { waitUntil: 'commit' });
    await expectLoginPage(page);
    await emailField(page).fill(DEMO_ACCOUNTS.acme.email);
    await passwordField(page).fill(DEMO_PASSWORD);
    // Everything the demo starts behind the form (its database, the mock's service worker) is up.
    await waitForApp(page);
    assert.ok(
      !requested.some((path) => /CandidateList/.test(path)),
      `the list's code waits for "Sign in": ${requested.join(' ')}`,
    );

    await page.getByRole('button', { name: /^sign in$/i }).click();
    await page.locator(ROWS).first().waitFor();
  });
});
