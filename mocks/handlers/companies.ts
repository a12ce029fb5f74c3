import type { Company } from '../../src/types';
import { audit } from '../domain/audit';
import { adjustCredits } from '../domain/credits';
import { touch } from '../domain/indexes';
import { assertCan } from '../domain/permissions';
import { findVisible } from '../domain/records';
import { ok, route } from './http';

/** POST /api/companies/{id}/credits {kind?, delta, reason}: support and admin adjust a balance. */
export const companyHandlers = [
  route('post', '/api/companies/:id/credits', ({ state, user, params, body }) => {
    assertCan(user, 'companies', 'credits');
    const company = findVisible(state, user, 'companies', Number(params.id)) as unknown as Company;
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
];
