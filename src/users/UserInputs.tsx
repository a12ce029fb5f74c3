import { ReferenceInput, required, SelectInput, TextInput, usePermissions } from 'react-admin';
import type { Permissions } from '../providers/authProvider';
import { ROLES } from '../types';

const choices = (values: readonly string[]) => values.map((id) => ({ id, name: id }));

/** Shared by invite and edit; the role is an admin's decision only (the API refuses it otherwise). */
export function UserInputs({ invite = false }: { invite?: boolean }) {
  const { permissions } = usePermissions<Permissions>();
  const isAdmin = permissions?.role === 'admin';
  return (
    <>
      <TextInput source="firstName" validate={required()} />
      <TextInput source="lastName" validate={required()} />
      <TextInput source="email" type="email" validate={required()} />
      <SelectInput
        source="role"
        choices={choices(invite && !isAdmin ? ['recruiter'] : ROLES)}
        disabled={!invite && !isAdmin}
        validate={required()}
      />
      <ReferenceInput source="companyId" reference="companies">
        <SelectInput optionText="name" />
      </ReferenceInput>
      <SelectInput source="locale" choices={choices(['fr', 'en'])} />
    </>
  );
}
