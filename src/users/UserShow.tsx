import {
  EditButton,
  ReferenceField,
  SelectField,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { RecordShow } from '../common/RecordShow';
import { LOCALE_CHOICES, ROLE_CHOICES, USER_STATUS_CHOICES } from './choices';
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
        <SelectField source="role" choices={ROLE_CHOICES} />
        <ReferenceField source="companyId" reference="companies" emptyText="—" />
        <SelectField source="status" choices={USER_STATUS_CHOICES} />
        <SelectField source="locale" choices={LOCALE_CHOICES} emptyText="—" />
        <LocaleDateField source="lastLoginAt" emptyText="—" />
        <LocaleDateField source="createdAt" />
      </SimpleShowLayout>
    </RecordShow>
  );
}
