import type { User } from '../../src/types';
import type { MockState } from '../db/store';
import { endSessionsOf } from './auth';
import { ApiError, forbidden } from './errors';
import { assertNotLastAdmin } from './permissions';

/** Lock and unlock are deliberate: both say why (the audit entry keeps it). */
function assertReason(reason: unknown, what: string): asserts reason is string {
  if (typeof reason !== 'string' || reason.trim().length < 3 || reason.length > 500)
    throw new ApiError(422, `A reason is required to ${what} an account`, {
      errors: { reason: 'a reason of 3 to 500 characters is required' },
    });
}

/** Locking a user ends their sessions at once; the last active admin and oneself are never locked. */
export function lockUser(state: MockState, actor: User, target: User, reason: unknown): User {
  assertReason(reason, 'lock');
  if (target.id === actor.id) throw forbidden('You cannot lock yourself');
  if (actor.role !== 'admin' && target.role === 'admin') throw forbidden('Support cannot lock an admin');
  assertNotLastAdmin(state, target, 'locked');
  if (target.status === 'locked')
    throw new ApiError(409, 'This account is already locked', { current: target });
  target.status = 'locked';
  target.version += 1;
  endSessionsOf(state, target.id);
  return target;
}

export function unlockUser(actor: User, target: User, reason: unknown): User {
  assertReason(reason, 'unlock');
  if (actor.role !== 'admin' && target.role === 'admin') throw forbidden('Support cannot unlock an admin');
  if (target.status !== 'locked') throw new ApiError(409, 'This account is not locked', { current: target });
  target.status = 'active';
  target.version += 1;
  return target;
}
