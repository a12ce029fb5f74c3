import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { AuditLog, User } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

const users = () => getState().tables.users.rows as User[];
const recruiter = () => users().find((u) => u.email === DEMO.acme) as User;

async function openLockDialog() {
  const target = recruiter();
  const result = await renderPage(`/users/${target.id}/show`, { as: 'support' });
  await result.user.click(await screen.findByRole('button', { name: 'Lock' }));
  const dialog = await screen.findByRole('dialog', {
    name: `Lock the account of ${target.firstName} ${target.lastName}`,
  });
  const reason = within(dialog).getByRole('textbox', { name: /^Reason/ });
  const lock = within(dialog).getByRole('button', { name: 'Lock' });
  return { ...result, target, dialog, reason, lock };
}

describe('lock a user', () => {
  it('cannot lock without a reason', async () => {
    const { user, reason, lock, target } = await openLockDialog();
    expect(reason).toBeRequired();
    expect(lock).toBeDisabled();
    await user.type(reason, '  ');
    expect(lock).toBeDisabled();
    await user.type(reason, '{Enter}'); // submitting from the keyboard does not lock either
    expect(users().find((u) => u.id === target.id)?.status).toBe('active');
  });

  it('locks with a reason: audited, and the user can no longer sign in', async () => {
    const { user, reason, lock, target } = await openLockDialog();
    await user.type(reason, 'Shared account reported by the customer');
    await user.click(lock);
    expect(await screen.findByText('Account locked')).toBeInTheDocument();
    expect(users().find((u) => u.id === target.id)?.status).toBe('locked');
    // The page now offers to unlock instead.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Unlock' })).toBeInTheDocument());
    const entry = (getState().tables['audit-logs'].rows as AuditLog[]).at(-1);
    expect(entry).toMatchObject({
      action: 'user.lock',
      recordId: target.id,
      reason: 'Shared account reported by the customer',
    });
    const refused = await call<{ message: string }>('POST', '/api/auth/login', {
      email: DEMO.acme,
      password: 'demo',
    });
    expect(refused.status).toBe(401);
    expect(refused.body.message).toMatch(/locked/i);
  });

  it('unlocking asks for a reason too, then the user can sign in again', async () => {
    const target = recruiter();
    target.status = 'locked';
    const { user } = await renderAdmin(`/users/${target.id}/show`, { as: 'support' });
    await user.click(await screen.findByRole('button', { name: 'Unlock' }));
    const dialog = await screen.findByRole('dialog', { name: /Unlock the account of/ });
    const unlock = within(dialog).getByRole('button', { name: 'Unlock' });
    expect(unlock).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Invoice paid');
    await user.click(unlock);
    expect(await screen.findByText('Account unlocked')).toBeInTheDocument();
    expect(users().find((u) => u.id === target.id)?.status).toBe('active');
    expect((getState().tables['audit-logs'].rows as AuditLog[]).at(-1)).toMatchObject({
      action: 'user.unlock',
      reason: 'Invoice paid',
    });
  });
});

describe('a locked user', () => {
  it('is refused at the login page with a message that says the account is locked', async () => {
    recruiter().status = 'locked';
    const { user } = await renderPage('/', { as: null });
    await user.type(await screen.findByLabelText(/^Email/), DEMO.acme);
    await user.type(screen.getByLabelText(/^Password/), 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This account is locked. Contact support.');
  });

  it('is told so in French too: the API’s code says why, whatever the language of its message', async () => {
    recruiter().status = 'locked';
    const { user } = await renderPage('/', { as: null, locale: 'fr' });
    await user.type(await screen.findByLabelText(/^Adresse e-mail/), DEMO.acme);
    await user.type(screen.getByLabelText(/^Mot de passe/), 'demo');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ce compte est verrouillé. Contactez le support.',
    );
  });

  it('signed in when locked, is sent to the login page by their next request', async () => {
    const me = recruiter();
    // The app bar's Refresh button sends the next request: the whole app.
    const { user } = await renderAdmin(`/users/${me.id}/show`, { as: 'acme' });
    await screen.findByText(me.email);
    const support = await login(DEMO.support);
    expect((await call('POST', `/api/users/${me.id}/lock`, { reason: 'Fraud check' }, support)).status).toBe(
      200,
    );
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Password/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Refresh' })).toBeNull(); // the app is gone
  });
});
