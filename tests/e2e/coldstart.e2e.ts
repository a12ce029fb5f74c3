import assert from 'node:assert/strict';
import type { BrowserContext, Page } from '@playwright/test';
import { describe, test, useOptions } from './fixtures';
import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  emailField,
  expectLoginPage,
  login,
  menuEntries,
  passwordField,
  revokeSessionOnServer,
  sessionToken,
  waitForApp,
} from './helpers';

/**
 * Issue 21, the start-up as a user lives it. The timings are `npm run bench`'s (a loaded machine
 * makes them useless as assertions); these are the structural guarantees behind them.
 */
const ROWS = 'tbody tr.RaDataTable-rowEven, tbody tr.RaDataTable-rowOdd';

type Targets = Array<{ targetId: string; type: string; url: string; browserContextId: string }>;

/** The ids of the demo database workers (shared workers named per tab) of `page`'s context. */
async function databaseWorkers(context: BrowserContext, page: Page): Promise<string[]> {
  const pageSession = await context.newCDPSession(page);
  const { targetInfo } = (await pageSession.send('Target.getTargetInfo')) as { targetInfo: Targets[0] };
  await pageSession.detach();
  const browserSession = await context.browser()?.newBrowserCDPSession();
  if (!browserSession) throw new Error('no browser');
  try {
    const { targetInfos } = (await browserSession.send('Target.getTargets')) as { targetInfos: Targets };
    return targetInfos
      .filter(
        (target) =>
          target.browserContextId === targetInfo.browserContextId &&
          target.type === 'shared_worker' &&
          /db-worker/.test(target.url),
      )
      .map((target) => target.targetId);
  } finally {
    await browserSession.detach();
  }
}

describe('cold start', () => {
  test('reloading a signed-in tab shows its data without the login form, from the data already running', async ({
    page,
    context,
  }) => {
    // As a user does: the page first, signed out, then the login form it leads to.
    await page.goto('/#/candidates');
    await login(page, DEMO_ACCOUNTS.acme.email);
    await page.locator(ROWS).first().waitFor();
    const before = await databaseWorkers(context, page);
    assert.equal(before.length, 1, 'one database worker for the tab');

    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('input[name="email"]')) document.documentElement.dataset.sawLogin = 'yes';
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload({ waitUntil: 'commit' });
    await page.locator(ROWS).first().waitFor();

    assert.equal(await page.evaluate(() => document.documentElement.dataset.sawLogin), undefined);
    assert.deepEqual(
      await databaseWorkers(context, page),
      before,
      'the reload used the tab’s running database',
    );
  });

  // The reload trusts the stored session to render at once (react-admin's auth checks read it, not
  // the server): a token the server no longer honours must still end on the login page, the
  // previous rows never drawn, since the page's first data call is the one the server refuses.
  test('reloading a tab whose session the server revoked lands on the login page, no rows ever shown', async ({
    page,
  }) => {
    await login(page, DEMO_ACCOUNTS.acme.email);
    await page.goto('/#/candidates');
    await page.locator(ROWS).first().waitFor();
    await revokeSessionOnServer(page);

    await page.addInitScript((rows) => {
      new MutationObserver(() => {
        if (document.querySelector(rows)) document.documentElement.dataset.sawRows = 'yes';
      }).observe(document, { childList: true, subtree: true });
    }, ROWS);
    await page.reload({ waitUntil: 'commit' });

    await expectLoginPage(page);
    assert.equal(await sessionToken(page), null, 'the revoked token is forgotten');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.sawRows), undefined);
  });

  // The English of the screens loads with sign-in, not with the app: a tab that starts signed in
  // must have it before its first screen, in either language.
  for (const { locale, menu } of [
    { locale: 'en-GB', menu: 'Candidates' },
    { locale: 'fr-FR', menu: 'Candidats' },
  ])
    describe(() => {
      useOptions({ context: { locale } });
      test(`a reload of a signed-in tab shows its screen in words, not translation keys (${locale})`, async ({
        page,
      }) => {
        await login(page, DEMO_ACCOUNTS.acme.email);
        await page.goto('/#/candidates');
        await page.locator(ROWS).first().waitFor();
        await page.reload({ waitUntil: 'commit' });
        await page.locator(ROWS).first().waitFor();

        assert.ok((await menuEntries(page)).includes(menu), `the menu reads "${menu}"`);
        const text = (await page.locator('body').textContent()) ?? '';
        assert.deepEqual(text.match(/\b(app|resources|ra|matching)\.[\w.-]+/g), null, 'no key shown as text');
      });
    });

  // Before MSW's worker stayed registered (public/demoServiceWorker.js), a reload racing its
  // unregistration could be left waiting for its API: 1 run of this test in 10 under load.
  test('each reload of a signed-in tab reaches the demo API, however quickly it follows the last', async ({
    page,
  }) => {
    await login(page, DEMO_ACCOUNTS.acme.email);
    await page.goto('/#/candidates');
    await page.locator(ROWS).first().waitFor();
    // Each reload starts as the last page goes: the next one must still be the mock's worker's.
    for (let reload = 1; reload <= 5; reload++) {
      await page.reload({ waitUntil: 'commit' });
      await page.locator(ROWS).first().waitFor({ timeout: 15_000 });
      assert.ok(
        await page.evaluate(() => navigator.serviceWorker.controller !== null),
        `reload ${reload}: the page is controlled by the mock's service worker`,
      );
    }
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
