import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Offer } from '../../src/model/types';
import { renderPage } from '../helpers/renderAdmin';

const ACME = 1;

/** A published Acme offer with skills, views and applications: every summary field has a value. */
function publishedOffer(): Offer {
  const offer = getState().tables.offers.rows.find(
    (o) => o.companyId === ACME && o.status === 'published' && o.skills.length >= 2 && o.views > 0,
  ) as Offer;
  expect(offer, 'the seed has such an offer').toBeDefined();
  return offer;
}

/** The value shown under a field's label (react-admin's <Labeled> holds both). */
function labelled(label: string): HTMLElement {
  const element = screen.getByText(label, { selector: '.RaLabeled-label, .RaLabeled-label *' });
  return element.closest('.RaLabeled-label')?.parentElement as HTMLElement;
}

describe('offer page', () => {
  it('shows the offer’s skills and labels its counts and dates', async () => {
    const offer = publishedOffer();
    await renderPage(`/offers/${offer.id}/show`, { as: 'acme' });
    await screen.findByText(offer.reference);

    const skills = labelled('Skills');
    for (const skill of offer.skills) expect(within(skills).getByText(skill)).toBeInTheDocument();
    expect(labelled('Views')).toHaveTextContent(offer.views.toLocaleString('en-GB'));
    expect(labelled('Applications')).toHaveTextContent(String(offer.applicationsCount));
    for (const label of ['Reference', 'Status', 'Created', 'Published', 'Expires', 'Closed'])
      expect(labelled(label)).toBeInTheDocument();
  });

  it('labels them in French for a French reader', async () => {
    const offer = publishedOffer();
    await renderPage(`/offers/${offer.id}/show`, { as: 'acme', locale: 'fr' });
    await screen.findByText(offer.reference);
    expect(within(labelled('Compétences')).getByText(offer.skills[0])).toBeInTheDocument();
    expect(labelled('Vues')).toBeInTheDocument();
  });
});
