import { screen, waitFor, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import type { BoardsStats } from '../../src/model/stats-types';
import type { OfferPublication } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { FR_OFFER_TEXT, publishedOffer } from '../helpers/boards';
import { atReferenceDate } from '../helpers/clock';
import { renderPage } from '../helpers/renderAdmin';

/** The sales dashboard's job-board charts: each from GET /stats/boards, with its table view. */
atReferenceDate();

const FR_DISCRIMINATION = 'Critère discriminatoire';
const BOARD_CHARTS = ['Job boards', 'Job boards by market', 'Moderation: top rejection reasons'];
const section = (name: string) => screen.findByRole('region', { name });
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
const count = (n: number) => new Intl.NumberFormat('en-GB').format(n);
const percent = (rate: number | null) =>
  rate === null
    ? '–'
    : new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(
        Math.round(rate * 1000) / 1000,
      );

async function boardsStats(query = ''): Promise<BoardsStats> {
  const response = await call<BoardsStats>(
    'GET',
    `/api/stats/boards${query}`,
    undefined,
    await login(DEMO.sales),
  );
  return response.body;
}

describe('job boards on the sales dashboard', () => {
  it("shows each board's live offers, applications and conversion as a table of the API's figures", async () => {
    const stats = await boardsStats();
    const { user } = await renderPage('/', { as: 'sales' });
    const card = await section('Job boards');
    await user.click(await within(card).findByRole('button', { name: 'Show as table' }));
    const table = within(card).getByRole('table');
    for (const board of stats.boards) {
      const row = within(table).getByRole('row', {
        name: new RegExp(`^${board.name.replace(/\./g, '\\.')}`),
      });
      expect(cells(row)).toEqual([count(board.live), count(board.applications), percent(board.conversion)]);
    }
    expect(within(card).getByText(/Live: offers on the board today/)).toBeInTheDocument();

    const markets = await section('Job boards by market');
    await user.click(await within(markets).findByRole('button', { name: 'Show as table' }));
    const uk = stats.countries.find((c) => c.country === 'GB') as BoardsStats['countries'][number];
    const ukRow = within(within(markets).getByRole('table')).getByRole('row', { name: /^United Kingdom/ });
    expect(cells(ukRow)).toEqual([count(uk.live), count(uk.applications), percent(uk.conversion)]);
  });

  it('states the moderation queue and decisions, and says when the period had no rejection', async () => {
    const stats = await boardsStats('?from=2015-01-01&to=2015-01-31');
    expect(stats.rejections).toEqual([]);
    await renderPage('/?range=custom&from=2015-01-01&to=2015-01-31', { as: 'sales' });
    const card = await section('Moderation: top rejection reasons');
    await waitFor(() => expect(card).toHaveTextContent('Nothing for this period yet.'));
    const queue =
      stats.backlog.pending === 0
        ? 'No offer waits for review.'
        : `${stats.backlog.pending} offer${stats.backlog.pending === 1 ? ' waits' : 's wait'} for review`;
    expect(card).toHaveTextContent(queue);
    expect(card).toHaveTextContent('Support decided 0 in the period');
    expect(within(card).queryByRole('button', { name: 'Show as table' })).toBeNull();
  });

  it('ranks the rejection reasons support gave, in French too', async () => {
    const acme = await login(DEMO.acme);
    const offer = await publishedOffer(acme, `${FR_OFFER_TEXT} Profil jeune et dynamique.`);
    const [sent] = (
      await call<OfferPublication[]>('POST', `/api/offers/${offer.id}/publications`, { boardIds: [1] }, acme)
    ).body;
    const reject = { code: 'discrimination', reason: 'L’âge n’est pas un critère.' };
    const support = await login(DEMO.support);
    expect((await call('POST', `/api/offer-publications/${sent.id}/reject`, reject, support)).status).toBe(
      200,
    );
    const stats = await boardsStats();
    const shown = stats.rejections.find((r) => r.code === 'discrimination');
    expect(shown?.count).toBeGreaterThan(0);

    const { user } = await renderPage('/', { as: 'sales', locale: 'fr' });
    const card = await section('Modération\u00A0: principaux motifs de refus');
    await user.click(await within(card).findByRole('button', { name: 'Voir en tableau' }));
    const table = within(card).getByRole('table');
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(stats.rejections.length);
    const row = within(table).getByRole('row', { name: new RegExp(`^${FR_DISCRIMINATION}`) });
    expect(cells(row)).toEqual([String(shown?.count)]);
    expect(card).toHaveTextContent(/Le support a tranché 1 fois sur la période/);
  });

  it('shows a skeleton in each board chart while its figures load', async () => {
    server.use(http.get('*/api/stats/boards', () => delay('infinite')));
    await renderPage('/', { as: 'sales' });
    for (const name of BOARD_CHARTS) {
      const card = await section(name);
      expect(within(card).getByLabelText('Loading')).toHaveClass('MuiSkeleton-root');
    }
  });
});
