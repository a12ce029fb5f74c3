import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { KpisStats, OffersStats } from '../../src/model/stats-types';
import { call, login } from '../helpers/api';
import { atReferenceDate } from '../helpers/clock';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** Issue 6: the period and the market live in the URL, and every figure follows them. */

// The presets count days back from the browser's today: make it the seed's "now", as in the demo.
atReferenceDate();

async function stats<T>(path: string): Promise<T> {
  return (await call<T>('GET', `/api/stats/${path}`, undefined, await login('sales@backoffice.test'))).body;
}

const kpiValue = (name: string) =>
  within(screen.getByRole('region', { name })).getByTestId('kpi-value').textContent ?? '';
const count = (n: number) => new Intl.NumberFormat('en-GB').format(n);

describe('dashboard filters in the URL', () => {
  it('a shared link with custom dates and a market shows those dates and that market’s figures', async () => {
    const q3 = await stats<KpisStats>('kpis?from=2026-07-01&to=2026-09-30&country=FR');
    const all = await stats<KpisStats>('kpis?from=2026-07-01&to=2026-09-30');
    expect(q3.current.applications).not.toBe(all.current.applications);
    await renderAdmin('/?range=custom&from=2026-07-01&to=2026-09-30&country=FR', { as: 'sales' });
    expect(await screen.findByLabelText('From')).toHaveValue('2026-07-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-09-30');
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveTextContent('Custom dates');
    expect(screen.getByRole('combobox', { name: 'Market' })).toHaveTextContent('France');
    await waitFor(() => expect(kpiValue('Applications')).toBe(count(q3.current.applications)));
  });

  it('choosing a market writes it to the URL and refetches that market’s figures', async () => {
    const gb = await stats<KpisStats>('kpis?from=2026-10-04&to=2026-11-02&country=GB');
    const all = await stats<KpisStats>('kpis?from=2026-10-04&to=2026-11-02');
    expect(gb.current.offersPublished).not.toBe(all.current.offersPublished);
    const { user } = await renderPage('/', { as: 'sales' });
    await waitFor(() => expect(kpiValue('Offers published')).toBe(count(all.current.offersPublished)));
    await user.click(screen.getByRole('combobox', { name: 'Market' }));
    await user.click(await screen.findByRole('option', { name: 'United Kingdom' }));
    await waitFor(() => expect(window.location.hash).toBe('#/?range=30d&country=GB'));
    await waitFor(() => expect(kpiValue('Offers published')).toBe(count(gb.current.offersPublished)));
  });

  it('on the 7-day preset, the 7-day average has a point on every day, as the API computed it', async () => {
    const week = await stats<OffersStats>('offers?from=2026-10-27&to=2026-11-02');
    expect(week.buckets).toHaveLength(7);
    const { user } = await renderPage('/?range=7d', { as: 'sales' });
    const card = await screen.findByRole('region', { name: 'Offers published and closed' });
    await user.click(await within(card).findByRole('button', { name: 'Show as table' }));
    const table = within(card).getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    const column = headers.indexOf('Published, 7-day average');
    expect(column).toBeGreaterThan(0);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    const averages = rows.map((row) => row.querySelectorAll('th, td')[column].textContent);
    expect(averages).toEqual(
      week.buckets.map((b) =>
        new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(
          b.publishedAverage7d ?? Number.NaN,
        ),
      ),
    );
    expect(averages.every((text) => text !== '–')).toBe(true);
  });
});
