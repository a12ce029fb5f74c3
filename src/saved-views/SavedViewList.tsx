import { BooleanField, DataTable, List } from 'react-admin';
import type { SavedView } from '../model/types';

/** Paged saved views, newest first; the minimal screen until the real one lands. */
export function SavedViewList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} exporter={false}>
      <DataTable<SavedView> rowClick={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="resource" />
        <DataTable.Col source="sharedWithTeam" field={BooleanField} />
      </DataTable>
    </List>
  );
}
