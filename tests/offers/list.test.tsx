import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Offer } from '../../src/model/types';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';
import { holdReadsByIds, offPageReadId, selectOnTwoPages } from '../helpers/selection';
import { listCalls, recordRequests } from './requests';

const lastList = (sent: ReturnType<typeof recordRequests>) => listCalls(sent, 'offers').at(-1);

describe('offer list', () => {
  it('sends the "mine" and "no applicant yet" quick filters', async () => {
    const sent = recordRequests();
    const { user, session } = await renderAdmin('/offers', { as: 'acme' });
    await screen.findByText(/^1-25 of [\d,]+$/);
    expect(lastList(sent)).toMatchObject({ sort: ['id', 'DESC'], range: [0, 24] });
    await user.click(screen.getByText('My offers'));
    await waitFor(() => expect(lastList(sent)?.filter).toEqual({ recruiterId: session?.id }));
    await user.click(screen.getByText('My offers')); // toggles off
    await user.click(screen.getByText('No applicant yet'));
    await waitFor(() => expect(lastList(sent)?.filter).toEqual({ applicationsCount: 0 }));
  });

  it('sends the "expiring within 7 days" filter, the search and the sort', async () => {
    const sent = recordRequests();
    const { user } = await renderPage('/offers', { as: 'acme' });
    await screen.findByText(/^1-25 of [\d,]+$/);
    await user.click(screen.getByText('Expiring within 7 days'));
    await waitFor(() => expect(lastList(sent)?.filter).toHaveProperty('expiresAt_lte'));
    const { status, expiresAt_gte, expiresAt_lte } = (lastList(sent)?.filter ?? {}) as Record<string, string>;
    expect(status).toBe('published');
    expect(Date.parse(expiresAt_lte) - Date.parse(expiresAt_gte)).toBe(7 * 86_400_000);
    await user.click(screen.getByText('Expiring within 7 days'));
    await user.type(screen.getByPlaceholderText('Search'), 'react');
    await waitFor(() => expect(lastList(sent)?.filter).toEqual({ q: 'react' }));
    await user.click(screen.getByRole('button', { name: /sort by title/i }));
    await waitFor(() => expect(lastList(sent)?.sort).toEqual(['title', 'ASC']));
  });

  it('pages through the server', async () => {
    const sent = recordRequests();
    const { user } = await renderPage('/offers', { as: 'admin' });
    await screen.findByText(/^1-25 of [\d,]+$/);
    await user.click(screen.getByRole('button', { name: 'Go to page 2' }));
    await waitFor(() => expect(lastList(sent)?.range).toEqual([25, 49]));
  });

  it('shows statuses as words, translated', async () => {
    await renderPage('/offers?filter={"status":"paused"}', { as: 'acme', locale: 'fr' });
    const rows = await screen.findAllByRole('row');
    expect(within(rows[1]).getByText('En pause')).toBeInTheDocument();
  });

  it('bulk pause sends one PATCH of status and version per offer and keeps every other field', async () => {
    const sent = recordRequests();
    const { user } = await renderPage('/offers?filter={"status":"published"}', { as: 'acme' });
    const rows = await screen.findAllByRole('row');
    await user.click(within(rows[1]).getByRole('checkbox'));
    await user.click(within(rows[2]).getByRole('checkbox'));
    const ids = sent.length; // requests so far
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm' }));
    await screen.findByText('2 offers updated');
    const patches = sent.slice(ids).filter((r) => r.method === 'PATCH');
    expect(patches).toHaveLength(2);
    expect(sent.slice(ids).some((r) => r.method === 'PUT')).toBe(false);
    for (const patch of patches) {
      expect(Object.keys(patch.body as object).sort()).toEqual(['status', 'version']);
      const id = Number(patch.path.split('/').pop());
      const stored = getState().tables.offers.get(id) as Offer;
      expect(stored.status).toBe('paused');
      expect(stored.title.length).toBeGreaterThanOrEqual(5);
      expect(stored.description.length).toBeGreaterThan(0);
      expect(stored.skills.length).toBeGreaterThan(0);
    }
  });

  it('bulk pause sends every selected offer, those picked on another page too, each with its version', async () => {
    const sent = recordRequests();
    const { user } = await renderPage('/offers?filter={"status":"published"}&perPage=5', { as: 'acme' });
    await selectOnTwoPages(user);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm' }));
    await screen.findByText('2 offers updated');
    const patches = sent.filter((r) => r.method === 'PATCH');
    const ids = new Set(patches.map((patch) => Number(patch.path.split('/').pop())));
    expect(ids.size).toBe(2);
    for (const patch of patches) {
      const stored = getState().tables.offers.get(Number(patch.path.split('/').pop())) as Offer;
      expect(stored.status).toBe('paused');
      // The version read with the record, not a guess: the API took it, so it was the stored one.
      expect(stored.version).toBe((patch.body as { version: number }).version + 1);
    }
  });

  it('reports a 409 when an offer picked on another page was changed meanwhile, and leaves it as stored', async () => {
    const sent = recordRequests();
    const { user } = await renderPage('/offers?filter={"status":"published"}&perPage=5', { as: 'acme' });
    await selectOnTwoPages(user);
    // The first page's offer, read by id once off screen, is then changed by someone else.
    const staleId = offPageReadId(sent, 'offers');
    const table = getState().tables.offers;
    const before = table.get(staleId) as Offer;
    table.replace({ ...before, version: before.version + 1 });
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm' }));
    await screen.findByText(/This record was changed by someone else/);
    expect(screen.queryByText('2 offers updated')).toBeNull();
    expect(table.get(staleId)?.status).toBe('published');
  });

  it('keeps bulk pause disabled until the offers picked on another page are read', async () => {
    const release = holdReadsByIds('offers');
    const { user, queryClient } = await renderPage('/offers?filter={"status":"published"}&perPage=5', {
      as: 'acme',
    });
    // As after a reload (the selection is kept in the store): the first page's offer is not cached.
    await selectOnTwoPages(user, () => queryClient.removeQueries({ queryKey: ['offers', 'getOne'] }));
    expect(screen.getByRole('button', { name: 'Pause' })).toBeDisabled();
    release();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pause' })).toBeEnabled());
  });
});
