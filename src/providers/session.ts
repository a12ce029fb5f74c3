import type { AuthUser, Locale } from '../model/types';

/**
 * The signed-in session: the token lives in memory and in sessionStorage (so a reload keeps the
 * tab signed in), never in localStorage (a token there outlives the tab and leaks to other tabs).
 */
const TOKEN_KEY = 'turnover.token';
const USER_KEY = 'turnover.user';

let token: string | null = null;
let user: AuthUser | null = null;

function storage(): Storage | null {
  return typeof sessionStorage === 'undefined' ? null : sessionStorage;
}

export function getToken(): string | null {
  if (token === null) token = storage()?.getItem(TOKEN_KEY) ?? null;
  return token;
}

export function getUser(): AuthUser | null {
  if (user === null) {
    const raw = storage()?.getItem(USER_KEY);
    if (raw) {
      try {
        user = JSON.parse(raw) as AuthUser;
      } catch {
        user = null; // a tampered value is treated as signed out
      }
    }
  }
  return user;
}

export function setSession(newToken: string, newUser: AuthUser): void {
  token = newToken;
  user = newUser;
  storage()?.setItem(TOKEN_KEY, newToken);
  storage()?.setItem(USER_KEY, JSON.stringify(newUser));
}

export function setUserLocale(locale: Locale): void {
  const current = getUser();
  if (!current) return;
  user = { ...current, locale };
  storage()?.setItem(USER_KEY, JSON.stringify(user));
}

/** Forgets the session and everything the tab kept for it. */
export function clearSession(): void {
  token = null;
  user = null;
  storage()?.clear();
}

let onSignIn: (() => void) | undefined;

/** Runs `start` once, when the user presses "Sign in" (main.tsx: the code of the page they asked for). */
export function whenSigningIn(start: () => void): void {
  onSignIn = start;
}

/** The user pressed "Sign in" (authProvider.login). */
export function signingIn(): void {
  const start = onSignIn;
  onSignIn = undefined;
  start?.();
}

/**
 * Opens the login page straight away when the tab has no session (no token, or no readable user). Letting react-admin find out
 * (checkAuth fails, logout, navigate) makes its data router loop for a while on a slow machine.
 */
export function redirectToLoginIfSignedOut(): void {
  if ((getToken() && getUser()) || window.location.hash.startsWith('#/login')) return;
  // A token without a readable user (storage edited or half cleared) is no session either: checkAuth
  // fails on it, and the tab stayed blank for seconds while react-admin found that out. Only then is
  // there a session to forget: a tab that has none keeps what else it holds (the demo's tab id, by
  // which a reload finds its database still running; clearing it made every reload seed anew).
  if (getToken()) clearSession();
  window.history.replaceState(returnAfterLogin(window.location.hash), '', '#/login');
}

/**
 * The history state that sends the visitor back to `hash` once signed in: react-admin's login goes
 * to `nextPathname` + `nextSearch` of the location state, which react-router keeps under `usr`.
 */
function returnAfterLogin(hash: string): unknown {
  const [pathname, search] = hash.replace(/^#/, '').split(/(?=\?)/, 2);
  if (!pathname || pathname === '/') return window.history.state;
  return { usr: { nextPathname: pathname, nextSearch: search ?? '' }, key: 'default', idx: 0 };
}
