import { DataTable, List, ReferenceField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { Interview } from '../types';

/** Paged interviews, newest first; the minimal screen until the real one lands. */
export function InterviewList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} exporter={false}>
      <DataTable<Interview> rowClick={false}>
        <DataTable.Col source="startsAt" field={LocaleDateField} />
        <DataTable.Col source="kind" />
        <DataTable.Col source="status" />
        <DataTable.Col source="candidateId">
          <ReferenceField source="candidateId" reference="candidates" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
