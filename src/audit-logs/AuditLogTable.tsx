import { DataTable, ReferenceField, SelectField } from 'react-admin';
import { ROLE_CHOICES } from '../common/choices/users';
import { LocaleDateField } from '../common/LocaleDateField';
import type { AuditLog } from '../model/types';
import { AuditActionField, AuditReasonField, AuditRecordField, AuditResourceField } from './AuditLogFields';

/** When, who, role, action, resource, record (linked) and reason (an export's row count); a row opens the before/after. */
export function AuditLogTable() {
  return (
    <DataTable<AuditLog> rowClick="show" resource="audit-logs" bulkActionButtons={false}>
      <DataTable.Col source="at">
        <LocaleDateField source="at" showTime />
      </DataTable.Col>
      <DataTable.Col source="actorId">
        <ReferenceField source="actorId" reference="users" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="actorRole">
        <SelectField source="actorRole" choices={ROLE_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="action" field={AuditActionField} />
      <DataTable.Col source="resource" field={AuditResourceField} />
      <DataTable.Col source="recordId" disableSort field={AuditRecordField} />
      <DataTable.Col source="reason" field={AuditReasonField} />
    </DataTable>
  );
}
