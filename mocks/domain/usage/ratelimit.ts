import type { User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { ApiError } from '../api/errors';
import { type Message, msg } from '../api/translate';

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
   * counted once a day: per user, and per company (mocks/domain/usage/counters.ts).
   */
  dailyProfiles: 600,
  companyDailyProfiles: 3_000,
  /** Failed logins per email per window before the account is refused for a while. */
  loginFailures: 5,
  loginWindowMs: 15 * 60_000,
  /**
   * Failed logins from one client address per window, whatever the emails, before that address may
   * not try again for a while (password spraying: one password tried on many accounts).
   */
  clientLoginFailures: 20,
};
export const limits = { ...DEFAULT_LIMITS };

export function resetLimits(): void {
  Object.assign(limits, DEFAULT_LIMITS);
}

/**
 * The quotas that hold for this user now: the defaults, or lower ones support set for a while
 * (mocks/domain/scraping/actions.ts), read on every check so a change takes effect at once.
 */
export function userLimits(state: MockState, user: User): { dailyProfiles: number; listCalls: number } {
  const lowered = state.usage.quotas.get(user.id);
  if (!lowered || Date.parse(lowered.until) <= state.clock.now())
    return { dailyProfiles: limits.dailyProfiles, listCalls: limits.listCalls };
  return {
    dailyProfiles: Math.min(lowered.dailyProfiles, limits.dailyProfiles),
    listCalls: Math.min(lowered.callsPerMinute, limits.listCalls),
  };
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
  if (own.length >= userLimits(state, user).listCalls)
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
/**
 * What the login throttle counts as one client: an IPv4 address, or the /64 network of an IPv6
 * one (a single host is commonly given a whole /64, so counting its addresses one by one would let
 * it rotate through them).
 */
export function clientNetwork(address: string): string {
  const bare = address.replace(/%.*$/, '').toLowerCase(); // no zone index (fe80::1%eth0)
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/.exec(bare);
  if (v4) return v4[1];
  if (!bare.includes(':')) return bare;
  const [head, tail] = bare.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(Math.max(0, 8 - left.length - right.length)).fill('0');
  const groups = [...left, ...zeros, ...right].slice(0, 4).map((group) => group.replace(/^0+(?=.)/, ''));
  return `${groups.join(':')}::/64`;
}

const clientKey = (client: string) => `login-client:${clientNetwork(client)}`;

/**
 * Throws 429 while the client address, then the email, has too many recent failed logins. A
 * success clears neither the address's count (an attacker would sign in to their own account
 * between guesses) nor is asked before it: the limits hold whatever the password.
 */
export function checkLoginAllowed(state: MockState, email: string, client: string): void {
  const fromClient = recent(state, clientKey(client), limits.loginWindowMs);
  if (fromClient.length >= limits.clientLoginFailures)
    throw tooMany(state, fromClient, limits.loginWindowMs, msg('too_many_logins_client'));
  const hits = recent(state, loginKey(email), limits.loginWindowMs);
  if (hits.length >= limits.loginFailures)
    throw tooMany(state, hits, limits.loginWindowMs, msg('too_many_logins'));
}

/** One refused login: it counts for the address, and for the email when a password was tried on it. */
export function recordLoginFailure(state: MockState, client: string, email?: string): void {
  recent(state, clientKey(client), limits.loginWindowMs).push(state.clock.now());
  if (email !== undefined) recent(state, loginKey(email), limits.loginWindowMs).push(state.clock.now());
}

export function clearLoginFailures(state: MockState, email: string): void {
  state.rateLimits.delete(loginKey(email));
}
