import { DataTable, List, ReferenceField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { Application } from '../types';

/** Paged applications, newest first; the minimal screen until the real one lands. */
export function ApplicationList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} exporter={false}>
      <DataTable<Application> rowClick={'show'}>
        <DataTable.Col source="candidateId">
          <ReferenceField source="candidateId" reference="candidates" />
        </DataTable.Col>
        <DataTable.Col source="offerId">
          <ReferenceField source="offerId" reference="offers" />
        </DataTable.Col>
        <DataTable.Col source="stage" />
        <DataTable.NumberCol source="rating" />
        <DataTable.Col source="appliedAt" field={LocaleDateField} />
      </DataTable>
    </List>
  );
}
