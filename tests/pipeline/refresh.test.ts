import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Application } from '../../src/model/types';
import { columnCards, columnKey, refreshColumn } from '../../src/pipeline/usePipelineColumn';
import type { AppDataProvider } from '../../src/providers/dataProvider';

/**
 * After a move in a long column (2,000 cards loaded = 80 pages), the board fetches its first and last
 * loaded pages again instead of all 80, and renumbers the rest as the API did: every card shows
 * once, in the server's order, and the next page starts exactly where the loaded run ends.
 */
const card = (id: number, position: number, version = 1) =>
  ({ id, position, version, stage: 'rejected' }) as Application;
const filter = {};

function boardWith(ids: number[]): QueryClient {
  const client = new QueryClient();
  const pages = [];
  for (let i = 0; i < ids.length; i += 25)
    pages.push({ data: ids.slice(i, i + 25).map((id, k) => card(id, i + k)), total: ids.length });
  client.setQueryData(columnKey(filter, 'rejected'), { pages, pageParams: pages.map((_, i) => i + 1) });
  return client;
}

describe('refreshColumn on a long column', () => {
  it('fetches two pages, not six: every loaded card once, in order, renumbered, the moved card’s new version', async () => {
    // The board shows 150 cards (6 pages); card 150 was dropped at the top, optimistically.
    const ids = Array.from({ length: 150 }, (_, i) => i + 1);
    const client = boardWith([150, ...ids.slice(0, 149)]);
    const server = [card(150, 0, 2), ...ids.slice(0, 149).map((id, i) => card(id, i + 1))];
    const calls: unknown[] = [];
    const dataProvider = {
      getList: async (_resource: string, params: { pagination: { page: number; perPage: number } }) => {
        calls.push(params.pagination);
        const { page, perPage } = params.pagination;
        return { data: server.slice((page - 1) * perPage, page * perPage), total: server.length };
      },
    } as unknown as AppDataProvider;
    await refreshColumn(client, dataProvider, filter, 'rejected', card(150, 0, 2));
    expect(calls).toEqual([
      { page: 1, perPage: 25 },
      { page: 6, perPage: 25 },
    ]);
    const shown = columnCards(client, filter, 'rejected');
    expect(shown.map((c) => c.id)).toEqual(server.map((c) => c.id));
    expect(shown.map((c) => c.position)).toEqual(server.map((c) => c.position));
    expect(shown[0].version).toBe(2);
  });

  it('takes the moved card’s answer when it stays deep in the column', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => i + 1);
    // Card 3 went to the bottom of what is loaded; the first page no longer holds it.
    const client = boardWith([...ids.filter((id) => id !== 3), 3]);
    const server = [...ids.filter((id) => id !== 3), 3].map((id, i) => card(id, i, id === 3 ? 2 : 1));
    const dataProvider = {
      getList: async (_resource: string, params: { pagination: { page: number; perPage: number } }) => {
        const { page, perPage } = params.pagination;
        return { data: server.slice((page - 1) * perPage, page * perPage), total: server.length };
      },
    } as unknown as AppDataProvider;
    await refreshColumn(client, dataProvider, filter, 'rejected', card(3, 149, 2));
    const shown = columnCards(client, filter, 'rejected');
    expect(shown.at(-1)).toMatchObject({ id: 3, position: 149, version: 2 });
    expect(new Set(shown.map((c) => c.id)).size).toBe(150);
  });

  it('fills the gap a card leaving the column opens, so "load more" skips nobody', async () => {
    // 200 cards in the column, 150 loaded; card 10 moved to another column (optimistically gone).
    const ids = Array.from({ length: 200 }, (_, i) => i + 1);
    const client = boardWith(ids.slice(0, 150).filter((id) => id !== 10));
    const server = ids.filter((id) => id !== 10).map((id, i) => card(id, i));
    const dataProvider = {
      getList: async (_resource: string, params: { pagination: { page: number; perPage: number } }) => {
        const { page, perPage } = params.pagination;
        return { data: server.slice((page - 1) * perPage, page * perPage), total: server.length };
      },
    } as unknown as AppDataProvider;
    await refreshColumn(client, dataProvider, filter, 'rejected');
    const shown = columnCards(client, filter, 'rejected');
    expect(shown.map((c) => c.id)).toEqual(server.slice(0, 150).map((c) => c.id)); // card 151 included
    expect(shown.map((c) => c.position)).toEqual(server.slice(0, 150).map((c) => c.position));
  });
});
