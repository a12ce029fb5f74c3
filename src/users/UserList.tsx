import { DataTable, List, ReferenceField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import type { User } from '../types';

/** Paged users, newest first; the minimal screen until the real one lands. */
export function UserList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} exporter={false}>
      <DataTable<User> rowClick={'show'}>
        <DataTable.Col source="firstName" />
        <DataTable.Col source="lastName" />
        <DataTable.Col source="email" />
        <DataTable.Col source="role" />
        <DataTable.Col source="companyId">
          <ReferenceField source="companyId" reference="companies" />
        </DataTable.Col>
        <DataTable.Col source="status" />
        <DataTable.Col source="lastLoginAt" field={LocaleDateField} />
      </DataTable>
    </List>
  );
}
