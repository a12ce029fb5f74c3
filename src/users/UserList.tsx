import {
  CreateButton,
  DataTable,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { ROLE_CHOICES, USER_STATUS_CHOICES } from '../common/choices/users';
import { LocaleDateField } from '../common/LocaleDateField';
import type { User } from '../model/types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} />,
  <SelectInput key="status" source="status" choices={USER_STATUS_CHOICES} />,
  <ReferenceInput key="companyId" source="companyId" reference="companies" />,
];

/** Users, paged on the server; support invites recruiters from here (the create button). */
export function UserList() {
  return (
    <List
      sort={{ field: 'id', order: 'DESC' }}
      filters={filters}
      exporter={false}
      actions={
        <TopToolbar>
          <FilterButton />
          <CreateButton label="resources.users.invite" />
        </TopToolbar>
      }
    >
      <DataTable<User> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="firstName" />
        <DataTable.Col source="lastName" />
        <DataTable.Col source="email" />
        <DataTable.Col source="role">
          <SelectField source="role" choices={ROLE_CHOICES} />
        </DataTable.Col>
        <DataTable.Col source="companyId">
          <ReferenceField source="companyId" reference="companies" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SelectField source="status" choices={USER_STATUS_CHOICES} />
        </DataTable.Col>
        <DataTable.Col source="lastLoginAt" field={LocaleDateField} />
      </DataTable>
    </List>
  );
}
