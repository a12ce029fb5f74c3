import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { StatsName, StatsParams, StatsResponse } from '../model/stats-types';
import type { AppDataProvider } from '../providers/dataProvider';

/** One aggregate endpoint through the data provider, cached per name and filter. */
export function useStats<N extends StatsName>(name: N, params: StatsParams, enabled = true) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['stats', name, params],
    queryFn: async () => (await dataProvider.getStats<StatsResponse<N>>(name, { ...params })).data,
    enabled,
  });
}
