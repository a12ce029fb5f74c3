import type { Company, CreditKind, CreditLedgerEntry, Identifier } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { ApiError } from '../api/errors';
import { type FieldErrors, msg } from '../api/translate';
import { companyRows } from '../records/indexes';
import { isAuditReason } from './audit';
import { LEDGER_RULES } from './ledger-rules';

/**
 * Every credit movement goes through here: the company's balance and its ledger entry change
 * together, so the ledger's deltas always sum to the balance.
 */
export function moveCredits(
  state: MockState,
  company: Company,
  kind: CreditKind,
  delta: number,
  entry: Pick<CreditLedgerEntry, 'action' | 'rule' | 'recordId' | 'actorId' | 'reason'>,
): CreditLedgerEntry {
  const balanceAfter = company.credits[kind] + delta;
  if (balanceAfter < 0)
    throw new ApiError(
      422,
      msg(kind === 'jobSlots' ? 'not_enough_job_slots' : 'not_enough_cv_unlocks', {
        balance: company.credits[kind],
      }),
      { errors: { delta: msg('balance_below_zero') } },
    );
  company.credits = { ...company.credits, [kind]: balanceAfter };
  company.version += 1;
  return state.tables['credit-ledger'].insert({
    companyId: company.id,
    kind,
    delta,
    balanceAfter,
    ...entry,
    at: new Date(state.clock.now()).toISOString(),
  });
}

export function companyOf(state: MockState, id: Identifier): Company | undefined {
  return state.tables.companies.get(id);
}

/**
 * Support/admin adjustment of a company's balance, with a required reason. `version`, when sent, is
 * the company version the agent saw: a stale one answers 409 with the stored company, so nobody
 * adjusts a balance they have not seen (their "before" and "after" were computed on it).
 */
export function adjustCredits(
  state: MockState,
  actor: { id: Identifier },
  company: Company,
  input: { kind?: unknown; delta?: unknown; reason?: unknown; version?: unknown },
): { company: Company; entry: CreditLedgerEntry } {
  if (input.version !== undefined && !Number.isSafeInteger(input.version))
    throw new ApiError(422, msg('invalid_adjustment'), { errors: { version: msg('integer') } });
  // As for any write, a stale version is answered before the values are judged.
  if (input.version !== undefined && input.version !== company.version)
    throw new ApiError(409, msg('company_changed'), { current: company });
  const errors: FieldErrors = {};
  const kind = input.kind ?? 'cvUnlocks';
  if (kind !== 'cvUnlocks' && kind !== 'jobSlots') errors.kind = msg('credit_kind');
  if (!Number.isSafeInteger(input.delta) || input.delta === 0 || Math.abs(input.delta as number) > 100_000)
    errors.delta = msg('non_zero_whole');
  if (!isAuditReason(input.reason)) errors.reason = msg('reason_required');
  if (Object.keys(errors).length > 0) throw new ApiError(422, msg('invalid_adjustment'), { errors });
  const entry = moveCredits(state, company, kind as CreditKind, input.delta as number, {
    action: 'support_adjustment',
    rule: LEDGER_RULES.support_adjustment,
    recordId: null,
    actorId: actor.id,
    reason: (input.reason as string).trim(),
  });
  return { company, entry };
}

/** Support refund of one debit: the opposite movement, once, with a reason. */
export function refundEntry(
  state: MockState,
  actor: { id: Identifier },
  entry: CreditLedgerEntry,
  reason: unknown,
): { company: Company; entry: CreditLedgerEntry } {
  if (!isAuditReason(reason))
    throw new ApiError(422, msg('refund_reason'), { errors: { reason: msg('reason_required') } });
  if (entry.delta >= 0 || entry.action === 'refund')
    throw new ApiError(422, msg('refund_debit_only'), { errors: { delta: msg('not_a_debit') } });
  // A refund is a line of the same company: its bucket of the ledger, not the whole table.
  const done = companyRows(state.tables['credit-ledger'], entry.companyId).some(
    (line) => line.action === 'refund' && line.recordId === entry.id,
  );
  if (done) throw new ApiError(409, msg('already_refunded'), { current: entry });
  const company = companyOf(state, entry.companyId) as Company;
  const refund = moveCredits(state, company, entry.kind, -entry.delta, {
    action: 'refund',
    rule: `${LEDGER_RULES.refund} ${entry.id} (${entry.action})`,
    recordId: entry.id,
    actorId: actor.id,
    reason: reason.trim(),
  });
  return { company, entry: refund };
}
