import type { Company, CreditLedgerEntry } from '../../src/model/types';
import { audit } from '../domain/accounts/audit';
import { creditUsage, parseUsageQuery } from '../domain/accounts/credit-usage';
import { adjustCredits, refundEntry } from '../domain/accounts/credits';
import { assertCan } from '../domain/accounts/permissions';
import { companyRows, touch } from '../domain/records/indexes';
import { findVisible, readRecord } from '../domain/records/reads';
import { ok, recordId, route } from './http';

/** POST /api/companies/{id}/credits {kind?, delta, reason, version?}: support and admin adjust a balance. */
export const companyHandlers = [
  /** GET /api/companies/{id}/credit-usage?months=12: credits spent per month, for whoever reads the ledger. */
  route('get', '/api/companies/:id/credit-usage', ({ state, user, params, query }) => {
    assertCan(user, 'credit-ledger', 'list');
    const company = findVisible(state, user, 'companies', recordId({ params })) as unknown as Company;
    const months = parseUsageQuery(query);
    const ledger = companyRows(state.tables['credit-ledger'], company.id) as readonly CreditLedgerEntry[];
    return ok(creditUsage(company, ledger, months, state.clock.now()));
  }),
  route('post', '/api/companies/:id/credits', ({ state, user, params, body }) => {
    assertCan(user, 'companies', 'credits');
    const company = findVisible(state, user, 'companies', recordId({ params })) as unknown as Company;
    const input = typeof body === 'object' && body !== null ? body : {};
    const before = company.credits;
    const { entry } = adjustCredits(state, user, company, input);
    touch();
    audit(state, user, {
      action: 'company.credits',
      resource: 'companies',
      recordId: company.id,
      changes: { [`credits.${entry.kind}`]: [before[entry.kind], company.credits[entry.kind]] },
      reason: entry.reason,
    });
    return ok({ company, entry });
  }),
  /** POST /api/credit-ledger/{id}/refund {reason}: gives back one debit, audited. */
  route('post', '/api/credit-ledger/:id/refund', ({ state, user, params, body }) => {
    assertCan(user, 'companies', 'credits');
    const line = readRecord(
      state,
      user,
      'credit-ledger',
      recordId({ params }),
    ) as unknown as CreditLedgerEntry;
    const reason =
      typeof body === 'object' && body !== null ? (body as { reason?: unknown }).reason : undefined;
    const company = state.tables.companies.get(line.companyId) as Company;
    const before = company.credits[line.kind];
    const { entry } = refundEntry(state, user, line, reason);
    touch();
    audit(state, user, {
      action: 'company.credits.refund',
      resource: 'companies',
      recordId: company.id,
      changes: { [`credits.${entry.kind}`]: [before, company.credits[entry.kind]] },
      reason: entry.reason,
    });
    return ok({ company, entry });
  }),
];
