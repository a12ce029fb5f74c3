import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getToken } from '../../src/providers/session';
import { call } from '../helpers/api';
import { renderAdmin } from '../helpers/renderAdmin';

describe('user menu', () => {
  it('switches to French and remembers the choice on the user', async () => {
    const { user } = await renderAdmin('/', { as: 'acme' });
    await user.click(await screen.findByRole('button', { name: /^Profile/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Language: Français' }));
    expect(await screen.findByRole('menuitem', { name: 'Tableau de bord' })).toBeInTheDocument();
    // The page says which language it is in, for screen readers' voices and the browser's tools.
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
    const me = await call<{ locale: string }>('GET', '/api/auth/me', undefined, getToken() ?? '');
    expect(me.body).toMatchObject({ locale: 'fr' });
  });

  it('gives the page the language the app starts in', async () => {
    document.documentElement.lang = 'en';
    await renderAdmin('/', { as: 'acme', locale: 'fr' });
    expect(await screen.findByRole('menuitem', { name: 'Tableau de bord' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
  });

  it('signs out when the API answers the language change with a 401, as any other request', async () => {
    server.use(
      http.patch('*/api/auth/me', () => HttpResponse.json({ message: 'Session expired' }, { status: 401 })),
    );
    const { user } = await renderAdmin('/', { as: 'acme' });
    await user.click(await screen.findByRole('button', { name: /^Profile/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Language: Français' }));
    expect(await screen.findByRole('button', { name: 'Se connecter' })).toBeInTheDocument();
    expect(getToken()).toBeNull();
  });

  it('toggles the dark theme', async () => {
    const { user } = await renderAdmin('/', { as: 'sales' });
    await user.click(await screen.findByRole('button', { name: /^Profile/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Dark theme' }));
    expect(screen.getByRole('menuitem', { name: 'Light theme' })).toBeInTheDocument();
  });

  it('logs out to the login page and forgets the token', async () => {
    const { user } = await renderAdmin('/', { as: 'support' });
    await user.click(await screen.findByRole('button', { name: /^Profile/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Logout' }));
    expect(await screen.findByLabelText(/^Email/)).toBeInTheDocument();
    expect(getToken()).toBeNull();
    expect(sessionStorage.getItem('turnover.token')).toBeNull();
  });
});
