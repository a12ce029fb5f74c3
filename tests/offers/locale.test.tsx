import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Offer } from '../../src/model/types';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** Offers read in the reader's language: pay, dates and counts. */
const ACME = 1;
const offerOf = (keep: (offer: Offer) => boolean) =>
  getState().tables.offers.rows.find((o) => o.companyId === ACME && keep(o)) as Offer;

describe('offer formatting', () => {
  it('writes pay, dates and counts the French way', async () => {
    const offer = offerOf((o) => o.contractType === 'permanent');
    Object.assign(offer, {
      country: 'FR',
      currency: 'EUR',
      salaryMin: 45000,
      salaryMax: 55000,
      views: 12345,
      expiresAt: '2031-01-31T23:59:59.000Z',
    });
    await renderAdmin(`/offers/${offer.id}/show`, { as: 'acme', locale: 'fr' });
    // French groups digits with a narrow no-break space; the matcher normalises it to a space.
    expect(await screen.findByText('45 000 € – 55 000 € par an')).toBeInTheDocument();
    expect(screen.getByText('12 345')).toBeInTheDocument();
    expect(screen.getByText('31/01/2031')).toBeInTheDocument();
  });

  it('writes a UK day rate in pounds with its IR35 status, in English', async () => {
    const offer = offerOf(() => true);
    Object.assign(offer, {
      contractType: 'freelance',
      country: 'GB',
      currency: 'GBP',
      salaryMin: null,
      salaryMax: null,
      dailyRateMin: 500,
      dailyRateMax: 650,
      ir35: 'outside',
    });
    await renderPage(`/offers/${offer.id}/show`, { as: 'acme' });
    expect(await screen.findByText('£500 – £650 a day · Outside IR35')).toBeInTheDocument();
  });

  it('labels the description editor’s toolbar in French', async () => {
    const { user } = await renderPage('/offers/create', { as: 'acme', locale: 'fr' });
    expect(await screen.findByRole('button', { name: 'Gras' })).toBeInTheDocument();
    for (const name of ['Italique', 'Liste à puces', 'Liste numérotée', 'Ajouter un lien', 'Citation'])
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    const level = screen.getByRole('combobox', { name: 'Choisir le niveau' });
    expect(level).toHaveTextContent('Normal');
    await user.click(level);
    expect(await screen.findByRole('option', { name: 'Titre 2' })).toBeInTheDocument();
  });
});
