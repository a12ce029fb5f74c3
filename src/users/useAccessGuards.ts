import { useGetIdentity, useGetList, usePermissions } from 'react-admin';
import type { User } from '../model/types';
import type { Permissions } from '../providers/authProvider';

export interface AccessGuards {
  /** The signed-in user: nobody locks or deletes themselves. */
  isSelf: boolean;
  /** The last active admin: never locked, demoted or deleted. */
  isLastAdmin: boolean;
  /** An admin seen by support, who may change no admin. */
  beyondMyRole: boolean;
}

/**
 * What the API would refuse on this user's access, known before asking. The admin count is one
 * small query (a page of one row, its total), made only when the user shown is an active admin.
 */
export function useAccessGuards(user: User | undefined): AccessGuards {
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();
  const activeAdmin = user?.role === 'admin' && user.status === 'active';
  const { total } = useGetList(
    'users',
    { filter: { role: 'admin', status: 'active' }, pagination: { page: 1, perPage: 1 } },
    { enabled: activeAdmin },
  );
  return {
    isSelf: user !== undefined && identity !== undefined && String(identity.id) === String(user.id),
    isLastAdmin: activeAdmin && total !== undefined && total <= 1,
    beyondMyRole: user?.role === 'admin' && permissions?.role !== 'admin',
  };
}
