import {
  EditButton,
  ReferenceField,
  SelectField,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { LOCALE_CHOICES, ROLE_CHOICES, USER_STATUS_CHOICES } from '../common/choices/users';
import { LocaleDateField } from '../common/LocaleDateField';
import { RecordShow } from '../common/RecordShow';
import type { User } from '../model/types';
import { LockButton } from './LockButton';
import { useAccessGuards } from './useAccessGuards';

/** Support changes no admin: neither lock nor edit is offered on one. */
function UserShowActions() {
  const user = useRecordContext<User>();
  const { beyondMyRole } = useAccessGuards(user);
  return (
    <TopToolbar>
      <LockButton />
      {!beyondMyRole && <EditButton />}
    </TopToolbar>
  );
}

/** A user with lock/unlock and edit for support and admin; another company's user is not found. */
export function UserShow() {
  return (
    <RecordShow actions={<UserShowActions />}>
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
