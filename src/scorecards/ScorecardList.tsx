import { DataTable, List, ReferenceField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { Scorecard } from '../types';

/** Paged scorecards, newest first; the minimal screen until the real one lands. */
export function ScorecardList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} exporter={false}>
      <DataTable<Scorecard> rowClick={false}>
        <DataTable.Col source="applicationId">
          <ReferenceField source="applicationId" reference="applications" />
        </DataTable.Col>
        <DataTable.Col source="recommendation" />
        <DataTable.Col source="submittedAt" field={LocaleDateField} />
      </DataTable>
    </List>
  );
}
