import type { CreditKind, CreditLedgerEntry } from '../../src/model/types';
import { CREDIT_KINDS } from '../../src/model/types';
import { initialRule, LEDGER_RULES } from '../domain/accounts/ledger-rules';
import { DAY, HOUR, MINUTE, workingTime } from './random';
import { pushInto, type SeedContext } from './seed-context';

/** A few unlocked profiles for the demo tenants (company 1 more than company 2). */
export function createUnlocks(ctx: SeedContext): void {
  const { rng, dates, refMs, db } = ctx;
  const perCompany: Array<[number, number]> = [
    [1, 6],
    [2, 2],
  ];
  for (const [companyId, count] of perCompany) {
    const actors = ctx.activeRecruitersByCompany[companyId];
    // Unlocking only makes sense for profiles the company cannot already see in full.
    const applicants = new Set(
      db.applications.filter((a) => a.companyId === companyId).map((a) => a.candidateId),
    );
    const candidates = rng.sample(
      db.candidates.filter((c) => c.ownerCompanyId === null && !applicants.has(c.id)).map((c) => c.id),
      count,
    );
    const times = candidates.map(() => workingTime(rng, refMs - rng.int(1, 60) * DAY)).sort((a, b) => a - b);
    candidates.forEach((candidateId, i) => {
      db.candidateUnlocks.push({
        id: db.candidateUnlocks.length + 1,
        companyId,
        candidateId,
        unlockedAt: dates.iso(Math.min(times[i], refMs)),
        actorId: actors[0],
      });
    });
  }
}

/** A past movement of the seed: what the live API would have written at the time. */
interface Movement {
  action: 'cv_unlock' | 'job_slot' | 'support_adjustment';
  delta: number;
  recordId: number | null;
  actorId: number | null;
  reason: string | null;
  at: string;
}

/**
 * Support adjustments of the demo tenants, so their usage tab and audit trail show one. Dated
 * before both 30-day windows of the account health score (which read the ledger), so no figure
 * moves; the 'initial' allowance absorbs them, so company.credits stays as drawn.
 */
export const DEMO_ADJUSTMENTS: ReadonlyArray<{
  companyId: number;
  kind: CreditKind;
  delta: number;
  daysAgo: number;
  actorEmail: string;
  reason: string;
}> = [
  {
    companyId: 1,
    kind: 'cvUnlocks',
    delta: 20,
    daysAgo: 75,
    actorEmail: 'support@backoffice.test',
    reason: 'Goodwill gesture after a service outage',
  },
  {
    companyId: 2,
    kind: 'jobSlots',
    delta: 5,
    daysAgo: 120,
    actorEmail: 'karim.belkacem@backoffice.test',
    reason: 'Extra job slots for a hiring campaign',
  },
];

/**
 * The credit ledger: per company and kind, an 'initial' allowance then the movements the API would
 * have written (a CV credit per unlock, a job slot per first publication of an offer, the demo
 * adjustments), in time order, so the deltas sum to company.credits[kind] and balanceAfter runs along.
 */
export function createLedger(ctx: SeedContext): void {
  const { db } = ctx;
  const movements = new Map<string, Movement[]>();
  const debit = (action: 'cv_unlock' | 'job_slot', recordId: number, actorId: number, at: string) => ({
    action,
    delta: -1,
    recordId,
    actorId,
    reason: null,
    at,
  });
  for (const u of db.candidateUnlocks)
    pushInto(
      movements,
      `${u.companyId}:cvUnlocks`,
      debit('cv_unlock', u.candidateId, u.actorId, u.unlockedAt),
    );
  for (const o of db.offers)
    if (o.publishedAt !== null)
      pushInto(movements, `${o.companyId}:jobSlots`, debit('job_slot', o.id, o.recruiterId, o.publishedAt));
  for (const a of DEMO_ADJUSTMENTS) {
    const day = Math.floor((ctx.refMs - a.daysAgo * DAY) / DAY) * DAY;
    pushInto(movements, `${a.companyId}:${a.kind}`, {
      action: 'support_adjustment',
      delta: a.delta,
      recordId: null,
      actorId: db.users.find((u) => u.email === a.actorEmail)?.id ?? null,
      reason: a.reason,
      at: ctx.dates.iso(day + 10 * HOUR + 30 * MINUTE),
    });
  }
  const push = (entry: Omit<CreditLedgerEntry, 'id'>) =>
    db['credit-ledger'].push({ id: db['credit-ledger'].length + 1, ...entry });
  for (const company of db.companies) {
    for (const kind of CREDIT_KINDS as readonly CreditKind[]) {
      const moves = (movements.get(`${company.id}:${kind}`) ?? []).sort((a, b) => (a.at < b.at ? -1 : 1));
      let balance = company.credits[kind];
      for (const move of moves) balance -= move.delta;
      push({
        companyId: company.id,
        kind,
        delta: balance,
        balanceAfter: balance,
        action: 'initial',
        rule: initialRule(company.plan),
        recordId: null,
        actorId: company.salesOwnerId,
        reason: null,
        at: company.createdAt,
      });
      for (const move of moves) {
        balance += move.delta;
        push({
          companyId: company.id,
          kind,
          delta: move.delta,
          balanceAfter: balance,
          action: move.action,
          rule: LEDGER_RULES[move.action],
          recordId: move.recordId,
          actorId: move.actorId,
          reason: move.reason,
          at: move.at,
        });
      }
    }
  }
}
