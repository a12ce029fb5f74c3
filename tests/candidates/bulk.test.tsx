import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { csvColumns } from '../../src/model/csv';
import type { Candidate } from '../../src/model/types';
import { ACME, tagsSeenBy } from '../api/fixtures';
import { captureDownloads } from '../helpers/downloads';
import { renderPage } from '../helpers/renderAdmin';
import { holdReadsByIds, offPageReadId, selectOnTwoPages } from '../helpers/selection';
import { recordRequests } from '../offers/requests';

/** Bulk actions on the candidate list, and the selection they act on. */
const stored = (id: number) => getState().tables.candidates.get(id) as Candidate;

async function selectFirstRows(count: number) {
  const rendered = await renderPage('/candidates', { as: 'acme' });
  const rows = (await screen.findAllByRole('row')).slice(1, count + 1);
  for (const row of rows) await rendered.user.click(within(row).getByRole('checkbox'));
  await screen.findByText(`${count} items selected`);
  return rendered;
}

describe('Candidate bulk actions', () => {
  it('adds a tag to each selected candidate with one PATCH of its tags and version', async () => {
    const sent = recordRequests();
    const { user } = await selectFirstRows(2);
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a tag to 2 candidates' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Tag' }), 'hot-lead');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('Tag added to 2 candidates');

    const patches = sent.filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(2);
    expect(sent.some((r) => r.method === 'PUT')).toBe(false);
    for (const patch of patches) {
      const id = Number(patch.path.split('/').pop());
      const body = patch.body as { tags: string[]; version: number };
      expect(Object.keys(body).sort()).toEqual(['tags', 'version']);
      expect(body.tags.at(-1)).toBe('hot-lead');
      expect(tagsSeenBy(ACME, id)).toEqual(body.tags);
    }
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.queryByText('2 items selected')).toBeNull());
    expect(screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toEqual([]);
  });

  it('adds the tag to every selected candidate, those picked on another page too', async () => {
    const sent = recordRequests();
    const { user } = await renderPage('/candidates?perPage=5', { as: 'acme' });
    await selectOnTwoPages(user);
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a tag to 2 candidates' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Tag' }), 'hot-lead');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('Tag added to 2 candidates');
    const ids = new Set(sent.filter((r) => r.method === 'PATCH').map((r) => Number(r.path.split('/').pop())));
    expect(ids.size).toBe(2);
    for (const id of ids) expect(tagsSeenBy(ACME, id)).toContain('hot-lead');
  });

  it('says a candidate picked on another page and changed meanwhile was not tagged', async () => {
    const sent = recordRequests();
    const { user } = await renderPage('/candidates?perPage=5', { as: 'acme' });
    await selectOnTwoPages(user);
    // The first page's candidate, read by id once off screen, is then changed by someone else.
    const staleId = offPageReadId(sent, 'candidates');
    const table = getState().tables.candidates;
    const before = stored(staleId);
    table.replace({ ...before, version: before.version + 1 });
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a tag to 2 candidates' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Tag' }), 'hot-lead');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('Tag added to 1; 1 could not be changed (reload and try again)');
    expect(tagsSeenBy(ACME, staleId)).not.toContain('hot-lead');
  });

  it('waits for the candidates picked on another page to be read before tagging', async () => {
    const release = holdReadsByIds('candidates');
    const { user, queryClient } = await renderPage('/candidates?perPage=5', { as: 'acme' });
    // As after a reload (the selection is kept in the store): the first page's candidate is not cached.
    await selectOnTwoPages(user, () => queryClient.removeQueries({ queryKey: ['candidates', 'getOne'] }));
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a tag to 2 candidates' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Tag' }), 'hot-lead');
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
    release();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Save' })).toBeEnabled());
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('Tag added to 2 candidates');
  });

  it('exports the selected candidates with the recruiter columns only', async () => {
    const downloads = captureDownloads();
    const { user } = await selectFirstRows(2);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(downloads.blobs).toHaveLength(1));
    const [header, ...rows] = await downloads.lastCsv();
    expect(header).toEqual(csvColumns('candidates', 'recruiter'));
    expect(rows).toHaveLength(2);
    // What the list showed, nothing more: a masked database profile stays masked in the file.
    for (const row of rows)
      expect(['', stored(Number(row[0])).email]).toContain(row[header.indexOf('email')]);
  });

  it('clears the selection when the filters change, so a bulk action never hits rows no longer shown', async () => {
    const { user } = await selectFirstRows(2);
    await user.type(screen.getByPlaceholderText('Search'), 'java');
    await waitFor(() => expect(screen.queryByText('2 items selected')).toBeNull());
    expect(screen.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toEqual([]);
  });
});
