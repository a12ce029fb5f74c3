import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Offer } from '../../src/model/types';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

const ACME = 1;

/** An Acme draft with everything a publication needs, so only the job slots can refuse it. */
function completeDraft(): Offer {
  const draft = getState().tables.offers.rows.find(
    (o) =>
      o.companyId === ACME &&
      o.status === 'draft' &&
      o.publishedAt === null &&
      o.contractType !== 'freelance',
  ) as Offer;
  Object.assign(draft, {
    description: `<p>${'Une mission passionnante. '.repeat(30)}</p>`,
    skills: ['React', 'TypeScript'],
    salaryMin: 45000,
    salaryMax: 55000,
    expiresAt: '2031-01-31T23:59:59.000Z',
  });
  return draft;
}

describe('offer workflow actions', () => {
  it('says why a company without job slots cannot publish', async () => {
    const draft = completeDraft();
    const company = getState().tables.companies.get(ACME);
    if (company) company.credits = { ...company.credits, jobSlots: 0 };
    const { user } = await renderAdmin(`/offers/${draft.id}/show`, { as: 'acme' });
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/no job slot left/i);
    expect(getState().tables.offers.get(draft.id)?.status).toBe('draft');
  });

  it('says it in French to a French recruiter: the refusal is recognised by its code, not its words', async () => {
    const draft = completeDraft();
    const company = getState().tables.companies.get(ACME);
    if (company) company.credits = { ...company.credits, jobSlots: 0 };
    const { user } = await renderPage(`/offers/${draft.id}/show`, { as: 'acme', locale: 'fr' });
    await user.click(await screen.findByRole('button', { name: 'Publier' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Votre entreprise n’a plus d’annonce disponible : contactez le support ou changez d’offre pour publier.',
    );
  });

  it('shows any other refusal of the API in the reader’s language, on the field it names', async () => {
    const draft = completeDraft();
    const { user } = await renderPage(`/offers/${draft.id}/show`, { as: 'acme', locale: 'fr' });
    const publish = await screen.findByRole('button', { name: 'Publier' });
    // Expired meanwhile (the page still shows the date it loaded): the API refuses on expiresAt.
    Object.assign(getState().tables.offers.get(draft.id) as Offer, { expiresAt: '2020-01-01T00:00:00.000Z' });
    await user.click(publish);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Expire le : une offre publiée a une date d’expiration future',
    );
  });

  it('compares the stored offer when someone changed it meanwhile, and "keep mine" publishes it', async () => {
    const draft = completeDraft();
    const { user } = await renderPage(`/offers/${draft.id}/show`, { as: 'acme' });
    const publish = await screen.findByRole('button', { name: 'Publish' });
    const stored = getState().tables.offers.get(draft.id) as Offer;
    Object.assign(stored, { title: 'Senior React developer (edited)', version: stored.version + 1 });
    await user.click(publish);
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    const status = within(dialog).getByRole('row', { name: /^Status/ });
    expect(
      within(status)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Published', 'Draft']);
    expect(within(dialog).getByRole('row', { name: /Title \(changed by someone else\)/ })).toHaveTextContent(
      'Senior React developer (edited)',
    );
    expect(getState().tables.offers.get(draft.id)?.status).toBe('draft');
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(getState().tables.offers.get(draft.id)?.status).toBe('published'));
    expect(getState().tables.offers.get(draft.id)?.title).toBe('Senior React developer (edited)');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('publishes, then offers pause and close instead, and pauses', async () => {
    const draft = completeDraft();
    const { user } = await renderPage(`/offers/${draft.id}/show`, { as: 'acme' });
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(getState().tables.offers.get(draft.id)?.status).toBe('published');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(await screen.findByRole('button', { name: 'Publish' })).toBeInTheDocument();
    expect(getState().tables.offers.get(draft.id)?.status).toBe('paused');
  });

  it('lists what is missing before a publication', async () => {
    const draft = getState().tables.offers.rows.find(
      (o) => o.companyId === ACME && o.status === 'draft',
    ) as Offer;
    Object.assign(draft, { description: '', skills: [] });
    await renderPage(`/offers/${draft.id}/show`, { as: 'acme' });
    expect(await screen.findByText(/To publish, complete: .*Skills/)).toHaveTextContent('Description');
  });

  it('gives support the moderation actions but no edit button; sales neither', async () => {
    const offer = getState().tables.offers.rows.find((o) => o.status === 'published') as Offer;
    const { unmount } = await renderPage(`/offers/${offer.id}/show`, { as: 'support' });
    expect(await screen.findByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    unmount();
    await renderPage(`/offers/${offer.id}/show`, { as: 'sales' });
    await screen.findByText(offer.reference);
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });
});
