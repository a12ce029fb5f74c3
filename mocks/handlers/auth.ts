import type { Locale, User } from '../../src/model/types';
import { authUser, login } from '../domain/accounts/auth';
import { invalid } from '../domain/api/errors';
import { msg } from '../domain/api/translate';
import { ok, publicRoute, route } from './http';

const field = (body: unknown, name: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;

export const authHandlers = [
  publicRoute('post', '/api/auth/login', ({ state, body, client }) =>
    ok(login(state, field(body, 'email'), field(body, 'password'), client)),
  ),
  route('get', '/api/auth/me', ({ user }) => ok(authUser(user))),
  route('post', '/api/auth/logout', ({ state, token }) => {
    if (token) state.sessions.delete(token);
    return { status: 204 };
  }),
  route('patch', '/api/auth/me', ({ user, body }) => {
    const locale = field(body, 'locale');
    if (locale !== null && locale !== 'fr' && locale !== 'en')
      throw invalid({ locale: msg('locale_choice') });
    const stored: User = user;
    stored.locale = locale as Locale | null;
    stored.version += 1;
    return ok(authUser(stored));
  }),
];
