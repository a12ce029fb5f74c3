import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-admin';
import { type DashboardFilter, filterSearch, parseFilter } from './range';

/** The dashboard's period and market, read from and written to the URL (shareable, Back works). */
export function useDashboardFilter(): [DashboardFilter, (next: DashboardFilter) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  // Presets are rolling: "today" is the browser's UTC day, which is the API's day too.
  const filter = useMemo(() => parseFilter(location.search, Date.now()), [location.search]);
  const setFilter = useCallback(
    (next: DashboardFilter) => navigate({ pathname: location.pathname, search: filterSearch(next) }),
    [navigate, location.pathname],
  );
  return [filter, setFilter];
}
