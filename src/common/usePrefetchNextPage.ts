import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type GetListParams, useDataProvider, useListContext } from 'react-admin';

type ListKey = [string, 'getList', GetListParams];

/**
 * Fetches the list's next page in the background once the current one is shown, so "next page"
 * renders at once. The current page's query is looked up in the cache (its key holds the list's
 * permanent filter and meta, which the list context does not expose) and copied with page + 1, the
 * same key react-admin's useGetList will ask for.
 */
export function usePrefetchNextPage(): void {
  const { resource, page, perPage, total, data, isPending } = useListContext();
  const dataProvider = useDataProvider();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (isPending || !data || total == null || page * perPage >= total) return;
    // Only where list pages stay fresh (createQueryClient): a page refetched on arrival anyway is
    // not worth a second request now (and tests with a plain client see only what they ask for).
    const { staleTime } = queryClient.getQueryDefaults([resource, 'getList']);
    if (!staleTime) return;
    const current = queryClient
      .getQueryCache()
      .findAll({ queryKey: [resource, 'getList'] })
      .find((query) => (query.state.data as { data?: unknown } | undefined)?.data === data);
    if (!current) return;
    const [, , params] = current.queryKey as ListKey;
    const next: GetListParams = { ...params, pagination: { page: page + 1, perPage } };
    void queryClient.prefetchQuery({
      queryKey: [resource, 'getList', next],
      queryFn: ({ signal }) =>
        dataProvider
          .getList(resource, { ...next, signal })
          .then(({ data, total, pageInfo, meta }) => ({ data, total, pageInfo, meta })),
      staleTime,
    });
  }, [resource, page, perPage, total, data, isPending, dataProvider, queryClient]);
}
