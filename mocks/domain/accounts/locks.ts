import type { User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { ApiError, forbidden } from '../api/errors';
import { msg } from '../api/translate';
import { isAuditReason } from './audit';
import { endSessionsOf } from './auth';
import { assertNotLastAdmin } from './permissions';

/** Lock and unlock are deliberate: both say why (the audit entry keeps it). */
function assertReason(reason: unknown, what: 'lock' | 'unlock'): asserts reason is string {
  if (!isAuditReason(reason))
    throw new ApiError(422, msg(`${what}_reason`), { errors: { reason: msg('reason_3_to_500') } });
}

/** Locking a user ends their sessions at once; the last active admin and oneself are never locked. */
export function lockUser(state: MockState, actor: User, target: User, reason: unknown): User {
  assertReason(reason, 'lock');
  if (target.id === actor.id) throw forbidden(msg('cannot_lock_self'));
  if (actor.role !== 'admin' && target.role === 'admin') throw forbidden(msg('support_cannot_lock_admin'));
  assertNotLastAdmin(state, target, 'locked');
  if (target.status === 'locked') throw new ApiError(409, msg('already_locked'), { current: target });
  target.status = 'locked';
  target.version += 1;
  endSessionsOf(state, target.id);
  return target;
}

export function unlockUser(actor: User, target: User, reason: unknown): User {
  assertReason(reason, 'unlock');
  if (actor.role !== 'admin' && target.role === 'admin') throw forbidden(msg('support_cannot_unlock_admin'));
  if (target.status !== 'locked') throw new ApiError(409, msg('not_locked'), { current: target });
  target.status = 'active';
  target.version += 1;
  return target;
}
