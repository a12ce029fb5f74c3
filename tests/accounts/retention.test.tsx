import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { retentionCutoff } from '../../src/gdpr/RetentionList';
import type { Candidate } from '../../src/model/types';
import { renderAdmin } from '../helpers/renderAdmin';

/** What the retention view must list: not anonymised, last active more than 24 months ago, oldest first. */
function due(): Candidate[] {
  const cutoff = retentionCutoff(Date.now());
  return (getState().tables.candidates.rows as Candidate[])
    .filter((c) => c.anonymizedAt === null && c.lastActivityAt !== null && c.lastActivityAt < cutoff)
    .sort((a, b) => (a.lastActivityAt as string).localeCompare(b.lastActivityAt as string))
    .map((c) => structuredClone(c)); // copies: the API rewrites the stored rows
}

async function openRetention() {
  const result = await renderAdmin('/', { as: 'support' });
  await result.user.click(await screen.findByRole('menuitem', { name: 'Data retention' }));
  await screen.findByRole('heading', { name: /retention: no activity for 24 months/i });
  const rows = await screen.findAllByRole('row');
  return { ...result, rows };
}

describe('GDPR retention view', () => {
  it('lists only the candidates past 24 months without activity, oldest first, paged on the server', async () => {
    const expected = due();
    expect(expected.length).toBeGreaterThan(1); // the seed has stale profiles
    const { rows } = await openRetention();
    const pageSize = Math.min(25, expected.length);
    expect(rows).toHaveLength(pageSize + 1); // + the header row
    expect(rows[1]).toHaveTextContent(expected[0].lastName);
    expect(await screen.findByText(`1-${pageSize} of ${expected.length}`)).toBeInTheDocument();
    const recent = (getState().tables.candidates.rows as Candidate[]).find(
      (c) => c.lastActivityAt !== null && c.lastActivityAt > retentionCutoff(Date.now()),
    ) as Candidate;
    expect(screen.queryByText(recent.email as string)).not.toBeInTheDocument();
  });

  it('anonymises the selected candidates after a confirmation naming how many', async () => {
    const [first, second, third] = due();
    const { user, rows } = await openRetention();
    await user.click(within(rows[1]).getByRole('checkbox'));
    await user.click(within(rows[2]).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Anonymise selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Anonymise 2 candidates?' });
    expect(getState().tables.candidates.get(first.id)?.anonymizedAt).toBeNull(); // not before confirming
    await user.click(within(dialog).getByRole('button', { name: 'Anonymise' }));
    await screen.findByText('2 candidates anonymised');
    const stored = (id: number) => getState().tables.candidates.get(id) as Candidate;
    expect(stored(first.id).anonymizedAt).not.toBeNull();
    expect(stored(second.id).anonymizedAt).not.toBeNull();
    expect(stored(first.id).lastName).not.toBe(first.lastName);
    expect(stored(third.id).anonymizedAt).toBeNull();
    // The anonymised profiles leave the list; the next oldest comes first.
    await waitFor(() => expect(screen.getAllByRole('row')[1]).toHaveTextContent(third.lastName));
  });

  it('cancelling the confirmation anonymises nobody', async () => {
    const [first] = due();
    const { user, rows } = await openRetention();
    await user.click(within(rows[1]).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Anonymise selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Anonymise 1 candidate?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((getState().tables.candidates.get(first.id) as Candidate).anonymizedAt).toBeNull();
  });

  it('is not offered to recruiters or sales, and its route says so', async () => {
    await renderAdmin('/retention', { as: 'sales' });
    expect(await screen.findByText('Your role does not allow you to see this page.')).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Data retention' })).not.toBeInTheDocument();
  });
});
