import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { Company } from '../../src/model/types';
import { renderPage } from '../helpers/renderAdmin';

/**
 * Issue 10: the production API is API Platform. Its 422 `violations[]` land under the fields they
 * name and its problem+json `detail` is what the user reads, with what was typed kept.
 */
const stored = () => getState().tables.companies.get(3) as Company;
const PROBLEM = { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' };

async function editCity(value: string) {
  const result = await renderPage('/companies/3', { as: 'support' });
  const city = (await screen.findByLabelText(/^City/)) as HTMLInputElement;
  await waitFor(() => expect(city.value).toBe(stored().city));
  await result.user.clear(city);
  await result.user.type(city, value);
  await result.user.click(screen.getByRole('button', { name: 'Save' }));
  return city;
}

describe('API Platform error shapes in the UI', () => {
  it('422 violations show under the fields they name; the typed value stays and nothing is saved', async () => {
    const before = structuredClone(stored());
    server.use(
      http.put('*/api/companies/:id', () =>
        HttpResponse.json(
          {
            type: '/validation_errors/x',
            title: 'An error occurred',
            detail: 'city: This city is not served.\nwebsite: This value is not a valid URL.',
            violations: [
              { propertyPath: 'city', message: 'This city is not served.', code: 'c1' },
              { propertyPath: 'website', message: 'This value is not a valid URL.', code: 'c2' },
            ],
          },
          { status: 422, headers: PROBLEM },
        ),
      ),
    );
    const city = await editCity('Atlantis');
    expect(await screen.findByText('This city is not served.')).toBeInTheDocument();
    expect(city).toHaveAccessibleDescription(/This city is not served\./);
    expect(screen.getByLabelText(/^Website/)).toHaveAccessibleDescription(/This value is not a valid URL\./);
    expect(city.value).toBe('Atlantis');
    expect(stored()).toEqual(before);
  });

  it('a problem+json refusal says its detail, not a generic error', async () => {
    server.use(
      http.put('*/api/companies/:id', () =>
        HttpResponse.json(
          {
            type: '/errors/403',
            title: 'Forbidden',
            detail: 'Access Denied: this account is frozen by billing.',
          },
          { status: 403, headers: PROBLEM },
        ),
      ),
    );
    const city = await editCity('Lyon');
    expect(await screen.findByText(/this account is frozen by billing/)).toBeInTheDocument();
    expect(city.value).toBe('Lyon');
  });
});
