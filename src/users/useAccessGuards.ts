import { useGetIdentity, useGetList } from 'react-admin';
import type { User } from '../types';

/**
 * What the API would refuse on this user's access, known before asking: locking oneself, and
 * locking, demoting or deleting the last active admin. The admin count is one small query (a page
 * of one row, its total), made only when the user shown is an active admin.
 */
export function useAccessGuards(user: User | undefined): { isSelf: boolean; isLastAdmin: boolean } {
  const { identity } = useGetIdentity();
  const activeAdmin = user?.role === 'admin' && user.status === 'active';
  const { total } = useGetList(
    'users',
    { filter: { role: 'admin', status: 'active' }, pagination: { page: 1, perPage: 1 } },
    { enabled: activeAdmin },
  );
  return {
    isSelf: user !== undefined && identity !== undefined && String(identity.id) === String(user.id),
    isLastAdmin: activeAdmin && total !== undefined && total <= 1,
  };
}
