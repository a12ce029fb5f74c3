import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Board } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** The job boards' screens: admin lists, adds and edits boards and their rules; support reads them. */
const boards = () => getState().tables.boards.rows as Board[];

describe('boards admin', () => {
  it('lists every board with its market, languages and rules in words', async () => {
    await renderPage('/boards', { as: 'admin' });
    const row = await screen.findByRole('row', { name: /womenintech\.co\.uk/ });
    expect(row).toHaveTextContent('United Kingdom');
    expect(row).toHaveTextContent('English');
    expect(row).toHaveTextContent('Asks for a pay range · Asks for inclusive wording · At least 60 words');
    expect(screen.getByRole('row', { name: /^Free-Work/ })).toHaveTextContent('At least 40 words');
  });

  /** The create form with a name, a site and a country filled in, as admin. */
  async function newBoardNamedJobsIreland() {
    const { user } = await renderPage('/boards/create', { as: 'admin' });
    await user.type(await screen.findByRole('textbox', { name: /^Name/ }), 'Jobs Ireland');
    await user.type(screen.getByRole('textbox', { name: /^Site/ }), 'https://jobs.example.ie');
    await user.click(screen.getByRole('combobox', { name: /^Country/ }));
    await user.click(await screen.findByRole('option', { name: 'United Kingdom' }));
    return user;
  }

  it('adds a board with its own rules, refusing a word minimum the API would refuse', async () => {
    const user = await newBoardNamedJobsIreland();
    await user.click(screen.getByRole('checkbox', { name: 'English' }));
    await user.click(screen.getByLabelText('Asks for a pay range'));
    const minWords = screen.getByRole('spinbutton', { name: /Fewest words of description/ });
    await user.clear(minWords);
    await user.type(minWords, '5000');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Must be 1000 or less/)).toBeInTheDocument();
    expect(boards().some((b) => b.name === 'Jobs Ireland')).toBe(false);

    await user.clear(minWords);
    await user.type(minWords, '120');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(boards().some((b) => b.name === 'Jobs Ireland')).toBe(true));
    expect(boards().find((b) => b.name === 'Jobs Ireland')).toMatchObject({
      url: 'https://jobs.example.ie',
      country: 'GB',
      languages: ['en'],
      rules: { requiresPayRange: true, inclusiveWording: false, minWords: 120 },
      active: true,
    });
  });

  it('takes the keyboard to the languages when a save fails for want of one', async () => {
    // react-hook-form focuses the first invalid field through the ref react-admin gives each input;
    // the checkbox group hands it to its first box through MUI's FormControlLabel `inputRef`.
    const user = await newBoardNamedJobsIreland();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'French' })).toHaveFocus());
    expect(boards().some((b) => b.name === 'Jobs Ireland')).toBe(false);
  });

  it('edits a board’s rules from the list, in French', async () => {
    const { user } = await renderPage('/boards', { as: 'admin', locale: 'fr' });
    await user.click(await screen.findByRole('row', { name: /^technojobs\.co\.uk/ }));
    const inclusive = await screen.findByLabelText('Exige une rédaction inclusive');
    await user.click(inclusive);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(boards()[1].rules.inclusiveWording).toBe(true));
    expect(boards()[1].version).toBe(2);
  });

  it('lets support read the boards but neither add nor edit one, on screen or through the API', async () => {
    const { user } = await renderAdmin('/', { as: 'support' });
    // The queue's entry too: the menu asks for the "moderate" permission, which the UI must know.
    expect(await screen.findByRole('menuitem', { name: 'Moderation queue' })).toBeInTheDocument();
    await user.click(await screen.findByRole('menuitem', { name: 'Boards' }));
    const row = await screen.findByRole('row', { name: /^Free-Work/ });
    expect(screen.queryByRole('link', { name: 'Create' })).toBeNull();
    await user.click(row);
    expect(window.location.hash).toBe('#/boards');
    const support = await login(DEMO.support);
    const board = boards()[0];
    const put = await call('PUT', `/api/boards/${board.id}`, { ...board, name: 'Renamed' }, support);
    expect(put.status).toBe(403);
    expect(boards()[0].name).toBe('Free-Work');
  });

  it('shows support "Not allowed" on a board’s edit page', async () => {
    await renderPage('/boards/1', { as: 'support' });
    expect(await screen.findByRole('heading', { name: 'Not allowed', level: 1 })).toBeInTheDocument();
  });

  it('keeps the boards out of a recruiter’s menu', async () => {
    await renderAdmin('/', { as: 'acme' });
    await screen.findByRole('menuitem', { name: 'Offers' });
    expect(screen.queryByRole('menuitem', { name: 'Boards' })).toBeNull();
    expect(within(document.body).queryByText('Boards')).toBeNull();
  });
});
