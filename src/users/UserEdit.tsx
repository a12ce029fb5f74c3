import { SafeEdit } from '../common/conflict/SafeEdit';
import { UserInputs } from './UserInputs';

/** Support and admin edit a user; lock and unlock are actions of the show page, never a field. */
export function UserEdit() {
  return (
    <SafeEdit>
      <UserInputs />
    </SafeEdit>
  );
}
