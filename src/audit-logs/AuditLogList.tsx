import { DateInput, List, ReferenceInput, SelectInput, useTranslate } from 'react-admin';
import { ROLE_CHOICES } from '../common/choices/users';
import { RESOURCES } from '../model/types';
import { AuditLogTable } from './AuditLogTable';
import { ACTION_CHOICES, dayOf, endOfDay } from './actions';

/** Resources by their plural name, in the reader's language. */
function ResourceInput({ source }: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  const choices = RESOURCES.map((id) => ({
    id,
    name: translate(`resources.${id}.name`, { smart_count: 2 }),
  }));
  return <SelectInput source={source} choices={choices} translateChoice={false} />;
}

const filters = [
  <ReferenceInput key="actorId" source="actorId" reference="users" />,
  <SelectInput key="actorRole" source="actorRole" choices={ROLE_CHOICES} />,
  <SelectInput key="action" source="action" choices={ACTION_CHOICES} />,
  <ResourceInput key="resource" source="resource" />,
  <DateInput key="at_gte" source="at_gte" />,
  // "To" a day includes that whole day.
  <DateInput key="at_lte" source="at_lte" parse={endOfDay} format={dayOf} />,
];

/** The read-only audit trail (support, admin), newest first, filtered and paged on the server. */
export function AuditLogList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} filters={filters} exporter={false}>
      <AuditLogTable />
    </List>
  );
}
