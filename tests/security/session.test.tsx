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

describe('session storage', () => {
  it('after browsing, the token is in memory and sessionStorage only, never in localStorage', async () => {
    await renderAdmin('/offers', { as: 'acme' });
    await screen.findByRole('button', { name: /^Profile/ });
    const token = getToken() as string;
    expect(token).toBeTruthy();
    expect(sessionStorage.getItem('turnover.token')).toBe(token);
    const local = Object.keys(localStorage).map((key) => localStorage.getItem(key) ?? '');
    expect(local.some((value) => value.includes(token))).toBe(false);
  });

  it('logout empties the query cache, the react-admin store and sessionStorage', async () => {
    const { user, queryClient } = await renderAdmin('/offers', { as: 'acme' });
    await waitFor(() =>
      expect(
        queryClient
          .getQueryCache()
          .findAll({ queryKey: ['offers'] })
          .some((q) => q.state.data !== undefined),
      ).toBe(true),
    );
    await user.click(await screen.findByRole('button', { name: /^Profile/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Logout' }));
    expect(await screen.findByLabelText(/^Email/)).toBeInTheDocument();
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

describe('rate limit in the UI: a wait, not an error', () => {
  const tooMany = (retryAfter: string) =>
    HttpResponse.json(
      { message: 'Too many requests: wait before searching again' },
      { status: 429, headers: { 'Retry-After': retryAfter, 'Cache-Control': 'no-store' } },
    );
  /** react-admin's snackbar for error notifications (red). */
  const redSnackbars = () => document.querySelectorAll('.RaNotification-error');

  it('a list refused for a second says so with the seconds, then loads by itself', async () => {
    let refused = 0;
    server.use(
      http.get(
        '*/api/offers',
        () => {
          refused++;
          return tooMany('1');
        },
        { once: true },
      ),
    );
    await renderAdmin('/offers', { as: 'acme' });
    const notice = await screen.findByText(
      /Too many requests in a short time: trying again by itself in 1 second/,
    );
    expect(notice.closest('.MuiAlert-root')).toHaveClass('MuiAlert-colorInfo');
    // Nobody clicked anything: the rows arrive once the wait is over.
    await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(1));
    expect(refused).toBe(1);
    expect(redSnackbars()).toHaveLength(0);
    expect(getToken()).toBeTruthy(); // a rate limit is no reason to end the session
  });

  it('a long wait is shown as a warning with the minutes to wait, never as a red error', async () => {
    server.use(http.get('*/api/offers', () => tooMany('900')));
    const { queryClient, user } = await renderAdmin('/offers', { as: 'acme' });
    const notice = await screen.findByText(
      /Too many requests in a short time: wait 15 minutes before trying again/,
    );
    expect(notice.closest('.MuiAlert-root')).toHaveClass('MuiAlert-colorWarning');
    expect(notice.closest('[role="status"]')).not.toBeNull();
    // The list has failed (react-admin notifies its failures then); once the notice is dismissed,
    // no red error about the same refusal takes its place.
    await waitFor(() =>
      expect(queryClient.getQueryCache().findAll({ queryKey: ['offers'] })[0]?.state.status).toBe('error'),
    );
    await user.click(document.body);
    await waitFor(() => expect(notice).not.toBeInTheDocument());
    expect(redSnackbars()).toHaveLength(0);
    expect(screen.queryByText(/server error|internal/i)).toBeNull();
    expect(getToken()).toBeTruthy();
  });
});
