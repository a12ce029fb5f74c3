import type { Candidate, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { assertCan, fullAccessSet, hasFullAccess } from '../accounts/permissions';
import { readsOf } from '../records/reads';
import { countCandidateRead } from '../usage/counters';

/**
 * Identity keys of a candidate, normalised the way people write them: emails without case, phones
 * as national digits (+33 6… and 06… are one number), LinkedIn URLs without scheme, www or slash.
 */
export const emailKey = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : null;

export function phoneKey(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const digits = value.replace(/[\s.\-()]/g, '').replace(/^(\+|00)(33|44)/, '0');
  return /^0\d{9,10}$/.test(digits) ? digits : null;
}

export function linkedinKey(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  return value
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

export interface IdentityQuery {
  email?: unknown;
  phone?: unknown;
  linkedinUrl?: unknown;
}

const MAX_MATCHES = 10;

/** Which candidates a lookup may name to this user: those they read in full (a masked profile never). */
export function readableInFull(state: MockState, user: User): (candidate: Candidate) => boolean {
  const full = fullAccessSet(state, user);
  return (candidate) => hasFullAccess(user, candidate, full);
}

/**
 * The stored candidates sharing one identity key with `query` and passing `visible` (anonymised
 * ones never match).
 */
export function matchingCandidates(
  state: MockState,
  query: IdentityQuery,
  visible: (candidate: Candidate) => boolean = () => true,
  limit = MAX_MATCHES,
): Candidate[] {
  const email = emailKey(query.email);
  const phone = phoneKey(query.phone);
  const linkedin = linkedinKey(query.linkedinUrl);
  if (!email && !phone && !linkedin) return [];
  const found: Candidate[] = [];
  for (const candidate of state.tables.candidates.rows as Candidate[]) {
    if (candidate.anonymizedAt || !visible(candidate)) continue;
    if (
      (email && emailKey(candidate.email) === email) ||
      (phone && phoneKey(candidate.phone) === phone) ||
      (linkedin && linkedinKey(candidate.linkedinUrl) === linkedin)
    ) {
      found.push(candidate);
      if (found.length >= limit) break;
    }
  }
  return found;
}

/**
 * One pass over the base: identity key -> id of a candidate passing `visible`, for checking many
 * rows at once (import).
 */
export function identityIndex(
  state: MockState,
  visible: (candidate: Candidate) => boolean = () => true,
): (query: IdentityQuery) => number | undefined {
  const byKey = new Map<string, number>();
  for (const candidate of state.tables.candidates.rows as Candidate[]) {
    if (candidate.anonymizedAt || !visible(candidate)) continue;
    const keys = [
      `e:${emailKey(candidate.email)}`,
      `p:${phoneKey(candidate.phone)}`,
      `l:${linkedinKey(candidate.linkedinUrl)}`,
    ];
    for (const key of keys) if (!key.endsWith(':null') && !byKey.has(key)) byKey.set(key, candidate.id);
  }
  return (query) => {
    const keys = [
      `e:${emailKey(query.email)}`,
      `p:${phoneKey(query.phone)}`,
      `l:${linkedinKey(query.linkedinUrl)}`,
    ];
    for (const key of keys) if (!key.endsWith(':null') && byKey.has(key)) return byKey.get(key);
    return undefined;
  };
}

/**
 * GET /candidates/duplicates: the matches this user reads in full. A masked profile is never
 * named, not even masked: its id would tell which profile holds the email or phone asked about.
 */
export function findDuplicates(state: MockState, user: User, query: IdentityQuery): Candidate[] {
  assertCan(user, 'candidates', 'list');
  const found = matchingCandidates(state, query, readableInFull(state, user));
  countCandidateRead(state, user, found, () => false, { byId: false });
  return readsOf(state, user, 'candidates').view(found as never[]) as unknown as Candidate[];
}
