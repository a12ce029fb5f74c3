import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authProvider, sessionAnswer } from '../../src/providers/authProvider';
import { createQueryClient } from '../../src/providers/queryClient';
import { clearSession, setSession } from '../../src/providers/session';
import { renderAdmin } from '../helpers/renderAdmin';

/**
 * A tab that holds a session (a reload) shows its page's data without waiting for react-admin's
 * auth checks, which read that session and not the server; a tab without one still gets the login
 * page, and the answers are the role's own.
 */
function appQueryClient() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  return client;
}

afterEach(() => {
  vi.restoreAllMocks();
  clearSession();
});

describe('auth checks of a signed-in tab', () => {
  it('do not hold the first page back: its rows show though the authProvider has not answered', async () => {
    // Answers that never come: whatever still shows was asked for without waiting for them.
    const never = () => new Promise<never>(() => undefined);
    vi.spyOn(authProvider, 'checkAuth').mockImplementation(never);
    vi.spyOn(authProvider, 'canAccess').mockImplementation(never);
    vi.spyOn(authProvider, 'getPermissions').mockImplementation(never);
    await renderAdmin('/candidates', { as: 'acme', queryClient: appQueryClient() });
    expect(await screen.findByText(/^1-25 of \d+$/)).toBeInTheDocument();
    expect(screen.getAllByRole('row').length).toBeGreaterThan(2);
    // The menu shows what the role may open, and no more.
    expect(screen.getByRole('menuitem', { name: 'Candidates' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Audit log' })).not.toBeInTheDocument();
  });

  it('are the role’s own answers, and none without a session', () => {
    expect(sessionAnswer(['auth', 'checkAuth', {}])).toBeUndefined();
    expect(sessionAnswer(['auth', 'canAccess', { resource: 'candidates', action: 'list' }])).toBeUndefined();
    setSession('tok', { id: 4, fullName: 'Rita Recruiter', role: 'recruiter', companyId: 1, locale: 'en' });
    expect(sessionAnswer(['auth', 'checkAuth', {}])).toEqual({ value: true });
    expect(sessionAnswer(['auth', 'getPermissions', {}])).toEqual({
      value: { role: 'recruiter', companyId: 1 },
    });
    expect(sessionAnswer(['auth', 'getIdentity'])).toEqual({ value: { id: 4, fullName: 'Rita Recruiter' } });
    expect(sessionAnswer(['auth', 'canAccess', { resource: 'candidates', action: 'list' }])).toEqual({
      value: true,
    });
    expect(sessionAnswer(['auth', 'canAccess', { resource: 'audit-logs', action: 'list' }])).toEqual({
      value: false,
    });
    // Anything else is asked of the server as before.
    expect(sessionAnswer(['candidates', 'getList', {}])).toBeUndefined();
  });

  it('still end in the login page when the tab has no session', async () => {
    await renderAdmin('/candidates', { as: null, queryClient: appQueryClient() });
    expect(await screen.findByLabelText(/email/i)).toBeInTheDocument();
    expect(screen.queryByText(/^1-25 of \d+$/)).not.toBeInTheDocument();
  });
});
