import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mrrCurrencies } from '../../src/dashboard/currencies';
import { trendParams } from '../../src/dashboard/range';
import type { AccountHealthRow, AccountsStats } from '../../src/model/stats-types';
import { call, listQuery, login } from '../helpers/api';
import { atReferenceDate } from '../helpers/clock';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** Issue 16, sales screens: one currency per market, a year of MRR, bars for sources, the health table. */

atReferenceDate();

const section = (name: string) => screen.findByRole('region', { name });
const cellsOf = (row: HTMLElement) =>
  within(row)
    .queryAllByRole('cell')
    .map((cell) => cell.textContent ?? '');

async function health(query: Parameters<typeof listQuery>[0]): Promise<AccountHealthRow[]> {
  const token = await login('sales@backoffice.test');
  return (await call<AccountHealthRow[]>('GET', `/api/account-health${listQuery(query)}`, undefined, token))
    .body;
}

/** The account names of the health table's rows, in order. */
async function namesShown(card: HTMLElement, expected: string[]) {
  await waitFor(() => {
    const links = within(within(card).getByRole('table')).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(expected);
  });
}

describe('MRR per market', () => {
  it('shows the UK market its pounds only: no "MRR (EUR) €0" tile and no flat euro line', async () => {
    const { user } = await renderPage('/?range=30d&country=GB', { as: 'sales' });
    const gbp = await section('MRR (GBP)');
    await waitFor(() => expect(within(gbp).getByTestId('kpi-value')).toHaveTextContent('£'));
    expect(screen.queryByRole('region', { name: 'MRR (EUR)' })).toBeNull();

    const chart = await section('Monthly recurring revenue');
    await user.click(await within(chart).findByRole('button', { name: 'Show as table' }));
    const headers = within(within(chart).getByRole('table')).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Month', 'MRR (GBP)']);
  });

  it('keeps both currencies without a market, and a currency a market really bills in', () => {
    expect(mrrCurrencies(null, [])).toEqual(['EUR', 'GBP']);
    expect(mrrCurrencies('GB', [{ EUR: 0, GBP: 10 }])).toEqual(['GBP']);
    expect(
      mrrCurrencies('GB', [
        { EUR: 0, GBP: 10 },
        { EUR: 500, GBP: 0 },
      ]),
    ).toEqual(['EUR', 'GBP']);
    expect(mrrCurrencies('FR', [])).toEqual(['EUR']);
  });
});

describe('MRR trend', () => {
  it('draws a point a month over the last 12 months when the period is 30 days, as the API counts them', async () => {
    expect(trendParams({ from: '2026-10-04', to: '2026-11-02' })).toEqual({
      from: '2025-12-01',
      to: '2026-11-02',
    });
    // A period longer than a year keeps its own months.
    expect(trendParams({ from: '2024-01-01', to: '2026-11-02' }).from).toBe('2024-01-01');
    const token = await login('sales@backoffice.test');
    const accounts = (
      await call<AccountsStats>('GET', '/api/stats/accounts?from=2025-12-01&to=2026-11-02', undefined, token)
    ).body;
    expect(accounts.months).toHaveLength(12);

    const { user } = await renderAdmin('/', { as: 'sales' });
    const chart = await section('Monthly recurring revenue');
    expect(await within(chart).findByText('Month-end MRR, December 2025 to November 2026')).toBeVisible();
    await user.click(await within(chart).findByRole('button', { name: 'Show as table' }));
    const rows = within(within(chart).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    const euros = (cents: number) =>
      new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
        cents / 100,
      );
    expect(rows.map((row) => cellsOf(row)[0])).toEqual(accounts.months.map((m) => euros(m.mrr.EUR)));
  });
});

describe('applications by source', () => {
  it('draws the hire rate as bars, not as a line joining separate sources', async () => {
    await renderPage('/', { as: 'sales' });
    const card = await section('Applications by source');
    const items = await within(card).findAllByRole('listitem');
    expect(items.map((item) => [item.textContent, item.querySelector('line') ? 'line' : 'square'])).toEqual([
      ['Applications', 'square'],
      ['Hires', 'square'],
      ['Hire rate (%)', 'square'],
    ]);
  });
});

