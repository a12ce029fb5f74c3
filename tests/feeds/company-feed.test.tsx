import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { FeedImport, Offer } from '../../src/model/types';
import { renderPage } from '../helpers/renderAdmin';

const reports = () => getState().tables['feed-imports'].rows as FeedImport[];

describe('a company’s feed tab', () => {
  it('lets support run Acme’s stored feed and read the report offer by offer', async () => {
    const { user } = await renderPage('/companies/1/show/feed', { as: 'support' });
    // The seed's last import is listed first.
    await screen.findByText(/Applied/);
    await user.click(screen.getByRole('button', { name: 'Run the stored feed' }));
    await screen.findByText(/Feed imported: 2 created, 1 updated, 1 closed, 2 unchanged/);
    expect(reports()).toHaveLength(2);
    // The newest report comes first, open; older ones stay folded below it.
    const [table] = await screen.findAllByRole('table', { name: 'Offers of the feed' });
    await waitFor(() => expect(within(table).getAllByText('Created')).toHaveLength(2));
    expect(within(table).getByText('Closed')).toBeInTheDocument();
    expect(within(table).getAllByText('Unchanged')).toHaveLength(2);
    expect(within(table).getAllByText(/board 1: /).length).toBeGreaterThan(0);
  });

  it('uploads a file and shows a refused feed’s reasons, in French', async () => {
    const { user } = await renderPage('/companies/2/show/feed', { as: 'globex', locale: 'fr' });
    await screen.findByText('Aucun flux n’a encore été lancé pour cette entreprise.');
    const before = JSON.stringify(getState().tables.offers.rows.filter((o) => (o as Offer).companyId === 2));
    const xml = '<feed><offer><externalRef>GX-1</externalRef><title>Dev</title></offer></feed>';
    const input = screen.getByLabelText('Importer un flux (XML ou JSON)');
    await user.upload(input, new File([xml], 'feed.xml', { type: 'application/xml' }));
    await screen.findByText(/Flux refusé : rien n’a été importé/);
    const [table] = await screen.findAllByRole('table', { name: 'Offres du flux' });
    expect(within(table).getByText('Refusée')).toBeInTheDocument();
    expect(within(table).getByText('GX-1')).toBeInTheDocument();
    // The reason is the API's, worded in French.
    expect(within(table).getByText('title:', { exact: false })).toBeInTheDocument();
    expect(JSON.stringify(getState().tables.offers.rows.filter((o) => (o as Offer).companyId === 2))).toBe(
      before,
    );
  });

  it('hides the tab from sales', async () => {
    await renderPage('/companies/1/show', { as: 'sales' });
    await screen.findByRole('tab', { name: 'Overview' });
    expect(screen.queryByRole('tab', { name: 'Feed' })).not.toBeInTheDocument();
  });
});
