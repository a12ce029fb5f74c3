import { DataTable, List, ReferenceField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { AuditLog } from '../types';

/** Paged audit logs, newest first; the minimal screen until the real one lands. */
export function AuditLogList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} exporter={false}>
      <DataTable<AuditLog> rowClick={false}>
        <DataTable.Col source="at" field={LocaleDateField} />
        <DataTable.Col source="actorId">
          <ReferenceField source="actorId" reference="users" />
        </DataTable.Col>
        <DataTable.Col source="actorRole" />
        <DataTable.Col source="action" />
        <DataTable.Col source="resource" />
        <DataTable.NumberCol source="recordId" />
      </DataTable>
    </List>
  );
}