describe('account health', () => {
  it('pages and sorts on the server: worst score first, then best first, then the next page', async () => {
    const worst = await health({ sort: ['score', 'ASC'], range: [0, 9] });
    const best = await health({ sort: ['score', 'DESC'], range: [0, 9] });
    const bestNext = await health({ sort: ['score', 'DESC'], range: [10, 19] });
    const { user } = await renderPage('/', { as: 'sales' });
    const card = await section('Account health');
    await namesShown(
      card,
      worst.map((row) => row.name),
    );
    // The score and its change come first, in words for screen readers too.
    const first = within(card).getAllByRole('row')[1];
    expect(first).toHaveTextContent(`${worst[0].score} / 100`);
    const change = worst[0].score - worst[0].previousScore;
    expect(first).toHaveTextContent(
      change === 0
        ? `Unchanged from ${worst[0].previousScore}`
        : `${change > 0 ? 'Up' : 'Down'} ${Math.abs(change)} points from ${worst[0].previousScore}`,
    );
    expect(within(first).getByRole('link', { name: worst[0].name })).toHaveAttribute(
      'href',
      `#/companies/${worst[0].id}/show`,
    );
    // No "· 20 pts" in every cell: the components wait for the row to be opened.
    expect(card).not.toHaveTextContent('pts');

    await user.click(within(card).getByRole('button', { name: /^Score/ }));
    await namesShown(
      card,
      best.map((row) => row.name),
    );
    await user.click(within(card).getByRole('button', { name: 'Go to next page' }));
    await namesShown(
      card,
      bestNext.map((row) => row.name),
    );
  });

  it('narrows to the accounts at risk and opens a row to show the five components', async () => {
    const risky = await health({ filter: { atRisk: true }, sort: ['score', 'ASC'], range: [0, 9] });
    expect(risky.length).toBeGreaterThan(0);
    const { user } = await renderPage('/', { as: 'sales' });
    const card = await section('Account health');
    await within(card).findByRole('table');
    await user.click(within(card).getByRole('switch', { name: 'At risk only' }));
    await namesShown(
      card,
      risky.map((row) => row.name),
    );
    const reasons = {
      falling: 'score falling',
      renewal: 'renewal within 30 days',
      'out-of-credits': 'out of credits',
    };
    const row = within(card).getAllByRole('row')[1];
    for (const reason of risky[0].reasons) expect(row).toHaveTextContent(reasons[reason]);

    await user.click(within(row).getByRole('button', { name: `Show the details of ${risky[0].name}` }));
    expect(within(row).getByRole('button', { name: `Hide the details of ${risky[0].name}` })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const { points, components } = risky[0];
    const details = await within(card).findByText('Active recruiters');
    const panel = details.closest('dl') as HTMLElement;
    expect(panel).toHaveTextContent(`Active recruiters${points.recruiters} / 20`);
    expect(panel).toHaveTextContent(
      `${components.activeRecruiters} of ${components.recruiters} signed in within 30 days`,
    );
    expect(panel).toHaveTextContent(`Features used${points.breadth} / 20`);
  });

  it('follows the market of the dashboard', async () => {
    const uk = await health({ filter: { country: 'GB' }, sort: ['score', 'ASC'], range: [0, 9] });
    await renderPage('/?range=30d&country=GB', { as: 'sales' });
    await namesShown(
      await section('Account health'),
      uk.map((row) => row.name),
    );
  });
});

describe('company page', () => {
  it('shows support the account’s health score and its components, and a recruiter none', async () => {
    const token = await login('support@backoffice.test');
    const acme = (await call<AccountHealthRow>('GET', '/api/account-health/1', undefined, token)).body;
    await renderPage('/companies/1/show', { as: 'support' });
    const card = await section('Health score');
    await waitFor(() => expect(card).toHaveTextContent(`${acme.score} / 100`));
    expect(card).toHaveTextContent(`CV credits${acme.points.credits} / 20`);
  });

  it('is not shown to a recruiter on their own company', async () => {
    await renderPage('/companies/1/show', { as: 'acme' });
    await screen.findByText('Acme Consulting');
    expect(screen.queryByRole('region', { name: 'Health score' })).toBeNull();
  });
});
