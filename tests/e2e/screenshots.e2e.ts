import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { describe, test, useOptions } from './fixtures';
import { DEMO_ACCOUNTS, openSignedIn, settled } from './helpers';

/**
 * The README's pictures of what each role sees, taken from the demo so they stay current:
 * `npm run screenshots` writes them to docs/screenshots/ (the demo scale); an ordinary e2e run
 * takes the same pictures into dist-e2e/screenshots/, so the steps cannot rot unnoticed.
 */
const DIR = resolve(process.env.SCREENSHOTS_DIR ?? 'dist-e2e/screenshots');

interface Shot {
  file: string;
  email: string;
  hash: string;
  /** What must be on screen before the picture is taken. */
  ready: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  {
    file: 'recruiter-candidates.png',
    email: DEMO_ACCOUNTS.acme.email,
    hash: '#/candidates',
    ready: (page) => page.locator('main tbody tr').nth(14).waitFor(),
  },
  {
    file: 'recruiter-pipeline.png',
    email: DEMO_ACCOUNTS.acme.email,
    hash: '#/pipeline',
    ready: (page) => page.locator('[data-card-id]').first().waitFor(),
  },
  {
    file: 'sales-dashboard.png',
    email: DEMO_ACCOUNTS.sales.email,
    hash: '#/',
    ready: async (page) => {
      await page.locator('svg.recharts-surface').nth(3).waitFor({ timeout: 60_000 });
    },
  },
  {
    file: 'support-company.png',
    email: DEMO_ACCOUNTS.support.email,
    hash: '#/companies/1/show',
    ready: (page) => page.getByRole('region', { name: 'Health score' }).locator('dl').waitFor(),
  },
];

describe('README screenshots', () => {
  for (const shot of SHOTS) {
    describe(() => {
      useOptions({
        context: { viewport: { width: 1440, height: 900 }, locale: 'en-GB', colorScheme: 'light' },
      });
      test(`${shot.file}: what ${shot.email} sees at ${shot.hash}`, async ({ page }) => {
        await openSignedIn(page, shot.email, shot.hash);
        await shot.ready(page);
        await settled(page);
        // The light theme and no mouse over anything: the same picture every time.
        await page.mouse.move(0, 0);
        mkdirSync(DIR, { recursive: true });
        const path = join(DIR, shot.file);
        await page.screenshot({ path, animations: 'disabled' });
        assert.ok(statSync(path).size > 10_000, `${path} holds a picture`);
      });
    });
  }
});
