import { DataTable, List, ReferenceField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { Activity } from '../model/types';

/** Paged activities, newest first; the minimal screen until the real one lands. */
export function ActivityList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} exporter={false}>
      <DataTable<Activity> rowClick={false}>
        <DataTable.Col source="type" />
        <DataTable.Col source="candidateId">
          <ReferenceField source="candidateId" reference="candidates" />
        </DataTable.Col>
        <DataTable.Col source="createdAt" field={LocaleDateField} />
      </DataTable>
    </List>
  );
}
