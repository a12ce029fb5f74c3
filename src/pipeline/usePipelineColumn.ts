import { type InfiniteData, type QueryClient, useInfiniteQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';
import type { Application, Stage } from '../types';
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

export function usePipelineColumn(filter: BoardFilter, stage: Stage, enabled = true) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const query = useInfiniteQuery({
    queryKey: columnKey(filter, stage),
    queryFn: async ({ pageParam, signal }): Promise<ColumnPage> => {
      const { data, total } = await dataProvider.getList<Application>('applications', {
        filter: { ...filter, stage },
        sort: { field: 'position', order: 'ASC' },
        pagination: { page: pageParam, perPage: PAGE_SIZE },
        signal,
      });
      return { data, total: total ?? data.length };
    },
    initialPageParam: 1,
    getNextPageParam: (last, pages) => (pages.length * PAGE_SIZE < last.total ? pages.length + 1 : undefined),
    enabled,
  });
  const pages = query.data?.pages ?? [];
  return {
    cards: pages.flatMap((page) => page.data),
    total: pages.at(-1)?.total ?? 0,
    isPending: query.isPending && enabled,
    error: query.error,
    hasMore: query.hasNextPage,
    loadMore: () => {
      // Not after a failure: scrolling on must not hammer a server that said "too many" (retry does).
      if (query.hasNextPage && !query.isFetchingNextPage && !query.isFetchNextPageError)
        void query.fetchNextPage();
    },
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
