import {
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { LOCALE_CHOICES, ROLE_CHOICES } from '../common/choices/users';
import { EMAIL_INPUT, validateEmail } from '../common/emailInput';
import type { User } from '../model/types';
import type { Permissions } from '../providers/authProvider';
import { useAccessGuards } from './useAccessGuards';

const RECRUITER_ONLY = ROLE_CHOICES.filter((choice) => choice.id === 'recruiter');

/**
 * Shared by invite and edit. Support invites recruiters only; any other role, and any role change,
 * is an admin's decision (the API refuses it otherwise); the last active admin keeps their role.
 */
export function UserInputs({ invite = false }: { invite?: boolean }) {
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const user = useRecordContext<User>();
  const { isLastAdmin } = useAccessGuards(invite ? undefined : user);
  const isAdmin = permissions?.role === 'admin';
  const roleLocked = (!invite && !isAdmin) || isLastAdmin;
  return (
    <>
      <TextInput source="firstName" validate={required()} />
      <TextInput source="lastName" validate={required()} />
      <TextInput source="email" slotProps={EMAIL_INPUT} validate={[required(), validateEmail]} />
      <SelectInput
        source="role"
        choices={isAdmin ? ROLE_CHOICES : RECRUITER_ONLY}
        disabled={roleLocked}
        // The reason it is locked must stay readable: MUI greys a disabled field's helper text below AA contrast.
        sx={{ '& .MuiFormHelperText-root.Mui-disabled': { color: 'text.secondary' } }}
        helperText={
          isLastAdmin
            ? translate('resources.users.last_admin')
            : !invite && !isAdmin
              ? translate('resources.users.role_admin_only')
              : undefined
        }
        validate={required()}
      />
      <ReferenceInput source="companyId" reference="companies">
        <SelectInput optionText="name" />
      </ReferenceInput>
      <SelectInput source="locale" choices={LOCALE_CHOICES} />
    </>
  );
}
