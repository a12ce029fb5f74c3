import { type InfiniteData, type QueryClient, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useDataProvider } from 'react-admin';
import type { Application, Stage } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';
import { PAGE_SIZE } from './stages';

/**
 * One column of the board: the first page of its stage, more on demand, and the server's total
 * (Content-Range) as its count, so a column of 2,000 stays light and its header exact.
 */
export type BoardFilter = Record<string, string | number>;
export interface ColumnPage {
  data: Application[];
  total: number;
}
export type ColumnData = InfiniteData<ColumnPage, number>;

export const PIPELINE_KEY = 'pipeline';
export const columnKey = (filter: BoardFilter, stage: Stage) => [PIPELINE_KEY, filter, stage] as const;

async function fetchPage(
  dataProvider: AppDataProvider,
  filter: BoardFilter,
  stage: Stage,
  page: number,
  signal?: AbortSignal,
): Promise<ColumnPage> {
  const { data, total } = await dataProvider.getList<Application>('applications', {
    filter: { ...filter, stage },
    sort: { field: 'position', order: 'ASC' },
    pagination: { page, perPage: PAGE_SIZE },
    signal,
  });
  return { data, total: total ?? data.length };
}

export function usePipelineColumn(filter: BoardFilter, stage: Stage, enabled = true) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const query = useInfiniteQuery({
    queryKey: columnKey(filter, stage),
    queryFn: ({ pageParam, signal }) => fetchPage(dataProvider, filter, stage, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last, pages) => (pages.length * PAGE_SIZE < last.total ? pages.length + 1 : undefined),
    enabled,
  });
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  // Stable while nothing changes, so the windowed list can ask for more on every move of its window.
  const loadMore = useCallback(() => {
    // Not after a failure: scrolling on must not hammer a server that said "too many" (retry does).
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);
  const pages = query.data?.pages;
  // The same array until a page changes: the windowed list keys its measurements by it.
  const cards = useMemo(() => pages?.flatMap((page) => page.data) ?? [], [pages]);
  return {
    cards,
    total: pages?.at(-1)?.total ?? 0,
    isPending: query.isPending && enabled,
    error: query.error,
    hasMore: query.hasNextPage,
    loadMore,
    loadingMore: query.isFetchingNextPage,
    /** After a failed load (e.g. 429 while scrolling fast): the first page again, or the next one. */
    retry: () => void (query.data ? query.fetchNextPage() : query.refetch()),
  };
}

export function columnCards(client: QueryClient, filter: BoardFilter, stage: Stage): Application[] {
  return client.getQueryData<ColumnData>(columnKey(filter, stage))?.pages.flatMap((p) => p.data) ?? [];
}

/** Writes a column's cards back into its pages (sizes kept, the last page absorbs the change). */
export function setColumnCards(
  client: QueryClient,
  filter: BoardFilter,
  stage: Stage,
  cards: Application[],
  totalDelta: number,
): void {
  client.setQueryData<ColumnData>(columnKey(filter, stage), (data) => {
    if (!data) return data;
    let offset = 0;
    const pages = data.pages.map((page, index) => {
      const last = index === data.pages.length - 1;
      const slice = last ? cards.slice(offset) : cards.slice(offset, offset + page.data.length);
      offset += page.data.length;
      return { data: slice, total: Math.max(0, page.total + totalDelta) };
    });
    return { ...data, pages };
  });
}

/** Up to this many loaded pages, a column is refetched whole after a move. */
export const FULL_REFRESH_PAGES = 4;

/**
 * A column after a move. Refetching every loaded page of a long column (80 pages for 2,000 cards)
 * would cost 80 calls against the API's rate limit: past FULL_REFRESH_PAGES, only its first and its
 * last loaded pages are fetched again. The cards in between keep their order (the API renumbers a
 * column from 0 on every move, as the board did optimistically), the last page fills or trims the
 * loaded run to whole pages, so the next "load more" neither skips nor repeats a card, and `moved`
 * (the API's answer) gives the moved card its new version wherever it is.
 */
export async function refreshColumn(
  client: QueryClient,
  dataProvider: AppDataProvider,
  filter: BoardFilter,
  stage: Stage,
  moved?: Application,
): Promise<void> {
  const queryKey = columnKey(filter, stage);
  const loaded = client.getQueryData<ColumnData>(queryKey);
  if (!loaded || loaded.pages.length <= FULL_REFRESH_PAGES) return client.invalidateQueries({ queryKey });
  const pageCount = loaded.pages.length;
  const [head, tail] = await Promise.all([
    fetchPage(dataProvider, filter, stage, 1),
    fetchPage(dataProvider, filter, stage, pageCount),
  ]);
  client.setQueryData<ColumnData>(queryKey, (data) => {
    if (!data) return data;
    const fresh = new Map(
      [...data.pages.flatMap((page) => page.data), ...head.data, ...tail.data].map(
        (card) => [card.id, card] as const,
      ),
    );
    if (moved && fresh.has(moved.id)) fresh.set(moved.id, moved);
    const ids = [
      ...head.data.map((card) => card.id),
      ...data.pages.flatMap((page) => page.data.map((card) => card.id)),
      ...tail.data.map((card) => card.id),
    ];
    const cards = [...new Set(ids)]
      .slice(0, Math.min(pageCount * PAGE_SIZE, head.total))
      .map((id, position) => ({ ...(fresh.get(id) as Application), position }));
    const pages: ColumnPage[] = [];
    for (let i = 0; i < cards.length; i += PAGE_SIZE)
      pages.push({ data: cards.slice(i, i + PAGE_SIZE), total: head.total });
    return { pages, pageParams: pages.map((_, index) => index + 1) };
  });
}
