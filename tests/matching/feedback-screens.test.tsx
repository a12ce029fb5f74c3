import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Candidate, MatchFeedback, MatchResult, Offer } from '../../src/model/types';
import { ACME, offersOf } from '../api/fixtures';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** "Good match" / "Not a fit" on the offer's best matches, and what the ranking says of them (issue 18). */
const offer = (): Offer => offersOf(ACME, 'published')[0];
const stored = () => getState().tables.matchFeedback.rows as MatchFeedback[];

async function apiRanking(offerId: number): Promise<Array<MatchResult<Candidate>>> {
  const token = await login(DEMO.acme);
  return (
    await call('GET', `/api/offers/${offerId}/matches${listQuery({ range: [0, 9] })}`, undefined, token)
  ).body;
}

async function items(title: RegExp): Promise<HTMLElement[]> {
  const list = await screen.findByRole('list', { name: title });
  await waitFor(() => expect(list.children.length).toBeGreaterThan(0));
  return [...list.children] as HTMLElement[];
}

const card = (id: number) => document.querySelector(`[data-match-id="${id}"]`) as HTMLElement;

describe('feedback on the best matches of an offer', () => {
  it('"Not a fit" asks why, stores the verdict and ranks the profile down at once', async () => {
    const target = offer();
    const [first] = await apiRanking(target.id);
    const { user } = await renderAdmin(`/offers/${target.id}/show/matches`, { as: 'acme' });
    const [top] = await items(/best matches for this offer/i);
    const verdict = within(top).getByRole('group', { name: 'Your verdict on this match' });
    await user.click(within(verdict).getByRole('button', { name: 'Not a fit' }));
    const menu = await screen.findByRole('menu', { name: 'Not a fit because of' });
    await user.click(within(menu).getByRole('menuitem', { name: 'Location' }));

    expect(await screen.findByText(/Verdict saved: the ranking takes it into account/)).toBeInTheDocument();
    expect(stored()).toEqual([
      expect.objectContaining({ candidateId: first.id, verdict: 'not_a_fit', reason: 'location' }),
    ]);
    // The list ranks again: another profile leads, and the one turned down says why it fell.
    await waitFor(() =>
      expect(
        (screen.getByRole('list', { name: /best matches/i }).children[0] as HTMLElement).dataset.matchId,
      ).not.toBe(String(first.id)),
    );
    // Half its score gone, it falls out of the first ten, where the API ranks it too.
    const after = await apiRanking(target.id);
    expect(after.map((m) => m.id)).not.toContain(first.id);
    await waitFor(() => expect(card(first.id)).toBeNull());
  });

  it('"Good match" says, on the profiles it ranks up, that they resemble the one marked; Undo takes it back', async () => {
    const target = offer();
    const ranking = await apiRanking(target.id);
    const { user } = await renderPage(`/offers/${target.id}/show/matches`, { as: 'acme' });
    await items(/best matches for this offer/i);
    const second = card(ranking[1].id);
    // By keyboard: the button is reachable and works without a mouse.
    within(second).getByRole('button', { name: 'Good match' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/Verdict saved/)).toBeInTheDocument();
    await waitFor(() =>
      expect(within(card(ranking[1].id)).getByText('Marked a good match')).toBeInTheDocument(),
    );
    expect(card(ranking[1].id)).toHaveTextContent('You marked this profile a good match');
    // What the API explains, the screen words: the ranked-up profiles name the resemblance.
    const after = await apiRanking(target.id);
    const likeIt = after.filter((m) =>
      m.reasons.some((r) => r.key === 'matching.reasons.feedbackSimilarGood'),
    );
    expect(likeIt.length).toBeGreaterThan(0);
    await waitFor(() =>
      expect(card(likeIt[0].id)).toHaveTextContent('Ranked up: similar to 1 profile you marked good'),
    );
    expect(screen.queryByText(/matching\.(reasons|roles|signals)\./)).not.toBeInTheDocument();
    // Undo: the verdict goes, the buttons come back.
    await user.click(within(card(ranking[1].id)).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Verdict taken back.')).toBeInTheDocument();
    await waitFor(() => expect(stored()).toEqual([]));
    expect(
      await within(card(ranking[1].id)).findByRole('button', { name: 'Good match' }),
    ).toBeInTheDocument();
  });

  it('says what separates each match from No. 1, in points per signal', async () => {
    const target = offer();
    const ranking = await apiRanking(target.id);
    await renderPage(`/offers/${target.id}/show/matches`, { as: 'acme' });
    await items(/best matches for this offer/i);
    const tenth = ranking[9];
    const behind = ranking[0].score - tenth.score;
    expect(behind).toBeGreaterThan(0);
    expect(card(tenth.id)).toHaveTextContent(new RegExp(`${behind} points? behind No\\. 1: \\w`));
  });

  it('speaks French', async () => {
    const target = offer();
    const [first] = await apiRanking(target.id);
    await call(
      'POST',
      `/api/offers/${target.id}/match-feedback`,
      { candidateId: first.id, verdict: 'good' },
      await login(DEMO.acme),
    );
    await renderPage(`/offers/${target.id}/show/matches`, { as: 'acme', locale: 'fr' });
    await items(/meilleurs profils pour cette offre/i);
    expect(within(card(first.id)).getByText('Jugé adapté')).toBeInTheDocument();
    expect(within(card(first.id)).getByRole('button', { name: 'Annuler' })).toBeInTheDocument();
    const other = (await apiRanking(target.id)).find((m) => m.id !== first.id) as MatchResult<Candidate>;
    expect(within(card(other.id)).getByRole('button', { name: 'Ne convient pas' })).toBeInTheDocument();
  });

  it('shows an admin the company’s verdicts on the engine’s own ranking', async () => {
    const target = offer();
    const [first] = await apiRanking(target.id);
    await call(
      'POST',
      `/api/offers/${target.id}/match-feedback`,
      { candidateId: first.id, verdict: 'not_a_fit', reason: 'pay' },
      await login(DEMO.acme),
    );
    await renderPage(`/offers/${target.id}/show/matches`, { as: 'admin' });
    const [top] = await items(/best matches for this offer/i);
    // Not ranked down for staff: the verdict shapes the company's ranking, not theirs.
    expect(top.dataset.matchId).toBe(String(first.id));
    expect(within(top).getByText('Marked not a fit: pay')).toBeInTheDocument();
  });
});
