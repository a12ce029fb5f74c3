import type { CreditLedgerEntry } from '../../src/types';
import { CREDIT_KINDS } from '../../src/types';
import { DAY, workingTime } from './random';
import { pushInto, type SeedContext } from './seed-context';

/** The wording the API uses for a CV unlock debit. */
export const CV_UNLOCK_RULE = '1 credit per CV unlock; free again within 30 days';

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

/**
 * The credit ledger: per company and kind, an 'initial' allowance then the CV-unlock debits, so
 * the deltas sum to company.credits[kind] and balanceAfter runs along.
 */
export function createLedger(ctx: SeedContext): void {
  const { db } = ctx;
  const unlocksByCompany = new Map<number, typeof db.candidateUnlocks>();
  for (const u of db.candidateUnlocks) pushInto(unlocksByCompany, u.companyId, u);
  const push = (entry: Omit<CreditLedgerEntry, 'id'>) =>
    db['credit-ledger'].push({ id: db['credit-ledger'].length + 1, ...entry });
  for (const company of db.companies) {
    const unlocks = (unlocksByCompany.get(company.id) ?? [])
      .slice()
      .sort((a, b) => (a.unlockedAt < b.unlockedAt ? -1 : 1));
    for (const kind of CREDIT_KINDS) {
      const spent = kind === 'cvUnlocks' ? unlocks.length : 0;
      let balance = company.credits[kind] + spent;
      push({
        companyId: company.id,
        kind,
        delta: balance,
        balanceAfter: balance,
        action: 'initial',
        rule: `Plan ${company.plan}: starting allowance`,
        recordId: null,
        actorId: company.salesOwnerId,
        reason: null,
        at: company.createdAt,
      });
      if (kind !== 'cvUnlocks') continue;
      for (const u of unlocks) {
        balance -= 1;
        push({
          companyId: company.id,
          kind,
          delta: -1,
          balanceAfter: balance,
          action: 'cv_unlock',
          rule: CV_UNLOCK_RULE,
          recordId: u.candidateId,
          actorId: u.actorId,
          reason: null,
          at: u.unlockedAt,
        });
      }
    }
  }
}
