import type { AuditLog, CompanyStatus, User } from '../../src/model/types';
import { DAY, MINUTE, parseIso, type Random, workingTime } from './random';
import { derivedRandom, type SeedContext } from './seed-context';

/**
 * The audit trail the live API would have written for what the seed already holds, so the audit
 * log, a company's audit tab and the support dashboard have a history before anyone acts: each
 * candidate unlock, each support credit adjustment of the ledger, each locked user, each suspended
 * or churned account. Same actions, resources and `changes` as the live API (mocks/domain/accounts/audit.ts
 * callers). Who acted, when and why comes from a stream of its own (derivedRandom), so no value
 * drawn by the earlier steps moves; every entry falls at least a day before the reference date.
 */
type Entry = Omit<AuditLog, 'id'>;

// biome-ignore format: word lists read better dense
const LOCK_REASONS = [
  'Left the company', 'Requested by the account owner', 'Shared login detected', 'Repeated failed sign-ins',
  'Access no longer needed',
];

export function createAuditTrail(ctx: SeedContext): void {
  const { db } = ctx;
  const rng = derivedRandom(ctx, 'audit-trail');
  const latest = ctx.refMs - DAY;
  const iso = (ms: number) => ctx.dates.iso(Math.min(ms, latest));
  const staff = (role: User['role']) => db.users.filter((u) => u.role === role && u.companyId === null);
  const support = staff('support');
  const roleOf = (id: number) => db.users[id - 1].role;
  const entries: Entry[] = [];

  for (const u of db.candidateUnlocks)
    entries.push({
      actorId: u.actorId,
      actorRole: roleOf(u.actorId),
      action: 'candidate.unlock',
      resource: 'candidates',
      recordId: u.candidateId,
      changes: {},
      reason: null,
      at: u.unlockedAt,
    });

  for (const line of db['credit-ledger'])
    if (line.action === 'support_adjustment' && line.actorId !== null)
      entries.push({
        actorId: line.actorId,
        actorRole: roleOf(line.actorId),
        action: 'company.credits',
        resource: 'companies',
        recordId: line.companyId,
        changes: { [`credits.${line.kind}`]: [line.balanceAfter - line.delta, line.balanceAfter] },
        reason: line.reason,
        at: line.at,
      });

  for (const user of db.users) {
    if (user.status !== 'locked' || user.lastLoginAt === null) continue;
    const agent = rng.pick(support);
    entries.push({
      actorId: agent.id,
      actorRole: agent.role,
      action: 'user.lock',
      resource: 'users',
      recordId: user.id,
      changes: { status: ['active', 'locked'] },
      reason: rng.pick(LOCK_REASONS),
      at: ctx.dates.iso(lockedAtMs(rng, parseIso(user.lastLoginAt), latest)),
    });
  }

  for (const company of db.companies) {
    if (company.status !== 'suspended' && company.status !== 'churned') continue;
    const agent = rng.pick(support);
    entries.push({
      actorId: agent.id,
      actorRole: agent.role,
      action: 'update',
      resource: 'companies',
      recordId: company.id,
      changes: {
        status: ['active', company.status],
        statusReason: [null, company.statusReason],
      },
      reason: company.statusReason,
      at: iso(statusChangeMs(ctx, rng, company.status, company.createdAt, company.lastActivityAt)),
    });
  }

  // In time order, ids following it, as the live API would have numbered them.
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  entries.forEach((entry, index) => {
    db['audit-logs'].push({ id: index + 1, ...entry });
  });
}

/** Some days after the user's last sign-in, and never before it (a recent account locked at once). */
function lockedAtMs(rng: Random, lastLoginMs: number, latest: number): number {
  const ms = Math.min(workingTime(rng, lastLoginMs + rng.int(1, 14) * DAY), latest);
  return Math.max(ms, lastLoginMs + 30 * MINUTE);
}

/**
 * A suspension happened within the last three months; a churn a few weeks after the account's last
 * activity. Never before the account existed.
 */
function statusChangeMs(
  ctx: SeedContext,
  rng: Random,
  status: CompanyStatus,
  createdAt: string,
  lastActivityAt: string | null,
): number {
  const created = parseIso(createdAt);
  const ms =
    status === 'suspended'
      ? ctx.refMs - rng.int(2, 90) * DAY
      : parseIso(lastActivityAt ?? createdAt) + rng.int(1, 30) * DAY;
  return workingTime(rng, Math.max(ms, created + DAY));
}
