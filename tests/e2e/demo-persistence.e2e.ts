import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_JOURNAL_DB } from '../../src/providers/demo';
import { describe, test } from './harness';
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
  test('a write survives a reload and "Reset demo data" undoes it', async ({ page }) => {
    await login(page, DEMO_ACCOUNTS.acme.email);
    const acme = await apiAs(page, DEMO_ACCOUNTS.acme.email);
    const [offer] = await acme.get<Offer[]>('/offers?sort=["id","ASC"]&range=[0,0]');
    await acme.send('PATCH', `/offers/${offer.id}`, { title: NEW_TITLE, version: offer.version });

    await page.reload();
    const afterReload = await offerRows(page, 'Zebracorn');
    await afterReload.getByText(NEW_TITLE).waitFor();

    await resetDemoData(page);
    const afterReset = await offerRows(page, 'Zebracorn');
    assert.equal(await afterReset.count(), 0, 'the renamed offer is gone');
    const restored = await (await apiAs(page, DEMO_ACCOUNTS.acme.email)).get<Offer>(`/offers/${offer.id}`);
    assert.equal(restored.title, offer.title);
    assert.equal(restored.version, offer.version);
  });

  test('a corrupt journal is discarded with a notice, and the app still works', async ({ page }) => {
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

    await page.reload({ waitUntil: 'commit' });
    await login(page, DEMO_ACCOUNTS.acme.email);

    await page.getByText(/saved demo changes could not be restored/i).waitFor();
    const rows = await offerRows(page, 'a');
    assert.ok((await rows.count()) > 0, 'the seed is there');
  });
});
