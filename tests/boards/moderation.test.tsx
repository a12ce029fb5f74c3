import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { OfferPublication } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { FR_OFFER_TEXT, publishedOffer } from '../helpers/boards';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** An Acme offer sent to Free-Work with wording the checks send to review. */
async function flagged(title: string, extra: string): Promise<OfferPublication> {
  const token = await login(DEMO.acme);
  const offer = await publishedOffer(token, `${FR_OFFER_TEXT} ${extra}`, title);
  const sent = await call<OfferPublication[]>(
    'POST',
    `/api/offers/${offer.id}/publications`,
    { boardIds: [1] },
    token,
  );
  expect(sent.body[0].state).toBe('pending-review');
  return sent.body[0];
}

const stored = (id: number) => getState().tables['offer-publications'].get(id) as OfferPublication;
const rowOf = (title: string) =>
  screen.getAllByRole('row').find((row) => row.textContent?.includes(title)) as HTMLElement;

describe('the moderation queue', () => {
  it('shows support the reasons and the flagged passage, and rejects with a reason the recruiter reads', async () => {
    const publication = await flagged('Lead développeur React (H/F)', 'Profil jeune et dynamique.');
    const { user } = await renderAdmin('/offer-publications', { as: 'support' });
    await screen.findByText('Lead développeur React (H/F)');
    const row = rowOf('Lead développeur React (H/F)');
    expect(row).toHaveTextContent('Age requirement (“jeune et dynamique”)');
    const mark = within(row).getByText('jeune et dynamique', { selector: 'mark' });
    expect(mark).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('combobox', { name: 'Rule broken' })).toHaveTextContent(
      'Discriminatory requirement',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason the recruiter will read/ }),
      'Age wording',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(stored(publication.id).state).toBe('rejected'));
    expect(stored(publication.id)).toMatchObject({
      rejectionCode: 'discrimination',
      rejectionReason: 'Age wording',
    });
    await waitFor(() => expect(screen.queryByText('Lead développeur React (H/F)')).not.toBeInTheDocument());
  });

  it('approves a selection at once', async () => {
    const a = await flagged('Développeur Go (H/F)', 'Jeune diplômé bienvenu.');
    const b = await flagged('Développeur Rust (H/F)', 'Vous êtes jeune et dynamique.');
    const { user } = await renderPage('/offer-publications', { as: 'support' });
    await screen.findByText('Développeur Rust (H/F)');
    for (const title of ['Développeur Go (H/F)', 'Développeur Rust (H/F)'])
      await user.click(within(rowOf(title)).getByRole('checkbox'));
    await user.click(await screen.findByRole('button', { name: 'Approve selected' }));
    await waitFor(() => expect([stored(a.id).state, stored(b.id).state]).toEqual(['live', 'live']));
  });

  it('triages from the keyboard: j / k move between publications, a approves, r asks for a reason', async () => {
    const first = await flagged('Développeur Scala (H/F)', 'Profil jeune et dynamique.');
    const second = await flagged('Développeur Kotlin (H/F)', 'Jeune diplômé bienvenu.');
    const { user } = await renderPage('/offer-publications', { as: 'support' });
    await screen.findByText('Développeur Kotlin (H/F)');
    const approve = (row: HTMLElement) => within(row).getByRole('button', { name: 'Approve' });
    const rows = screen
      .getAllByRole('row')
      .filter((row) => within(row).queryByRole('button', { name: 'Approve' }));
    const kotlin = rows.findIndex((row) => row.textContent?.includes('Kotlin'));
    // Start next to the Kotlin row and move onto it with j (from above) or k (from below).
    approve(rows[kotlin > 0 ? kotlin - 1 : 1]).focus();
    await user.keyboard(kotlin > 0 ? 'j' : 'k');
    expect(approve(rows[kotlin])).toHaveFocus();
    await user.keyboard('a');
    await waitFor(() => expect(stored(second.id).state).toBe('live'));
    expect(stored(first.id).state).toBe('pending-review');
    approve(rowOf('Développeur Scala (H/F)')).focus();
    await user.keyboard('r');
    expect(await screen.findByRole('dialog')).toHaveTextContent('Reject the publication');
  });

  it('speaks French', async () => {
    await flagged('Architecte cloud (H/F)', 'Profil jeune et dynamique.');
    await renderAdmin('/offer-publications', { as: 'support', locale: 'fr' });
    await screen.findByText('Architecte cloud (H/F)');
    expect(rowOf('Architecte cloud (H/F)')).toHaveTextContent('Critère d’âge (« jeune et dynamique »)');
    expect(
      within(rowOf('Architecte cloud (H/F)')).getByRole('button', { name: 'Refuser' }),
    ).toBeInTheDocument();
  });
});
