import type { User } from '../../src/types';
import type { MockState } from '../db/store';
import { ApiError } from './errors';
import { type Message, msg } from './translate';

/** Limits of the mock API; tests change them (resetDb restores the defaults). */
export const DEFAULT_LIMITS = {
  /**
   * List and search calls (every read of the candidate database included) per user, and per
   * company, per window (anti-scraping). Per user, not per token: signing in again changes nothing.
   */
  listCalls: 120,
  companyListCalls: 600,
  listWindowMs: 60_000,
  /**
   * Database profiles (masked for the reader) served per UTC day, by any read path, each profile
   * counted once a day: per user, and per company (mocks/domain/usage.ts).
   */
  dailyProfiles: 600,
  companyDailyProfiles: 3_000,
  /** Failed logins per email per window before the account is refused for a while. */
  loginFailures: 5,
  loginWindowMs: 15 * 60_000,
};
export const limits = { ...DEFAULT_LIMITS };

export function resetLimits(): void {
  Object.assign(limits, DEFAULT_LIMITS);
}

function recent(state: MockState, key: string, windowMs: number): number[] {
  const now = state.clock.now();
  const hits = (state.rateLimits.get(key) ?? []).filter((at) => at > now - windowMs);
  state.rateLimits.set(key, hits);
  return hits;
}

function tooMany(state: MockState, hits: number[], windowMs: number, detail: Message): ApiError {
  const retryAfter = Math.max(1, Math.ceil((hits[0] + windowMs - state.clock.now()) / 1000));
  return new ApiError(429, detail, { headers: { 'Retry-After': String(retryAfter) } });
}

/**
 * Counts one list or search call for the user and their company; throws 429 with Retry-After once
 * either is over its limit (a refused call is not counted).
 */
export function consumeListCall(state: MockState, user: User): void {
  const own = recent(state, `list:user:${user.id}`, limits.listWindowMs);
  if (own.length >= limits.listCalls)
    throw tooMany(state, own, limits.listWindowMs, msg('too_many_requests'));
  const company =
    user.companyId === null
      ? undefined
      : recent(state, `list:company:${user.companyId}`, limits.listWindowMs);
  if (company && company.length >= limits.companyListCalls)
    throw tooMany(state, company, limits.listWindowMs, msg('too_many_requests_company'));
  own.push(state.clock.now());
  company?.push(state.clock.now());
}

const loginKey = (email: string) => `login:${email.trim().toLowerCase()}`;

/** Throws 429 while the email has too many recent failed logins. */
export function checkLoginAllowed(state: MockState, email: string): void {
  const hits = recent(state, loginKey(email), limits.loginWindowMs);
  if (hits.length >= limits.loginFailures)
    throw tooMany(state, hits, limits.loginWindowMs, msg('too_many_logins'));
}

export function recordLoginFailure(state: MockState, email: string): void {
  recent(state, loginKey(email), limits.loginWindowMs).push(state.clock.now());
}

export function clearLoginFailures(state: MockState, email: string): void {
  state.rateLimits.delete(loginKey(email));
}
