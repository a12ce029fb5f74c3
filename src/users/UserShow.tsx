import { EditButton, ReferenceField, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { RecordShow } from '../common/RecordShow';
import { LockButton } from './LockButton';

/** A user with lock/unlock and edit for support and admin; another company's user is not found. */
export function UserShow() {
  return (
    <RecordShow
      actions={
        <TopToolbar>
          <LockButton />
          <EditButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="firstName" />
        <TextField source="lastName" />
        <TextField source="email" />
        <TextField source="role" />
        <ReferenceField source="companyId" reference="companies" emptyText="—" />
        <TextField source="status" />
        <TextField source="locale" emptyText="—" />
        <LocaleDateField source="lastLoginAt" />
        <LocaleDateField source="createdAt" />
      </SimpleShowLayout>
    </RecordShow>
  );
}
