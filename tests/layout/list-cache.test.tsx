import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { createQueryClient } from '../../src/providers/queryClient';
import { renderAdmin } from '../helpers/renderAdmin';

/** Lists keep their pages fresh for a while and fetch the next page ahead (issue 9). */

/** The `range` of every GET /api/companies the app sends. */
function recordCompanyRanges(): string[] {
  const ranges: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname.endsWith('/api/companies'))
      ranges.push(url.searchParams.get('range') ?? '');
  });
  return ranges;
}

function appQueryClient() {
  const client = createQueryClient(); // what the app uses, without retries for a quick failure
  client.setDefaultOptions({ queries: { retry: false } });
  return client;
}

afterEach(() => server.events.removeAllListeners());

describe('list pages', () => {
  it('fetch the next page ahead, so "next page" shows it without asking the server again', async () => {
    const ranges = recordCompanyRanges();
    const { user } = await renderAdmin('/companies', { as: 'sales', queryClient: appQueryClient() });
    expect(await screen.findByText(/^1-10 of \d+$/)).toBeInTheDocument();
    await waitFor(() => expect(ranges).toContain('[10,19]'));

    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(await screen.findByText(/^11-\d+ of \d+$/)).toBeInTheDocument();
    expect(ranges.filter((range) => range === '[10,19]')).toHaveLength(1);
  });

  it('show the cached page, without a new request, when the user comes back to them soon', async () => {
    const ranges = recordCompanyRanges();
    const { user } = await renderAdmin('/companies', { as: 'sales', queryClient: appQueryClient() });
    expect(await screen.findByText(/^1-10 of \d+$/)).toBeInTheDocument();
    await user.click(screen.getByRole('menuitem', { name: 'Dashboard' }));
    await screen.findByText('You are signed in as: Sales');

    await user.click(screen.getByRole('menuitem', { name: 'Companies' }));
    expect(await screen.findByText(/^1-10 of \d+$/)).toBeInTheDocument();
    expect(ranges.filter((range) => range === '[0,9]')).toHaveLength(1);
  });
});
