import { afterEach, describe, expect, it, vi } from 'vitest';
import { authProvider } from '../../src/providers/authProvider';
import { clearSession, getToken, getUser } from '../../src/providers/session';

const USER = { id: 4, fullName: 'Rita Recruiter', role: 'recruiter', companyId: 1, locale: 'fr' } as const;

function stubApi(status = 200) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    const body = url.endsWith('/auth/login') ? { token: 'tok-abc', user: USER } : {};
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  clearSession();
  localStorage.clear();
});

describe('authProvider', () => {
  it('keeps the token in sessionStorage, never in localStorage', async () => {
    stubApi();
    await authProvider.login({ email: ' recruiter@acme.test ', password: 'demo' });
    expect(getToken()).toBe('tok-abc');
    expect(sessionStorage.getItem('turnover.token')).toBe('tok-abc');
    expect(JSON.stringify({ ...localStorage })).not.toContain('tok-abc');
    await expect(authProvider.checkAuth()).resolves.toBeUndefined();
    await expect(authProvider.getIdentity()).resolves.toEqual({
      id: 4,
      fullName: 'Rita Recruiter',
    });
    await expect(authProvider.getPermissions()).resolves.toEqual({ role: 'recruiter', companyId: 1 });
  });

  it('rejects checkAuth when signed out, and login on a refused password', async () => {
    await expect(authProvider.checkAuth()).rejects.toBeDefined();
    stubApi(401);
    await expect(authProvider.login({ email: 'x@y.test', password: 'nope' })).rejects.toMatchObject({
      status: 401,
    });
    expect(getToken()).toBeNull();
  });

  it('logs out on the server and forgets the session', async () => {
    const fetchMock = stubApi();
    await authProvider.login({ email: 'recruiter@acme.test', password: 'demo' });
    await authProvider.logout();
    expect(String(fetchMock.mock.calls[1][0])).toMatch(/\/api\/auth\/logout$/);
    expect(getToken()).toBeNull();
    expect(getUser()).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it('signs out at once when the server never answers, the sign-out request carrying the token it ends', async () => {
    stubApi();
    await authProvider.login({ email: 'recruiter@acme.test', password: 'demo' });
    const hanging = vi.fn(
      (_input: RequestInfo | URL, _init?: RequestInit) => new Promise<Response>(() => {}),
    );
    vi.stubGlobal('fetch', hanging);
    const outcome = await Promise.race([
      authProvider.logout().then(() => 'signed out'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting after 2 s'), 2000)),
    ]);
    expect(outcome).toBe('signed out');
    expect(getToken()).toBeNull();
    await vi.waitFor(() => expect(hanging).toHaveBeenCalledTimes(1));
    const [url, init] = hanging.mock.calls[0];
    expect(String(url)).toMatch(/\/api\/auth\/logout$/);
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer tok-abc');
  });

  it('ends the session on 401 only; a 403 keeps the user signed in', async () => {
    stubApi();
    await authProvider.login({ email: 'recruiter@acme.test', password: 'demo' });
    await expect(authProvider.checkError({ status: 403 })).rejects.toEqual({ logoutUser: false });
    expect(getToken()).toBe('tok-abc');
    await expect(authProvider.checkError({ status: 500 })).resolves.toBeUndefined();
    await expect(authProvider.checkError({ status: 404 })).resolves.toBeUndefined();
    await expect(authProvider.checkError({ status: 401 })).rejects.toBeDefined();
    expect(getToken()).toBeNull();
  });

  it('brings the English of the signed-in screens with sign-in, to a tab that opened signed out', async () => {
    // A fresh copy of the providers: the tab has not loaded the screens' words yet.
    vi.resetModules();
    const fresh = await import('../../src/providers/authProvider');
    const { buildI18nProvider } = await import('../../src/providers/i18nProvider');
    const i18n = await buildI18nProvider('en', { signedIn: false });
    expect(i18n.translate('app.login.submit')).toBe('Sign in');

    stubApi();
    await fresh.authProvider.login({ email: 'recruiter@acme.test', password: 'demo' });
    expect(i18n.translate('resources.candidates.name', { smart_count: 2 })).toBe('Candidates');
    expect(i18n.translate('app.dashboard.charts.funnel')).toBe('Applications funnel');
  });
});
