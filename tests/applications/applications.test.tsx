import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { Application, Candidate } from '../../src/model/types';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';
import { holdReadsByIds, selectOnTwoPages } from '../helpers/selection';
import { listCalls, recordRequests } from '../offers/requests';

type User = Awaited<ReturnType<typeof renderAdmin>>['user'];

/** Opens the bulk "Reject" dialog for what is selected and picks the reason's category. */
async function openBulkReject(user: User, category: string): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: 'Reject' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('combobox', { name: /Reason for the rejection/ }));
  await user.click(await screen.findByRole('option', { name: category }));
  return dialog;
}

describe('applications', () => {
  it('filters by stage through the API and rejects a selection with one reason', async () => {
    const sent = recordRequests();
    const { user } = await renderAdmin('/applications?filter={"stage":["new"]}', { as: 'acme' });
    const rows = await screen.findAllByRole('row');
    expect(listCalls(sent, 'applications').at(-1)).toMatchObject({
      filter: { stage: ['new'] },
      sort: ['appliedAt', 'DESC'],
    });
    await user.click(within(rows[1]).getByRole('checkbox'));
    await user.click(within(rows[2]).getByRole('checkbox'));
    const dialog = await openBulkReject(user, 'Not enough experience');
    await user.type(within(dialog).getByRole('textbox', { name: /In your own words/ }), 'Profile too junior');
    await user.click(within(dialog).getByRole('button', { name: /Reject/ }));
    await screen.findByText('2 applications rejected');
    const moves = sent.filter((r) => r.method === 'POST' && r.path.endsWith('/move'));
    expect(moves).toHaveLength(2);
    for (const move of moves) {
      const rejection = { rejectionCategory: 'experience', rejectionReason: 'Profile too junior' };
      expect(move.body).toMatchObject({ stage: 'rejected', ...rejection });
      const id = Number(move.path.split('/')[3]);
      expect(getState().tables.applications.get(id)).toMatchObject({ stage: 'rejected', ...rejection });
    }
  });

  it('keeps the bulk reject dialog and its text until the API answers, says which it refused and why, and retries those alone', async () => {
    const sent = recordRequests();
    const stored = (id: number) => getState().tables.applications.get(id) as Application;
    // The API holds its answers until released, then refuses the first application it was sent.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let refusedId: number | undefined;
    server.use(
      http.post('*/api/applications/:id/move', async ({ params }) => {
        await held;
        refusedId ??= Number(params.id);
        if (Number(params.id) === refusedId)
          return HttpResponse.json(
            { message: 'Invalid data: rejectionReason', errors: { rejectionReason: 'Say it without names' } },
            { status: 422 },
          );
        return undefined; // the others go on to the mock API
      }),
    );
    const { user } = await renderAdmin('/applications?filter={"stage":["new"]}', { as: 'acme' });
    const rows = await screen.findAllByRole('row');
    await user.click(within(rows[1]).getByRole('checkbox'));
    await user.click(within(rows[2]).getByRole('checkbox'));
    const dialog = await openBulkReject(user, 'Other');
    const words = within(dialog).getByRole('textbox', { name: /In your own words/ });
    await user.type(words, 'Told Mr Smith no');
    const confirm = within(dialog).getByRole('button', { name: /Reject/ });
    await user.click(confirm);
    await waitFor(() => expect(sent.filter((r) => r.path.endsWith('/move'))).toHaveLength(2));
    expect(confirm).toBeDisabled();
    expect(screen.getByRole('dialog')).toBe(dialog);
    release();

    const outcome = await within(dialog).findByText(/^1 application rejected\./);
    const refused = stored(refusedId as number);
    const person = getState().tables.candidates.get(refused.candidateId) as Candidate;
    expect(outcome).toHaveTextContent(
      `1 application rejected. Not rejected, still selected: ${person.firstName} ${person.lastName} (Say it without names)`,
    );
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(words).toHaveValue('Told Mr Smith no');
    const moved = sent.filter((r) => r.path.endsWith('/move')).map((r) => Number(r.path.split('/')[3]));
    const taken = moved.find((id) => id !== refusedId) as number;
    expect(stored(taken)).toMatchObject({ stage: 'rejected', rejectionReason: 'Told Mr Smith no' });
    expect(refused.stage).toBe('new');

    // Sent again with other words: the refused one alone goes, and this time the API takes it.
    server.resetHandlers();
    await user.clear(words);
    await user.type(words, 'Went elsewhere');
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('1 application rejected')).toBeInTheDocument();
    const again = sent.filter((r) => r.path.endsWith('/move')).slice(2);
    expect(again.map((r) => Number(r.path.split('/')[3]))).toEqual([refusedId]);
    expect(stored(refusedId as number)).toMatchObject({
      stage: 'rejected',
      rejectionReason: 'Went elsewhere',
    });
  });

  it('rejects every selected application, those picked on another page too', async () => {
    const sent = recordRequests();
    const { user } = await renderAdmin('/applications?filter={"stage":["new"]}&perPage=5', { as: 'acme' });
    await user.click(within((await screen.findAllByRole('row'))[1]).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    await screen.findByText(/^6-8 of 8$/);
    // The second page's three rows (and the header), not the first page's still on screen.
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(4));
    await user.click(within(screen.getAllByRole('row')[1]).getByRole('checkbox'));
    expect(screen.getByText('2 items selected')).toBeInTheDocument();
    const dialog = await openBulkReject(user, 'Position filled');
    await user.click(within(dialog).getByRole('button', { name: /Reject/ }));
    await screen.findByText('2 applications rejected');
    const moved = sent.filter((r) => r.path.endsWith('/move')).map((r) => Number(r.path.split('/')[3]));
    expect(moved).toHaveLength(2);
    for (const id of moved) expect(getState().tables.applications.get(id)?.stage).toBe('rejected');
  });

  it('keeps bulk reject disabled until the applications picked on another page are read', async () => {
    const release = holdReadsByIds('applications');
    const { user, queryClient } = await renderAdmin('/applications?filter={"stage":["new"]}&perPage=5', {
      as: 'acme',
    });
    // As after a reload (the selection is kept in the store): the first page's application is not cached.
    await selectOnTwoPages(user, () => queryClient.removeQueries({ queryKey: ['applications', 'getOne'] }));
    expect(screen.getByRole('button', { name: 'Reject' })).toBeDisabled();
    release();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Reject' })).toBeEnabled());
  });

  it('sends again the current versions after a refusal for a stale version (409), those of another page too', async () => {
    const sent = recordRequests();
    const stored = (id: number) => getState().tables.applications.get(id) as Application;
    const { user } = await renderAdmin('/applications?filter={"stage":["new"]}&perPage=5', { as: 'acme' });
    await selectOnTwoPages(user);
    const dialog = await openBulkReject(user, 'Position filled');
    // Someone else changes both applications after this tab read them.
    const selected = getState().tables.applications.rows.filter((app) => app.stage === 'new');
    const versions = new Map(selected.map((app) => [app.id, app.version]));
    for (const app of selected) app.version += 1;
    await user.click(within(dialog).getByRole('button', { name: /Reject/ }));
    await within(dialog).findByText(/^Not rejected, still selected: .*changed by someone else/);
    const first = sent.filter((r) => r.path.endsWith('/move'));
    expect(first).toHaveLength(2);
    for (const move of first)
      expect((move.body as { version: number }).version).toBe(versions.get(Number(move.path.split('/')[3])));

    // Sent again: the versions now current go, and the API takes both.
    await user.click(within(dialog).getByRole('button', { name: /Reject/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('2 applications rejected')).toBeInTheDocument();
    for (const move of first) expect(stored(Number(move.path.split('/')[3])).stage).toBe('rejected');
  });

  it('asks for a reason before rejecting from the application page, then moves it', async () => {
    const app = getState().tables.applications.rows.find(
      (a) => a.companyId === 1 && a.stage === 'screening',
    ) as Application;
    const { user } = await renderPage(`/applications/${app.id}/show`, { as: 'acme' });
    await user.click(await screen.findByRole('combobox', { name: 'Change stage' }));
    await user.click(await screen.findByRole('option', { name: 'Rejected' }));
    await user.click(screen.getByRole('button', { name: 'Move' }));
    expect(await screen.findByText('A reason is required to reject')).toBeInTheDocument();
    expect(getState().tables.applications.get(app.id)?.stage).toBe('screening');
    await user.click(screen.getByRole('combobox', { name: /Reason for the rejection/ }));
    await user.click(await screen.findByRole('option', { name: 'Other' }));
    await user.click(screen.getByRole('button', { name: 'Move' }));
    expect(await screen.findByText('Say why in your own words')).toBeInTheDocument();
    expect(getState().tables.applications.get(app.id)?.stage).toBe('screening');
    await user.type(screen.getByRole('textbox', { name: /In your own words/ }), 'Moved abroad');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    await waitFor(() =>
      expect(getState().tables.applications.get(app.id)).toMatchObject({
        stage: 'rejected',
        rejectionCategory: 'other',
        rejectionReason: 'Moved abroad',
      }),
    );
  });

  it('hides the bulk reject from support, who only read', async () => {
    await renderPage('/applications', { as: 'support' });
    await screen.findByText(/^1-25 of [\d,]+$/);
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });
});
