import { screen, waitFor, within } from '@testing-library/react';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { atReferenceDate } from '../helpers/clock';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** Issue 6: what each widget shows while its figures load, when there are none, and when they fail. */

atReferenceDate();

const CHARTS = [
  'Offers published and closed',
  'Applications funnel',
  'Time to hire',
  'Median time in each stage',
  'Applications by source',
  'Plan mix',
  'Monthly recurring revenue',
];
const KPIS = ['Offers published', 'Active accounts', 'Applications', 'Hires', 'MRR (EUR)', 'MRR (GBP)'];

describe('dashboard states', () => {
  it('shows a skeleton in every chart and KPI card while its figures load', async () => {
    server.use(
      http.get('*/api/stats/:name', () => delay('infinite')),
      http.get('*/api/account-health', () => delay('infinite')),
    );
    await renderAdmin('/', { as: 'sales' });
    for (const name of [...CHARTS, 'Account health']) {
      const card = await screen.findByRole('region', { name });
      expect(within(card).getByLabelText('Loading')).toHaveClass('MuiSkeleton-root');
    }
    for (const name of KPIS) {
      const card = screen.getByLabelText(name, { selector: '[aria-busy="true"]' });
      expect(within(card).queryByTestId('kpi-value')).toBeNull();
    }
  });

  it('says there is nothing yet for a period without data, with no table or CSV to offer', async () => {
    await renderPage('/?range=custom&from=2015-01-01&to=2015-01-31', { as: 'sales' });
    // Accounts still count (plans are a snapshot): every other chart is empty for January 2015.
    for (const name of CHARTS.filter((n) => n !== 'Plan mix')) {
      const card = await screen.findByRole('region', { name });
      await waitFor(() => expect(card).toHaveTextContent('Nothing for this period yet.'));
      expect(within(card).queryByRole('button', { name: 'Show as table' })).toBeNull();
      expect(within(card).queryByRole('button', { name: /Download the numbers/ })).toBeNull();
    }
  });

  it('says when figures could not be loaded, widget by widget', async () => {
    const boom = () =>
      HttpResponse.json({ message: 'boom' }, { status: 500, headers: { 'Cache-Control': 'no-store' } });
    server.use(http.get('*/api/stats/funnel', boom), http.get('*/api/account-health', boom));
    await renderAdmin('/', { as: 'sales' });
    const funnel = await screen.findByRole('region', { name: 'Applications funnel' });
    await waitFor(() => expect(funnel).toHaveTextContent('These figures could not be loaded.'));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Account health' })).toHaveTextContent(
        'These figures could not be loaded.',
      ),
    );
    const sources = screen.getByRole('region', { name: 'Applications by source' });
    await waitFor(() => expect(within(sources).getByRole('button', { name: 'Show as table' })).toBeVisible());
  });
});
