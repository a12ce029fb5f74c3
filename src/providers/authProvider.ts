import type { AuthProvider } from 'react-admin';
import { type Action, type Guarded, roleCan } from '../model/permissions';
import { type AuthUser, type LoginResponse, RESOURCES, type ResourceName } from '../model/types';
import { api } from './httpClient';
import { loadScreenStrings } from './i18nProvider';
import { clearSession, getToken, getUser, setSession, signingIn } from './session';

export interface LoginParams {
  email: string;
  password: string;
}

export interface Permissions {
  role: AuthUser['role'];
  companyId: AuthUser['companyId'];
}

/** Pages that are not resources, mapped to the permission that opens them. */
const PAGES: Record<string, [Guarded, Action]> = {
  dashboard: ['stats', 'list'],
  pipeline: ['applications', 'move'],
  // The scraping watch's companies: the same readers as its users.
  'scraping-watch-companies': ['scraping-watch', 'list'],
};

const ACTIONS = new Set<string>([
  'list',
  'show',
  'create',
  'edit',
  'delete',
  'export',
  'anonymise',
  'credits',
  'lock',
  'unlock',
  'move',
  'moderate',
]);

/** What the role matrix guards besides resources: statistics, recruiters' verdicts on matches. */
const GUARDED_NON_RESOURCES = new Set<string>([
  'stats',
  'match-feedback',
  'account-health',
  'usage',
  'scraping-watch',
]);

/** docs/roles-and-permissions.md for the UI: hide what the API would refuse. */
export function userCan(user: Pick<AuthUser, 'role'> | null, resource: string, action: string): boolean {
  if (!user) return false;
  const page = PAGES[resource];
  if (page) return roleCan(user.role, page[0], page[1]);
  // react-admin asks e.g. "clone" or "read"; map the ones it uses to ours.
  const normalized = action === 'read' ? 'show' : action === 'clone' ? 'create' : action;
  if (!ACTIONS.has(normalized)) return false;
  if (!GUARDED_NON_RESOURCES.has(resource) && !RESOURCES.includes(resource as ResourceName)) return false;
  return roleCan(user.role, resource as Guarded, normalized as Action);
}

const permissionsOf = (user: AuthUser): Permissions => ({ role: user.role, companyId: user.companyId });
const identityOf = (user: AuthUser) => ({ id: user.id, fullName: user.fullName });

/**
 * What the authProvider would answer react-admin's query `queryKey` with, known without waiting:
 * checkAuth, canAccess, getPermissions and getIdentity read the session the tab holds, never the
 * server (the API judges each call by its token, and a 401 ends the session: checkError). Asked
 * through React Query, each answer came a render later, and a page waited for them before asking
 * for its data: a list for checkAuth then its canAccess, the dashboard for the role. Signed out:
 * no answer, so checkAuth fails as it always did and the login page shows.
 */
export function sessionAnswer(queryKey: readonly unknown[]): { value: unknown } | undefined {
  if (queryKey[0] !== 'auth') return undefined;
  const user = getUser();
  if (!getToken() || !user) return undefined;
  const params = queryKey[2] as { resource?: unknown; action?: unknown } | undefined;
  switch (queryKey[1]) {
    case 'checkAuth':
      return { value: true };
    case 'getPermissions':
      return { value: permissionsOf(user) };
    case 'getIdentity':
      return { value: identityOf(user) };
    case 'canAccess':
      return typeof params?.resource === 'string' && typeof params.action === 'string'
        ? { value: userCan(user, params.resource, params.action) }
        : undefined;
    default:
      return undefined;
  }
}

interface HttpLikeError {
  status?: number;
  body?: { staleSession?: boolean };
}

export const authProvider = {
  async login({ email, password }: LoginParams) {
    signingIn();
    // The screens' words are fetched alongside the call, so the first screen never shows before them.
    const [{ json }] = await Promise.all([
      api<LoginResponse>('/auth/login', {
        method: 'POST',
        body: JSON.stringify({ email: email.trim(), password }),
      }),
      loadScreenStrings(),
    ]);
    setSession(json.token, json.user);
    // No redirectTo: react-admin then returns to the page the user was on when the session ended.
    return { user: json.user };
  },
  async logout() {
    if (getToken()) {
      // The server forgets the token, but signing out does not wait for its answer: a server that
      // is slow or never answers left the user signed in, the menu open, "Logout" doing nothing.
      // The request reads the token as it is sent, before the session is cleared below.
      api('/auth/logout', { method: 'POST' }).catch(() => undefined);
    }
    clearSession();
  },
  async checkAuth() {
    if (!getToken() || !getUser()) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error: HttpLikeError) {
    if (error?.status === 401) {
      // A late answer to a request of an earlier session must not sign out the one that followed.
      if (error.body?.staleSession) return;
      clearSession();
      throw new Error('ra.notification.logged_out');
    }
    // A 403 never ends the session (react-admin issue #5881): stay, and say "not allowed".
    if (error?.status === 403) throw { logoutUser: false };
  },
  async getIdentity() {
    const user = getUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return identityOf(user);
  },
  async getPermissions(): Promise<Permissions | null> {
    const user = getUser();
    return user ? permissionsOf(user) : null;
  },
  async canAccess({ resource, action }) {
    return userCan(getUser(), resource, action);
  },
} satisfies AuthProvider;
