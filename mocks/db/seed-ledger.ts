import type { CreditKind, CreditLedgerEntry } from '../../src/types';
import { CREDIT_KINDS } from '../../src/types';
import { initialRule, LEDGER_RULES } from '../domain/ledger-rules';
import { DAY, workingTime } from './random';
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

/** A past debit of the seed: what the live API would have written at the time. */
interface Debit {
  action: 'cv_unlock' | 'job_slot';
  recordId: number;
  actorId: number;
  at: string;
}

/**
 * The credit ledger: per company and kind, an 'initial' allowance then the debits the API would
 * have written (a CV credit per unlock, a job slot per first publication of an offer), in time
 * order, so the deltas sum to company.credits[kind] and balanceAfter runs along.
 */
export function createLedger(ctx: SeedContext): void {
  const { db } = ctx;
  const debits = new Map<string, Debit[]>();
  for (const u of db.candidateUnlocks)
    pushInto(debits, `${u.companyId}:cvUnlocks`, {
      action: 'cv_unlock',
      recordId: u.candidateId,
      actorId: u.actorId,
      at: u.unlockedAt,
    });
  for (const o of db.offers)
    if (o.publishedAt !== null)
      pushInto(debits, `${o.companyId}:jobSlots`, {
        action: 'job_slot',
        recordId: o.id,
        actorId: o.recruiterId,
        at: o.publishedAt,
      });
  const push = (entry: Omit<CreditLedgerEntry, 'id'>) =>
    db['credit-ledger'].push({ id: db['credit-ledger'].length + 1, ...entry });
  for (const company of db.companies) {
    for (const kind of CREDIT_KINDS as readonly CreditKind[]) {
      const spent = (debits.get(`${company.id}:${kind}`) ?? []).sort((a, b) => (a.at < b.at ? -1 : 1));
      let balance = company.credits[kind] + spent.length;
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
      for (const debit of spent) {
        balance -= 1;
        push({
          companyId: company.id,
          kind,
          delta: -1,
          balanceAfter: balance,
          action: debit.action,
          rule: LEDGER_RULES[debit.action],
          recordId: debit.recordId,
          actorId: debit.actorId,
          reason: null,
          at: debit.at,
        });
      }
    }
  }
}
