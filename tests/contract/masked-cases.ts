import type { Candidate } from '../../src/model/types';

/**
 * Filters a recruiter may not send on a masked profile's hidden fields, each refused 400 naming its
 * first key: every operator spelling, and the field asked about even among profiles read in full.
 * Shared by the contract suite (any backend) and the mock's own API tests.
 */
export function maskedFieldFilters(
  target: Pick<Candidate, 'email' | 'lastName' | 'linkedinUrl'>,
): Array<Record<string, unknown>> {
  return [
    { email: target.email },
    { email_gte: 'a' },
    { email_lt: 'n' },
    { email_neq: '' },
    { phone_gt: '+33' },
    { lastName: target.lastName },
    { lastName_lte: 'M' },
    { linkedinUrl: [target.linkedinUrl] },
    { email: target.email, contactMasked: false },
  ];
}
