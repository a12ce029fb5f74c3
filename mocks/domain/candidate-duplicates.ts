import type { Candidate, User } from '../../src/types';
import type { MockState } from '../db/store';
import { assertCan, fullAccessSet, project } from './permissions';

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

/** The stored candidates sharing one identity key with `query` (anonymised ones never match). */
export function matchingCandidates(state: MockState, query: IdentityQuery, limit = MAX_MATCHES): Candidate[] {
  const email = emailKey(query.email);
  const phone = phoneKey(query.phone);
  const linkedin = linkedinKey(query.linkedinUrl);
  if (!email && !phone && !linkedin) return [];
  const found: Candidate[] = [];
  for (const candidate of state.tables.candidates.rows as Candidate[]) {
    if (candidate.anonymizedAt) continue;
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

/** One pass over the base: identity key -> candidate id, for checking many rows at once (import). */
export function identityIndex(state: MockState): (query: IdentityQuery) => number | undefined {
  const byKey = new Map<string, number>();
  for (const candidate of state.tables.candidates.rows as Candidate[]) {
    if (candidate.anonymizedAt) continue;
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

/** GET /candidates/duplicates: matches as this user may read them (masked for database profiles). */
export function findDuplicates(state: MockState, user: User, query: IdentityQuery): Candidate[] {
  assertCan(user, 'candidates', 'list');
  const full = fullAccessSet(state, user);
  return matchingCandidates(state, query).map((candidate) => project(user, 'candidates', candidate, full));
}
