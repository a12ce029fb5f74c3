import { afterEach, describe, expect, it } from 'vitest';
import { clearSession, getToken, redirectToLoginIfSignedOut } from '../../src/providers/session';

const USER = { id: 4, fullName: 'Rita Recruiter', role: 'recruiter', companyId: 1, locale: null };

/** A reloaded tab: the module has read nothing yet, sessionStorage holds what the tab kept. */
function reloadedTab(stored: Record<string, string>, hash: string) {
  clearSession();
  for (const [key, value] of Object.entries(stored)) sessionStorage.setItem(key, value);
  window.history.replaceState(null, '', hash);
}

afterEach(() => {
  clearSession();
  window.history.replaceState(null, '', '#/');
});

describe('redirectToLoginIfSignedOut', () => {
  it('leaves a signed-in tab where it is', () => {
    reloadedTab({ 'turnover.token': 'tok', 'turnover.user': JSON.stringify(USER) }, '#/offers');
    redirectToLoginIfSignedOut();
    expect(window.location.hash).toBe('#/offers');
    expect(getToken()).toBe('tok');
  });

  it('opens the login page for a tab with no session, and leaves what else the tab keeps', () => {
    reloadedTab({ 'turnover.mock.tab': 'tab-1' }, '#/offers');
    redirectToLoginIfSignedOut();
    expect(window.location.hash).toBe('#/login');
    // The demo's tab id (mocks/database.ts): a reload finds the tab's running database by it.
    expect(sessionStorage.getItem('turnover.mock.tab')).toBe('tab-1');
  });

  it.each([
    ['no user', { 'turnover.token': 'tok' }],
    ['an unreadable user', { 'turnover.token': 'tok', 'turnover.user': '{not json' }],
  ])('opens the login page at once for a token with %s, and forgets the token', (_, stored) => {
    reloadedTab(stored, '#/offers');
    redirectToLoginIfSignedOut();
    expect(window.location.hash).toBe('#/login');
    expect(window.history.state).toMatchObject({ usr: { nextPathname: '/offers' } });
    expect(sessionStorage.getItem('turnover.token')).toBeNull();
  });
});
