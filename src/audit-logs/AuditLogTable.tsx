import { DataTable, ReferenceField, useRecordContext } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { AuditLog } from '../types';

/** The record an entry concerns, linked to its page. */
function RecordLink() {
  const entry = useRecordContext<AuditLog>();
  if (!entry || entry.recordId === null) return null;
  return (
    <ReferenceField record={entry} source="recordId" reference={entry.resource} link="show">
      <span>#{entry.recordId}</span>
    </ReferenceField>
  );
}

/** When, who, role, action, resource, record (linked) and reason; a row opens the before/after. */
export function AuditLogTable() {
  return (
    <DataTable<AuditLog> rowClick="show" resource="audit-logs" bulkActionButtons={false}>
      <DataTable.Col source="at" field={LocaleDateField} />
      <DataTable.Col source="actorId">
        <ReferenceField source="actorId" reference="users" link={false} />
      </DataTable.Col>
      <DataTable.Col source="actorRole" />
      <DataTable.Col source="action" />
      <DataTable.Col source="resource" />
      <DataTable.Col source="recordId" disableSort>
        <RecordLink />
      </DataTable.Col>
      <DataTable.Col source="reason" />
    </DataTable>
  );
}
