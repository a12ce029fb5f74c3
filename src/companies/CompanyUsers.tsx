import { Box } from '@mui/material';
import {
  CreateButton,
  DataTable,
  Pagination,
  ReferenceManyField,
  SelectField,
  useRecordContext,
} from 'react-admin';
import { ROLE_CHOICES, USER_STATUS_CHOICES } from '../common/choices/users';
import type { Company, User } from '../model/types';

/** The company's users, and (for support and admin) an invitation of a recruiter to it. */
export function CompanyUsers(_props: { label?: false }) {
  const company = useRecordContext<Company>();
  if (!company) return null;
  return (
    <>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
        {/* CreateButton hides itself from roles that may not create users. */}
        <CreateButton
          resource="users"
          label="resources.users.invite"
          state={{ record: { companyId: company.id, role: 'recruiter' } }}
        />
      </Box>
      <ReferenceManyField reference="users" target="companyId" perPage={25} pagination={<Pagination />}>
        <DataTable<User> rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="firstName" />
          <DataTable.Col source="lastName" />
          <DataTable.Col source="email" />
          <DataTable.Col source="role">
            <SelectField source="role" choices={ROLE_CHOICES} />
          </DataTable.Col>
          <DataTable.Col source="status">
            <SelectField source="status" choices={USER_STATUS_CHOICES} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </>
  );
}
