import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getToken } from '../../src/providers/session';
import { createStore } from '../../src/providers/store';
import { renderAdmin } from '../helpers/renderAdmin';

/**
 * Issue 10, session and anti-scraping as the user meets them: what the tab keeps, what logout
 * forgets, and how a rate limit reads on screen.
 */
const SLOW = { timeout: 30_000 };

describe('session storage', { timeout: 60_000 }, () => {
  it('after browsing, the token is in memory and sessionStorage only, never in localStorage', async () => {
    await renderAdmin('/offers', { as: 'acme' });
    await screen.findByRole('button', { name: /^Profile/ }, SLOW);
    const token = getToken() as string;
    expect(token).toBeTruthy();
    expect(sessionStorage.getItem('turnover.token')).toBe(token);
    const local = Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? '');
    expect(local.some((value) => value.includes(token))).toBe(false);
  });

  it('logout empties the query cache, the react-admin store and sessionStorage', async () => {
    const { user, queryClient } = await renderAdmin('/offers', { as: 'acme' });
    await waitFor(
      () =>
        expect(
          queryClient
            .getQueryCache()
            .findAll({ queryKey: ['offers'] })
            .some((q) => q.state.data !== undefined),
        ).toBe(true),
      SLOW,
    );
    await user.click(await screen.findByRole('button', { name: /^Profile/ }, SLOW));
    await user.click(screen.getByRole('menuitem', { name: 'Logout' }));
    expect(await screen.findByLabelText(/^Email/, {}, SLOW)).toBeInTheDocument();
    // No offer, candidate or user record survives in memory for the next person at this computer.
    await waitFor(() =>
      expect(
        queryClient
          .getQueryCache()
          .getAll()
          .filter((query) => query.state.data !== undefined && query.queryKey[0] !== 'auth'),
      ).toEqual([]),
    );
    expect(sessionStorage.length).toBe(0);
    expect(getToken()).toBeNull();
  });
});

describe('react-admin store (localStorage) at logout', () => {
  it('reset forgets list params, saved queries and selections, keeping only the theme', () => {
    const store = createStore();
    store.setup();
    store.setItem('offers.listParams', { filter: { q: 'java' } });
    store.setItem('candidates.selectedIds', [1, 2]);
    store.setItem('theme', 'dark');
    store.reset();
    expect(store.getItem('offers.listParams')).toBeUndefined();
    expect(store.getItem('candidates.selectedIds')).toBeUndefined();
    expect(store.getItem('theme')).toBe('dark');
    expect(JSON.stringify(localStorage)).not.toMatch(/java|selectedIds/);
  });
});

describe('rate limit in the UI', () => {
  it('a 429 on a list says how long to wait, not a bare server error', async () => {
    server.use(
      http.get('*/api/offers', () =>
        HttpResponse.json(
          { message: 'Too many requests: wait before searching again' },
          { status: 429, headers: { 'Retry-After': '90', 'Cache-Control': 'no-store' } },
        ),
      ),
    );
    await renderAdmin('/offers', { as: 'acme' });
    expect(await screen.findByText(/Try again in 2 minutes/, {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByText(/server error|internal/i)).toBeNull();
    // Still signed in: a rate limit is not a reason to end the session.
    expect(getToken()).toBeTruthy();
  });
});
