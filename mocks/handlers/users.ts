import type { User } from '../../src/model/types';
import { audit } from '../domain/accounts/audit';
import { lockUser, unlockUser } from '../domain/accounts/locks';
import { assertCan } from '../domain/accounts/permissions';
import { touch } from '../domain/records/indexes';
import { findVisible } from '../domain/records/reads';
import { ok, type RouteContext, recordId, route } from './http';

/** POST /api/users/{id}/lock {reason} and /unlock {reason}: support and admin. */
function target({ state, user, params }: RouteContext): User {
  assertCan(user, 'users', 'lock');
  return findVisible(state, user, 'users', recordId({ params })) as unknown as User;
}

const reasonOf = (body: unknown): unknown =>
  typeof body === 'object' && body !== null ? (body as { reason?: unknown }).reason : undefined;

export const userHandlers = [
  route('post', '/api/users/:id/lock', (ctx) => {
    const user = target(ctx);
    const reason = reasonOf(ctx.body);
    lockUser(ctx.state, ctx.user, user, reason);
    touch();
    audit(ctx.state, ctx.user, {
      action: 'user.lock',
      resource: 'users',
      recordId: user.id,
      changes: { status: ['active', 'locked'] },
      reason: String(reason).trim(),
    });
    return ok(user);
  }),
  route('post', '/api/users/:id/unlock', (ctx) => {
    const user = target(ctx);
    const reason = reasonOf(ctx.body);
    unlockUser(ctx.user, user, reason);
    touch();
    audit(ctx.state, ctx.user, {
      action: 'user.unlock',
      resource: 'users',
      recordId: user.id,
      changes: { status: ['locked', 'active'] },
      reason: String(reason).trim(),
    });
    return ok(user);
  }),
];
