import { DeleteButton, SaveButton, Toolbar, useRecordContext } from 'react-admin';
import { SafeEdit } from '../common/conflict/SafeEdit';
import type { User } from '../model/types';
import { UserInputs } from './UserInputs';
import { useAccessGuards } from './useAccessGuards';

/**
 * Support and admin edit a user; lock and unlock are actions of the show page, never a field.
 * Pessimistic like every access change (SafeEdit), delete included: no undo window to lose.
 */
export function UserEdit() {
  return (
    <SafeEdit toolbar={<UserEditToolbar />}>
      <UserInputs />
    </SafeEdit>
  );
}

/** Nobody deletes themselves or the last active admin: the delete button is not offered then. */
function UserEditToolbar() {
  const user = useRecordContext<User>();
  const { isSelf, isLastAdmin } = useAccessGuards(user);
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {!isSelf && !isLastAdmin && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
}
