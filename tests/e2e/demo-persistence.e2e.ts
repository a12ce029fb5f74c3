import assert from 'node:assert/strict';
import type { Page } from '@playwright/test';
import { DEMO_JOURNAL_DB } from '../../src/model/demo-journal';
import { describe, test } from './fixtures';
import { apiAs, DEMO_ACCOUNTS, ensureSignedIn, login, openApp, resetDemoData } from './helpers';

interface Offer {
  id: number;
  title: string;
  version: number;
}

const NEW_TITLE = 'Zebracorn platform engineer';
const searchOffers = (q: string) => `#/offers?filter=${encodeURIComponent(JSON.stringify({ q }))}`;

async function offerRows(page: Page, q: string) {
  await ensureSignedIn(page, DEMO_ACCOUNTS.acme.email, searchOffers(q));
  const rows = page.locator('table tbody tr');
  // The list settles on either rows or react-admin's "no results" line (ra.navigation.no_filtered_results).
  await rows
    .first()
    .or(page.getByText(/found using the current filters/i))
    .first()
    .waitFor();
  return rows;
}

describe('demo persistence', () => {
  test('a write survives a reload and a new tab, and "Reset demo data" undoes it', async ({
    page,
    context,
  }) => {
    await login(page, DEMO_ACCOUNTS.acme.email);
    const acme = await apiAs(page, DEMO_ACCOUNTS.acme.email);
    const [offer] = await acme.get<Offer[]>('/offers?sort=["id","ASC"]&range=[0,0]');
    await acme.send('PATCH', `/offers/${offer.id}`, { title: NEW_TITLE, version: offer.version });

    // The tab's database worker outlives the reload.
    await page.reload();
    const afterReload = await offerRows(page, 'Zebracorn');
    await afterReload.getByText(NEW_TITLE).waitFor();

    // A new tab seeds its own copy and replays the journal over it.
    const otherTab = await context.newPage();
    const inOtherTab = await offerRows(otherTab, 'Zebracorn');
    await inOtherTab.getByText(NEW_TITLE).waitFor();
    await otherTab.close();

    await resetDemoData(page);
    const afterReset = await offerRows(page, 'Zebracorn');
    assert.equal(await afterReset.count(), 0, 'the renamed offer is gone');
    const restored = await (await apiAs(page, DEMO_ACCOUNTS.acme.email)).get<Offer>(`/offers/${offer.id}`);
    assert.equal(restored.title, offer.title);
    assert.equal(restored.version, offer.version);
  });

  test('a corrupt journal is discarded with a notice, and the app still works', async ({ page, context }) => {
    await openApp(page);
    // Garbage where the journal keeps its writes, as a broken or foreign version would leave it.
    await page.evaluate(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open(name, 1);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const tx = db.transaction('entries', 'readwrite');
            tx.objectStore('entries').add('{not json');
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      DEMO_JOURNAL_DB,
    );

    // The journal is read when a tab's data starts: in a new tab (a reload finds its tab's running).
    const otherTab = await context.newPage();
    await login(otherTab, DEMO_ACCOUNTS.acme.email);

    await otherTab.getByText(/saved demo changes could not be restored/i).waitFor();
    const rows = await offerRows(otherTab, 'a');
    assert.ok((await rows.count()) > 0, 'the seed is there');
  });

  test('rich text written in the demo is sanitised, and other edits of the record go through', async ({
    page,
  }) => {
    await openApp(page);
    const acme = await apiAs(page, DEMO_ACCOUNTS.acme.email);
    const [offer] = await acme.get<Offer[]>('/offers?sort=["id","ASC"]&range=[0,0]');
    // The API sanitises the stored description again on every save of the offer, a title's included.
    const renamed = await acme.send<Offer>('PATCH', `/offers/${offer.id}`, {
      title: 'Renamed with its description kept',
      version: offer.version,
    });
    assert.equal(renamed.title, 'Renamed with its description kept');
    // Long enough for a published offer (500 to 3,000 characters of text).
    const text = 'Join our platform team and ship the tools recruiters use every day. '.repeat(9).trim();
    const saved = await acme.send<Offer & { description: string }>('PATCH', `/offers/${offer.id}`, {
      description: `<p>${text}</p><img src="x" onerror="alert(1)"><script>alert(2)</script>`,
      version: renamed.version,
    });
    assert.equal(saved.description, `<p>${text}</p>`);
  });
});
