import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { SavedView } from '../../src/model/types';
import { ACME, ACME_RECRUITER } from '../api/fixtures';
import { call, DEMO, login } from '../helpers/api';
import { renderPage } from '../helpers/renderAdmin';
import { listCalls, recordRequests } from '../offers/requests';

/**
 * Saved searches live in the API (`saved-views`), per user: not in react-admin's store, which a
 * logout clears. A recruiter may share one with the company's other recruiters.
 */
const COLLEAGUE = 'helene.michel@acme.test'; // another Acme recruiter
const filter = { skills: ['React'], city: 'Paris' };
const views = () => getState().tables['saved-views'].rows as SavedView[];

async function openList(url = '/candidates') {
  const rendered = await renderPage(url, { as: 'acme' });
  // The list's toolbar opens them over the list.
  await rendered.user.click(await screen.findByRole('button', { name: 'Saved searches' }));
  const panel = await screen.findByRole('dialog', { name: 'Saved searches' });
  return { ...rendered, panel };
}

describe('Candidate saved searches', () => {
  it('saves the search in the API, finds it again after signing out, and shares it with the team', async () => {
    const sent = recordRequests();
    const first = await openList(`/candidates?filter=${encodeURIComponent(JSON.stringify(filter))}`);
    await first.user.type(
      within(first.panel).getByRole('textbox', { name: 'Name of this search' }),
      'React in Paris',
    );
    await first.user.click(within(first.panel).getByRole('checkbox', { name: 'Share with my team' }));
    await first.user.click(within(first.panel).getByRole('button', { name: 'Save this search' }));
    await screen.findByText('Search saved');
    const post = sent.find((r) => r.method === 'POST' && r.path === '/api/saved-views');
    expect(post?.body).toMatchObject({
      resource: 'candidates',
      name: 'React in Paris',
      filter,
      sort: { field: 'lastActivityAt', order: 'DESC' },
      sharedWithTeam: true,
    });
    expect(views().at(-1)).toMatchObject({
      ownerId: ACME_RECRUITER,
      companyId: ACME,
      name: 'React in Paris',
    });
    first.unmount(); // renderAdmin signs out and in again, with an empty react-admin store

    const second = await openList();
    await second.user.click(await within(second.panel).findByText('React in Paris'));
    await waitFor(() => expect(listCalls(sent, 'candidates').at(-1)?.filter).toEqual(filter));

    const colleague = await login(COLLEAGUE);
    const theirs = await call<SavedView[]>(
      'GET',
      '/api/saved-views?filter={"resource":"candidates"}',
      undefined,
      colleague,
    );
    expect(theirs.body.map((view) => view.name)).toContain('React in Paris');
  });

  it('does not save a name nobody can read (a zero-width space), says why, and shows the API’s refusal under the name', async () => {
    const sent = recordRequests();
    const { user, panel } = await openList();
    const name = within(panel).getByRole('textbox', { name: 'Name of this search' });
    const save = within(panel).getByRole('button', { name: 'Save this search' });
    await user.type(name, '\u200B \u200B');
    expect(save).toBeDisabled();
    expect(name).toHaveAccessibleDescription(
      'Type a name that shows: spaces and invisible characters alone are not one',
    );
    await user.click(save);
    expect(sent.filter((r) => r.method === 'POST')).toEqual([]);

    server.use(
      http.post('*/api/saved-views', () =>
        HttpResponse.json(
          { message: 'Invalid data: name', errors: { name: 'a search of yours already has this name' } },
          { status: 422 },
        ),
      ),
    );
    await user.clear(name);
    await user.type(name, 'React in Paris');
    expect(save).toBeEnabled();
    await user.click(save);
    await waitFor(() => expect(name).toHaveAccessibleDescription('a search of yours already has this name'));
    expect(name).toHaveValue('React in Paris');
  });

  it('lists a teammate’s shared search as shared and not deletable, never their private ones', async () => {
    const colleague = await login(COLLEAGUE);
    for (const [name, sharedWithTeam] of [
      ['Team: Java seniors', true],
      ['Private: my shortlist', false],
    ] as const)
      await call(
        'POST',
        '/api/saved-views',
        { resource: 'candidates', name, filter: { skills: ['Java'] }, sharedWithTeam },
        colleague,
      );
    const { panel } = await openList();
    const shared = await within(panel).findByRole('button', { name: /Team: Java seniors/ });
    expect(within(shared).getByTitle('Shared with the team')).toBeInTheDocument();
    expect(within(panel).queryByText('Private: my shortlist')).toBeNull();
    expect(within(panel).queryByRole('button', { name: /Delete the saved search Team/ })).toBeNull();
  });

  it('deletes an own saved search through the API', async () => {
    const token = await login(DEMO.acme);
    await call('POST', '/api/saved-views', { resource: 'candidates', name: 'Old search', filter: {} }, token);
    const { user, panel } = await openList();
    await user.click(
      await within(panel).findByRole('button', { name: 'Delete the saved search Old search' }),
    );
    await waitFor(() => expect(views().some((view) => view.name === 'Old search')).toBe(false));
    await waitFor(() => expect(within(panel).queryByText('Old search')).toBeNull());
  });

  it('opens a saved search holding a decimal experience with the message under the field, not sending it', async () => {
    const kept = { yearsOfExperience_gte: 2.5, city: 'Paris' };
    // Saved before the API checked a view's filter as its list does (it refuses this one now).
    getState().tables['saved-views'].insert({
      version: 1,
      ownerId: ACME_RECRUITER,
      companyId: ACME,
      resource: 'candidates',
      name: 'Half years',
      filter: kept,
      sort: null,
      sharedWithTeam: false,
    });
    const sent = recordRequests();
    const { user, panel } = await openList();
    await user.click(await within(panel).findByText('Half years'));
    const input = await screen.findByLabelText('Experience from (years)', { selector: 'input' });
    await waitFor(() => expect(input).toHaveAccessibleDescription('Enter a whole number (no decimals)'));
    await waitFor(() => expect(listCalls(sent, 'candidates').at(-1)?.filter).toEqual({ city: 'Paris' }));
    expect(
      listCalls(sent, 'candidates').filter((list) => list.filter?.yearsOfExperience_gte !== undefined),
    ).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
