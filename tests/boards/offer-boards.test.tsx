import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Offer, OfferPublication } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

const FR_TEXT =
  'Nous recherchons une personne pour rejoindre notre équipe produit et développer avec nous une plateforme utilisée chaque jour par des milliers de clients. Vous travaillerez avec les équipes métier sur la conception, les tests et la mise en production des fonctionnalités. Vous participerez aux revues de code, au choix des outils et à l’amélioration continue de nos pratiques. Nous offrons un cadre de travail hybride, une formation continue et une équipe bienveillante qui partage ses connaissances.';

async function acmeOffer(extra = ''): Promise<Offer> {
  const token = await login(DEMO.acme);
  const response = await call<Offer>(
    'POST',
    '/api/offers',
    {
      title: 'Développeur Elixir (H/F)',
      contractType: 'permanent',
      city: 'Paris',
      country: 'FR',
      remote: 'partial',
      experienceLevel: 'senior',
      status: 'published',
      salaryMin: 50000,
      salaryMax: 60000,
      skills: ['Elixir'],
      description: `<p>${FR_TEXT} ${extra}</p>`,
      expiresAt: '2027-01-31T23:59:59.000Z',
    },
    token,
  );
  return response.body;
}

const publicationsOf = (offerId: number) =>
  (getState().tables['offer-publications'].rows as OfferPublication[]).filter((p) => p.offerId === offerId);

describe('the offer’s boards tab', () => {
  it('sends a published offer to the boards the recruiter ticks', async () => {
    const offer = await acmeOffer();
    const { user } = await renderAdmin(`/offers/${offer.id}/show/boards`, { as: 'acme' });
    await screen.findByText('This offer is on no board yet.');
    await user.click(await screen.findByRole('checkbox', { name: 'Free-Work' }));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() =>
      expect(publicationsOf(offer.id).map((p) => [p.boardId, p.state])).toEqual([[1, 'live']]),
    );
    const row = (await screen.findByRole('cell', { name: 'Free-Work' })).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Live');
  });

  it('shows why the board refused it, and sends the fixed offer again', async () => {
    const offer = await acmeOffer('Candidat âgé de 25 à 35 ans.');
    const token = await login(DEMO.acme);
    await call('POST', `/api/offers/${offer.id}/publications`, { boardIds: [1] }, token);
    const { user } = await renderPage(`/offers/${offer.id}/show/boards`, { as: 'acme' });
    const row = (await screen.findByRole('cell', { name: 'Free-Work' })).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Rejected');
    expect(row).toHaveTextContent('Age requirement (“âgé de 25 à 35 ans”)');
    const fresh = (await call<Offer>('GET', `/api/offers/${offer.id}`, undefined, token)).body;
    await call(
      'PATCH',
      `/api/offers/${offer.id}`,
      { description: `<p>${FR_TEXT}</p>`, version: fresh.version },
      token,
    );
    await user.click(await within(row).findByRole('button', { name: 'Send again' }));
    await waitFor(() => expect(publicationsOf(offer.id)[0].state).toBe('live'));
    await waitFor(() =>
      expect(screen.getByRole('cell', { name: 'Free-Work' }).closest('tr')).toHaveTextContent('Live'),
    );
  });
});
