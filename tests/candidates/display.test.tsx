import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Candidate } from '../../src/model/types';
import { ACME } from '../api/fixtures';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** How the candidate screens read: on a phone, with no data, and in French. */

/** A window `width` pixels wide, as CSS media queries see it (jsdom has no matchMedia). */
function screenWidth(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    const matches =
      (!max || width <= Number(max[1])) && (!min || width >= Number(min[1])) && Boolean(max || min);
    return {
      matches,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    };
  });
}
afterEach(() => vi.unstubAllGlobals());

describe('Candidate screens', () => {
  it('lists candidates as a simple list on a phone-sized screen, each opening its profile', async () => {
    screenWidth(375);
    await renderAdmin('/candidates', { as: 'admin' });
    const profileLinks = () =>
      screen
        .queryAllByRole('link')
        .filter((link) => /#\/candidates\/\d+\/show$/.test(link.getAttribute('href') ?? ''));
    await waitFor(() => expect(profileLinks().length).toBeGreaterThan(0));
    const profiles = profileLinks();
    const id = Number(/candidates\/(\d+)/.exec(profiles[0].getAttribute('href') ?? '')?.[1]);
    const candidate = getState().tables.candidates.get(id) as Candidate;
    expect(profiles[0]).toHaveTextContent(`${candidate.firstName} ${candidate.lastName}`);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says what to do when there is no candidate at all', async () => {
    const table = getState().tables.candidates;
    for (const { id } of [...table.rows]) table.remove(id);
    await renderPage('/candidates', { as: 'acme' });
    expect(await screen.findByText('No candidate yet')).toBeInTheDocument();
    expect(screen.getByText(/appear here when they apply to your offers/)).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(within(main).getAllByRole('link', { name: 'Create' }).length).toBeGreaterThan(0);
    expect(within(main).getAllByRole('link', { name: 'Import CSV' }).length).toBeGreaterThan(0);
  });

  it('writes the profile’s pay, dates and experience the French way', async () => {
    const candidate = (getState().tables.candidates.rows as Candidate[]).find(
      (c) => c.ownerCompanyId === ACME,
    ) as Candidate;
    Object.assign(candidate, {
      desiredSalary: 45000,
      desiredDailyRate: null,
      currency: 'EUR',
      availableFrom: '2026-12-31',
      yearsOfExperience: 5,
      contractTypes: ['permanent'],
    });
    await renderPage(`/candidates/${candidate.id}/show`, { as: 'acme', locale: 'fr' });
    // Grouping with a narrow no-break space: the matcher normalises it to a space.
    expect(await screen.findByText('45 000 €')).toBeInTheDocument();
    expect(screen.getByText('31/12/2026')).toBeInTheDocument();
    expect(screen.getByText(/5 ans d'expérience/)).toBeInTheDocument();
  });
});
