import {
  CREDIT_USAGE_DEFAULT_MONTHS,
  CREDIT_USAGE_MAX_MONTHS,
  type CreditUsage,
  type CreditUsageMonth,
} from '../../../src/model/credit-usage';
import type { Company, CreditLedgerEntry } from '../../../src/model/types';
import { badRequest } from '../api/errors';
import { msg } from '../api/translate';

/** `months` of GET /companies/{id}/credit-usage: 400 naming the parameter for anything else. */
export function parseUsageQuery(query: URLSearchParams): number {
  for (const key of query.keys())
    if (key !== 'months') throw badRequest(msg('param_unknown', { param: key, expected: 'months' }));
  const raw = query.get('months');
  if (raw === null) return CREDIT_USAGE_DEFAULT_MONTHS;
  const months = Number(raw);
  if (!/^\d+$/.test(raw) || months < 1 || months > CREDIT_USAGE_MAX_MONTHS)
    throw badRequest(msg('param_months', { max: CREDIT_USAGE_MAX_MONTHS }));
  return months;
}

/** The `count` calendar months (YYYY-MM, UTC) ending with the month of `now`, oldest first. */
function monthKeys(now: number, count: number): string[] {
  const end = new Date(now);
  return Array.from({ length: count }, (_, i) =>
    new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - (count - 1 - i), 1))
      .toISOString()
      .slice(0, 7),
  );
}

const SPENDING = new Set<CreditLedgerEntry['action']>(['cv_unlock', 'job_slot']);

/**
 * Credits spent per month from one company's ledger lines: a debit for an unlock or a publication
 * counts in its month, its refund gives it back in the refund's month. One pass over the lines.
 */
export function creditUsage(
  company: Company,
  ledger: readonly CreditLedgerEntry[],
  months: number,
  now: number,
): CreditUsage {
  const keys = monthKeys(now, months);
  const rows = new Map<string, CreditUsageMonth>(
    keys.map((month) => [month, { month, cvUnlocks: 0, jobSlots: 0 }]),
  );
  const actionOf = new Map(ledger.map((line) => [line.id, line.action]));
  const totals = { cvUnlocks: 0, jobSlots: 0 };
  for (const line of ledger) {
    const spending =
      SPENDING.has(line.action) ||
      (line.action === 'refund' &&
        line.recordId !== null &&
        SPENDING.has(actionOf.get(line.recordId) ?? 'initial'));
    const row = spending ? rows.get(line.at.slice(0, 7)) : undefined;
    if (!row) continue;
    row[line.kind] -= line.delta;
    totals[line.kind] -= line.delta;
  }
  return { companyId: company.id, months: [...rows.values()], totals, balance: { ...company.credits } };
}
