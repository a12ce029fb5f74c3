import { Create, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

/** Inviting a recruiter to a company: the account starts "invited" until they accept. */
export function UserCreate() {
  return (
    <Create mutationMode="pessimistic" redirect="show" title="resources.users.invite">
      <SimpleForm defaultValues={{ role: 'recruiter' }}>
        <UserInputs invite />
      </SimpleForm>
    </Create>
  );
}
