import type { Candidate, Company, Offer, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { fullAccessSet, hasFullAccess } from '../accounts/permissions';
import { spendUnlock } from './actions';

/**
 * Inviting a database candidate whose contact is masked ("Invite to apply" on an offer's best
 * matches, or any application a recruiter creates for them) makes them an applicant, and an
 * applicant's contact is open to the company: so the invitation is an unlock and is paid like one
 * (one CV credit, free when the company already has the profile open, 402 at zero credits), with
 * its ledger and audit entries. Runs once the application is known to be valid, before it is stored.
 */
export function chargeMaskedInvitation(
  state: MockState,
  user: User,
  application: Record<string, unknown>,
): void {
  if (user.role !== 'recruiter' || user.companyId === null) return;
  const candidate = state.tables.candidates.get(application.candidateId as number) as Candidate | undefined;
  if (!candidate || hasFullAccess(user, candidate, fullAccessSet(state, user))) return;
  const company = state.tables.companies.get(user.companyId) as Company;
  const offer = state.tables.offers.get(application.offerId as number) as Offer | undefined;
  spendUnlock(state, user, company, candidate.id, `invited to apply to ${offer?.reference ?? 'an offer'}`);
}
