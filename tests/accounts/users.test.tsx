import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { User } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

const users = () => getState().tables.users.rows as User[];
const byEmail = (email: string) => users().find((u) => u.email === email) as User;

describe('access changes the API would refuse are not offered', () => {
  it('nobody is offered to lock themselves', async () => {
    await renderAdmin(`/users/${byEmail(DEMO.support).id}/show`, { as: 'support' });
    expect(await screen.findByText('You cannot lock your own account')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lock' })).toBeNull();
  });

  it('support is offered neither lock nor edit on an admin', async () => {
    const admin = byEmail(DEMO.admin);
    await renderPage(`/users/${admin.id}/show`, { as: 'support' });
    expect(await screen.findByText(admin.email)).toBeInTheDocument();
    // The same page offers both on a recruiter, so their absence here is the rule, not a delay.
    expect(screen.queryByRole('button', { name: 'Lock' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
  });

  it('the last active admin cannot change their role nor delete themselves', async () => {
    byEmail('nathalie.roche@backoffice.test').status = 'locked'; // the seed's other admin
    const me = byEmail(DEMO.admin);
    await renderPage(`/users/${me.id}`, { as: 'admin' });
    const role = await screen.findByRole('combobox', { name: /^Role/ });
    await waitFor(() => expect(role).toHaveAttribute('aria-disabled', 'true'));
    expect(
      screen.getByText('The last active admin cannot be locked, demoted or deleted'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });

  it('an admin may delete another user, after a confirmation; support changes no role', async () => {
    const target = byEmail('emily.clarke@backoffice.test');
    const { user, unmount } = await renderPage(`/users/${target.id}`, { as: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(getState().tables.users.get(target.id)).toBeUndefined());
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull(); // pessimistic: no undo window
    unmount();

    const recruiter = byEmail(DEMO.globex);
    await renderPage(`/users/${recruiter.id}`, { as: 'support' });
    const role = await screen.findByRole('combobox', { name: /^Role/ });
    expect(role).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('Only an admin can change a role')).toBeInTheDocument();
  });
});

describe('two editors of one user', () => {
  it('the second save shows the conflict dialog; keeping mine saves over the new version', async () => {
    const target = byEmail(DEMO.globex);
    const { user } = await renderPage(`/users/${target.id}`, { as: 'support' });
    const lastName = (await screen.findByRole('textbox', { name: /^Last name/ })) as HTMLInputElement;
    await waitFor(() => expect(lastName.value).toBe(target.lastName));
    const admin = await login(DEMO.admin);
    const stored = (await call<User>('GET', `/api/users/${target.id}`, undefined, admin)).body;
    expect(
      (await call('PUT', `/api/users/${target.id}`, { ...stored, firstName: 'Camille' }, admin)).status,
    ).toBe(200);
    await user.clear(lastName);
    await user.type(lastName, 'Durand');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: /someone else changed/i });
    expect(within(dialog).getByRole('row', { name: /First name/ })).toHaveTextContent('Camille');
    expect(within(dialog).getByRole('row', { name: /Last name/ })).toHaveTextContent('Durand');
    expect(getState().tables.users.get(target.id)?.lastName).toBe(target.lastName);
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() =>
      expect(getState().tables.users.get(target.id)).toMatchObject({
        firstName: 'Camille',
        lastName: 'Durand',
      }),
    );
  });
});

describe('an invitation’s e-mail', () => {
  it('a lookalike address is refused under the field before anything is sent, what was typed kept', async () => {
    const { user } = await renderPage('/users/create', { as: 'support' });
    const before = users().length;
    const email = await screen.findByRole('textbox', { name: /^Email/ });
    await user.type(screen.getByRole('textbox', { name: /^First name/ }), 'Mallory');
    await user.type(screen.getByRole('textbox', { name: /^Last name/ }), 'Lookalike');
    // A Cyrillic "і" in place of the Latin "i".
    await user.type(email, 'recru\u0456ter@acme.test');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Must be a valid email')).toBeInTheDocument();
    expect(email).toHaveValue('recru\u0456ter@acme.test');
    expect(users()).toHaveLength(before);
  });
});
