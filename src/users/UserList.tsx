import { DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { ROLES, USER_STATUSES, type User } from '../types';

const choices = (values: readonly string[]) => values.map((id) => ({ id, name: id }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={choices(ROLES)} />,
  <SelectInput key="status" source="status" choices={choices(USER_STATUSES)} />,
  <ReferenceInput key="companyId" source="companyId" reference="companies" />,
];

/** Users, paged on the server; support invites recruiters from here (the create button). */
export function UserList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} filters={filters} exporter={false}>
      <DataTable<User> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="firstName" />
        <DataTable.Col source="lastName" />
        <DataTable.Col source="email" />
        <DataTable.Col source="role" />
        <DataTable.Col source="companyId">
          <ReferenceField source="companyId" reference="companies" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="status" />
        <DataTable.Col source="lastLoginAt" field={LocaleDateField} />
      </DataTable>
    </List>
  );
}
