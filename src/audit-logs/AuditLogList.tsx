import { DateInput, List, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { RESOURCES, ROLES } from '../types';
import { AuditLogTable } from './AuditLogTable';

const choices = (values: readonly string[]) => values.map((id) => ({ id, name: id }));

const filters = [
  <ReferenceInput key="actorId" source="actorId" reference="users" />,
  <SelectInput key="actorRole" source="actorRole" choices={choices(ROLES)} />,
  <TextInput key="action" source="action" />,
  <SelectInput key="resource" source="resource" choices={choices(RESOURCES)} />,
  <DateInput key="at_gte" source="at_gte" />,
  <DateInput key="at_lte" source="at_lte" />,
];

/** The read-only audit trail (support, admin), newest first, paged on the server. */
export function AuditLogList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} filters={filters} exporter={false}>
      <AuditLogTable />
    </List>
  );
}
