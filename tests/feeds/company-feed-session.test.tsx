import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getToken } from '../../src/providers/session';
import { renderAdmin } from '../helpers/renderAdmin';

describe('a company’s feed tab, when the session has ended', () => {
  it('signs out when the API answers the feed run with a 401, as any other request', async () => {
    server.use(
      http.post('*/api/companies/:id/feed-imports', () =>
        HttpResponse.json({ message: 'Session expired' }, { status: 401 }),
      ),
    );
    const { user } = await renderAdmin('/companies/1/show/feed', { as: 'support' });
    await user.click(await screen.findByRole('button', { name: 'Run the stored feed' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(getToken()).toBeNull();
  });
});
