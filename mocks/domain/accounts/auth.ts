import type { ApiErrorCode, AuthUser, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { ApiError } from '../api/errors';
import { type Message, msg } from '../api/translate';
import { countSignIn } from '../usage/counters';
import { checkLoginAllowed, clearLoginFailures, recordLoginFailure } from '../usage/ratelimit';

/** Sessions: opaque random tokens held by the mock, with an expiry on the mock's clock. */
export function authUser(user: User): AuthUser {
  return {
    id: user.id,
    fullName: `${user.firstName} ${user.lastName}`,
    role: user.role,
    companyId: user.companyId,
    locale: user.locale,
  };
}

function newToken(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const unauthorized = (detail: Message, code?: ApiErrorCode) => new ApiError(401, detail, { code });

export function findUserByEmail(state: MockState, email: string): User | undefined {
  const wanted = email.trim().toLowerCase();
  return (state.tables.users.rows as User[]).find((u) => u.email.toLowerCase() === wanted);
}

/**
 * Signs in from `client` (the caller's address). An account that may not sign in (locked, not yet
 * activated) is refused before its password is looked at, with the same answer whatever was typed:
 * the answer never tells a guesser that the password was right.
 */
export function login(
  state: MockState,
  email: unknown,
  password: unknown,
  client: string,
): { token: string; user: AuthUser } {
  if (typeof email !== 'string' || typeof password !== 'string' || !email || !password)
    throw new ApiError(422, msg('credentials_required'), {
      errors: {
        ...(typeof email === 'string' && email ? {} : { email: msg('required') }),
        ...(typeof password === 'string' && password ? {} : { password: msg('required') }),
      },
    });
  checkLoginAllowed(state, email, client);
  const user = findUserByEmail(state, email);
  if (user && user.status !== 'active') {
    recordLoginFailure(state, client);
    if (user.status === 'locked') throw unauthorized(msg('account_locked'), 'account_locked');
    throw unauthorized(msg('account_not_activated'));
  }
  const expected = state.passwords.get(email.trim().toLowerCase());
  if (!user || expected === undefined || expected !== password) {
    recordLoginFailure(state, client, email);
    throw unauthorized(msg('invalid_credentials'));
  }
  clearLoginFailures(state, email);
  const token = newToken();
  const now = state.clock.now();
  state.sessions.set(token, { token, userId: user.id, expiresAt: now + state.sessionTtlMs });
  // A login is not an edit: version unchanged, so no open form of this user goes stale.
  user.lastLoginAt = new Date(now).toISOString();
  countSignIn(state, user);
  return { token, user: authUser(user) };
}

/** The user behind an `Authorization: Bearer` header, or a 401. */
export function authenticate(state: MockState, header: string | null): { user: User; token: string } {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  if (!match) throw unauthorized(msg('auth_required'));
  const session = state.sessions.get(match[1]);
  if (!session) throw unauthorized(msg('session_invalid'));
  if (session.expiresAt <= state.clock.now()) {
    state.sessions.delete(session.token);
    throw unauthorized(msg('session_expired'));
  }
  const user = state.tables.users.get(session.userId) as User | undefined;
  if (!user) throw unauthorized(msg('session_invalid'));
  if (user.status === 'locked') throw unauthorized(msg('account_locked'), 'account_locked');
  return { user, token: session.token };
}

export function endSessionsOf(state: MockState, userId: number): void {
  for (const [token, session] of state.sessions) if (session.userId === userId) state.sessions.delete(token);
}
