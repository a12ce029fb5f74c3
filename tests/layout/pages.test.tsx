import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { call, listQuery, login } from '../helpers/api';
import { renderAdmin } from '../helpers/renderAdmin';

async function firstOfferIdOf(email: string): Promise<number> {
  const token = await login(email);
  const response = await call<Array<{ id: number }>>(
    'GET',
    `/api/offers${listQuery({ range: [0, 0] })}`,
    undefined,
    token,
  );
  return response.body[0].id;
}

describe('pages and routes', () => {
  it('shows a not-found page when a recruiter opens another company’s record', async () => {
    const globexOffer = await firstOfferIdOf('recruiter@globex.test');
    await renderAdmin(`/offers/${globexOffer}/show`, { as: 'acme' });
    expect(await screen.findByRole('heading', { name: 'Page not found', level: 1 })).toBeInTheDocument();
  });

  it('shows the recruiter’s own record', async () => {
    const acmeOffer = await firstOfferIdOf('recruiter@acme.test');
    const reference = (
      await call<{ reference: string }>(
        'GET',
        `/api/offers/${acmeOffer}`,
        undefined,
        await login('recruiter@acme.test'),
      )
    ).body.reference;
    await renderAdmin(`/offers/${acmeOffer}/show`, { as: 'acme' });
    expect(await screen.findByText(reference)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Page not found', level: 1 })).not.toBeInTheDocument();
  });

  it('shows a not-found page for an unknown route', async () => {
    await renderAdmin('/no-such-page', { as: 'sales' });
    expect(await screen.findByRole('heading', { name: 'Page not found', level: 1 })).toBeInTheDocument();
  });

  it('keeps a sales user signed in on a forbidden page and says so', async () => {
    await renderAdmin('/candidates', { as: 'sales' });
    expect(await screen.findByRole('heading', { name: 'Not allowed', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Offers' })).toBeInTheDocument();
  });

  it('lists a resource with server-side paging', async () => {
    await renderAdmin('/companies', { as: 'sales' });
    expect(await screen.findByText(/^1-10 of \d+$/)).toBeInTheDocument();
  });

  it('welcomes the user by name and role on the dashboard', async () => {
    await renderAdmin('/', { as: 'support' });
    expect(await screen.findByText('You are signed in as: Support')).toBeInTheDocument();
  });
});
