import type { AuditLog, Identifier, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';

/** Audit trail: who did what to which record, with before/after of the changed fields. */
export function audit(
  state: MockState,
  actor: User,
  entry: {
    action: string;
    resource: string;
    recordId: Identifier | null;
    changes?: AuditLog['changes'];
    reason?: string | null;
  },
): AuditLog {
  const table = state.tables['audit-logs'];
  return table.insert({
    actorId: actor.id,
    actorRole: actor.role,
    action: entry.action,
    resource: entry.resource,
    recordId: entry.recordId,
    changes: entry.changes ?? {},
    reason: entry.reason ?? null,
    at: new Date(state.clock.now()).toISOString(),
  });
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Fields whose value differs between two versions of a record, as {field: [before, after]}. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: string[],
): AuditLog['changes'] {
  const changes: AuditLog['changes'] = {};
  for (const field of fields)
    if (!same(before[field], after[field])) changes[field] = [before[field] ?? null, after[field] ?? null];
  return changes;
}

/** The reason a deliberate action gives (lock, unlock, credit adjustment, refund): 3 to 500 characters. */
export const isAuditReason = (value: unknown): value is string =>
  typeof value === 'string' && value.trim().length >= 3 && value.length <= 500;

const isStaff = (user: User): boolean => user.role === 'support' || user.role === 'admin';

/**
 * Which record writes the audit log keeps: every write by staff; by anyone, what cannot be read
 * back from the data afterwards or touches a person: a deletion, a pipeline move (an action of
 * docs/api.md, with its rejection reason), and a change to a candidate profile (another company
 * that holds an application from the person reads the same profile). Recruiters' everyday edits
 * of their own records are not, as their own records show them; their actions are (unlock, export).
 */
export function isAudited(
  user: User,
  resource: string,
  write: 'create' | 'update' | 'delete' | 'move',
): boolean {
  return isStaff(user) || write === 'delete' || write === 'move' || resource === 'candidates';
}

export { same };
