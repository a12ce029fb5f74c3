import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { call } from '../helpers/api';
import { renderAdmin } from '../helpers/renderAdmin';

describe('login page', () => {
  it('opens for a signed-out visitor, lists the demo accounts and signs in', async () => {
    const { user } = await renderAdmin('/', { as: null });
    const email = await screen.findByLabelText(/^Email/);
    expect(screen.getByLabelText(/^Password/)).toHaveAttribute('type', 'password');
    await user.click(screen.getByText('recruiter@acme.test'));
    expect(email).toHaveValue('recruiter@acme.test');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('menuitem', { name: 'Pipeline' })).toBeInTheDocument();
  });

  it('returns a signed-out visitor to the page they opened once signed in', async () => {
    const { user } = await renderAdmin('/offers?perPage=10', { as: null });
    await user.type(await screen.findByLabelText(/^Email/), 'recruiter@acme.test');
    await user.type(screen.getByLabelText(/^Password/), 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Offers' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/offers?perPage=10');
  });

  it('says when the password is wrong', async () => {
    const { user } = await renderAdmin('/', { as: null });
    await user.type(await screen.findByLabelText(/^Email/), 'sales@backoffice.test');
    await user.type(screen.getByLabelText(/^Password/), 'not-the-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
  });

  it('says how long to wait once the account is rate-limited', async () => {
    // Five failures straight at the API (faster than through the form); the sixth try is the user's.
    for (let attempt = 0; attempt < 5; attempt++) {
      await call('POST', '/api/auth/login', {
        email: 'support@backoffice.test',
        password: `wrong-${attempt}`,
      });
    }
    const { user } = await renderAdmin('/', { as: null });
    await user.type(await screen.findByLabelText(/^Email/), 'support@backoffice.test');
    await user.type(screen.getByLabelText(/^Password/), 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Too many failed attempts\. Try again in \d+ minutes?/,
    );
  });

  it('is in French for a French visitor', async () => {
    await renderAdmin('/', { as: null, locale: 'fr' });
    expect(await screen.findByLabelText(/^Adresse e-mail/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Se connecter' })).toBeInTheDocument();
  });
});
