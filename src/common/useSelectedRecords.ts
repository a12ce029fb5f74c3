import { type RaRecord, useGetManyAggregate, useListContext } from 'react-admin';

/**
 * Every selected record of the list, with its version: react-admin keeps a selection across pages,
 * so the rows picked on other pages are read with getMany rather than left out. `isPending` holds
 * while they are read: an action run meanwhile would send only the page shown.
 */
export function useSelectedRecords<T extends RaRecord>(): { selected: T[]; isPending: boolean } {
  const { selectedIds, data = [], resource } = useListContext<T>();
  const offPage = selectedIds.filter((id) => !data.some((record) => record.id === id));
  const { data: others = [], isPending } = useGetManyAggregate<T>(
    resource,
    { ids: offPage },
    { enabled: offPage.length > 0 },
  );
  const selected = [
    ...data.filter((record) => selectedIds.includes(record.id)),
    ...others.filter((record) => record && offPage.includes(record.id)),
  ];
  return { selected, isPending: offPage.length > 0 && isPending };
}
