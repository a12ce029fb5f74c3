import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Interview, Offer } from '../../src/model/types';
import { renderAdmin } from '../helpers/renderAdmin';

/** The words a new user reads: no raw catalog strings, react-admin's generic phrases said our way. */
const ACME = 1;

const acmeRecord = <T extends { companyId: number }>(rows: readonly unknown[], test: (row: T) => boolean) =>
  (rows as T[]).find((row) => row.companyId === ACME && test(row)) as T;

describe('words on screen', () => {
  it('an interview page names its scorecards in the plural, never with the raw "||||" forms', async () => {
    const interview = acmeRecord<Interview>(getState().tables.interviews.rows, () => true);
    await renderAdmin(`/interviews/${interview.id}/show`, { as: 'acme' });
    expect(await screen.findByText('Scorecards')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('||||');
  });

  it('a saved record is confirmed by its kind ("Task created"), not "Element created"', async () => {
    const { user } = await renderAdmin('/tasks/create', { as: 'acme' });
    await user.type(await screen.findByRole('textbox', { name: /^Title/ }), 'Call the candidate back');
    await user.type(screen.getByLabelText(/^Due/), '2031-01-15T10:00');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Task created')).toBeInTheDocument();
  });

  it('an edit saved through the conflict-safe form is confirmed by its kind too ("Company saved")', async () => {
    const { user } = await renderAdmin('/companies/1', { as: 'support' });
    const city = await screen.findByRole('textbox', { name: /^City/ });
    await user.clear(city);
    await user.type(city, 'Lille');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Company saved')).toBeInTheDocument();
  });

  it('in French: "Nouvelle offre", "Modifier", and an offer is closed with "Clôturer", not "Fermer"', async () => {
    const { unmount } = await renderAdmin('/offers/create', { as: 'acme', locale: 'fr' });
    expect(await screen.findByText('Nouvelle offre')).toBeInTheDocument();
    unmount();

    const offer = acmeRecord<Offer>(getState().tables.offers.rows, (o) => o.status === 'published');
    await renderAdmin(`/offers/${offer.id}/show`, { as: 'acme', locale: 'fr' });
    const pause = await screen.findByRole('button', { name: 'Mettre en pause' });
    const actions = pause.parentElement as HTMLElement;
    expect(within(actions).getByRole('button', { name: 'Clôturer' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Modifier' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Fermer' })).toBeNull();
  });
});
