import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { DEMO_PASSWORD } from '../../src/config';
import { authProvider } from '../../src/providers/authProvider';
import { clearSession, getToken } from '../../src/providers/session';
import { captureDownloads } from '../helpers/downloads';
import { renderPage } from '../helpers/renderAdmin';

/**
 * "Export all" downloads its file with a fetch of its own (a stream), outside the data provider: its
 * 401 must end the session as any other request's does, under the same rule for late answers.
 */
const refuseExport = (gate: Promise<void> = Promise.resolve()) =>
  server.use(
    http.get('*/api/exports/offers', async () => {
      await gate;
      return HttpResponse.json({ message: 'Invalid or ended session' }, { status: 401 });
    }),
  );

describe('a 401 to the export', () => {
  it('signs the user out, as a 401 to any other request does', async () => {
    captureDownloads();
    refuseExport();
    const { user } = await renderPage('/offers', { as: 'acme' });
    await user.click(await screen.findByRole('button', { name: 'Export all' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(getToken()).toBeNull();
  });

  it('sent under an earlier session, keeps whoever signed in since', async () => {
    const downloads = captureDownloads();
    let answer = () => {};
    refuseExport(
      new Promise<void>((resolve) => {
        answer = resolve;
      }),
    );
    const { user } = await renderPage('/offers', { as: 'acme' });
    await user.click(await screen.findByRole('button', { name: 'Export all' }));
    await screen.findByRole('dialog', { name: 'Exporting Offers' });
    // Meanwhile the tab signs out and someone else signs in.
    clearSession();
    await authProvider.login({ email: 'recruiter@globex.test', password: DEMO_PASSWORD });
    const current = getToken();
    answer();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Exporting Offers' })).toBeNull());
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
    expect(getToken()).toBe(current);
    expect(downloads.blobs).toEqual([]);
  });
});
