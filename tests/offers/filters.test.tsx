import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { User } from '../../src/model/types';
import { ACME } from '../api/fixtures';
import { autocompleteFilter, chooseFilter, typeFilter } from '../helpers/filters';
import { renderPage } from '../helpers/renderAdmin';
import { listCalls, recordRequests } from './requests';

/** The offer filters, set through the filter form, reach the API as one list query. */

describe('offer list filters', () => {
  it('sends contract type, remote, country and city, skills, salary range and recruiter', async () => {
    const colleague = (getState().tables.users.rows as User[]).find(
      (u) => u.companyId === ACME && u.role === 'recruiter' && u.email === 'helene.michel@acme.test',
    ) as User;
    const sent = recordRequests();
    const { user } = await renderPage('/offers', { as: 'acme' });
    await screen.findByText(/^1-25 of [\d,]+$/);
    // The filter form re-renders when its debounced query goes out: let each one land first.
    const sentWith = (key: string) =>
      waitFor(() => expect(listCalls(sent, 'offers').at(-1)?.filter).toHaveProperty(key));
    await chooseFilter(user, 'Contract', 'Permanent');
    await sentWith('contractType');
    await chooseFilter(user, 'Remote', 'Fully remote');
    await sentWith('remote');
    await chooseFilter(user, 'Country', 'United Kingdom');
    await sentWith('country');
    await typeFilter(user, 'City', 'London');
    await sentWith('city');
    await autocompleteFilter(user, 'Skills', 'Reac', 'React');
    await sentWith('skills');
    await typeFilter(user, 'Salary from', '40000');
    await sentWith('salaryMin_gte');
    await typeFilter(user, 'Salary up to', '60000');
    await sentWith('salaryMax_lte');
    const name = `${colleague.firstName} ${colleague.lastName}`;
    await autocompleteFilter(user, 'Recruiter', colleague.lastName, name);
    await waitFor(() =>
      expect(listCalls(sent, 'offers').at(-1)?.filter).toEqual({
        contractType: 'permanent',
        remote: 'full',
        country: 'GB',
        city: 'London',
        skills: ['React'],
        salaryMin_gte: 40000,
        salaryMax_lte: 60000,
        recruiterId: colleague.id,
      }),
    );
  });

  it('refuses a decimal salary under the field, keeping what was typed, and sends the whole number once corrected', async () => {
    const sent = recordRequests();
    const { user } = await renderPage('/offers', { as: 'acme' });
    const unfiltered = (await screen.findByText(/^1-25 of [\d,]+$/)).textContent as string;
    await typeFilter(user, 'Salary up to', '60000.5');
    const input = screen.getByLabelText('Salary up to', { selector: 'input' });
    await waitFor(() => expect(input).toHaveAccessibleDescription('Enter a whole number (no decimals)'));
    expect(input).toHaveValue(60000.5);
    await user.clear(input);
    await user.type(input, '60000');
    await waitFor(() => expect(listCalls(sent, 'offers').at(-1)?.filter).toEqual({ salaryMax_lte: 60000 }));
    expect(listCalls(sent, 'offers').filter((list) => list.filter?.salaryMax_lte === 60000.5)).toEqual([]);
    // The filtered list is shown (its answer is in before the test ends), with no error.
    await waitFor(() => expect(screen.queryByText(unfiltered)).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a decimal salary that comes with the address under the field, and lists with the other filters only', async () => {
    const sent = recordRequests();
    const filter = encodeURIComponent(JSON.stringify({ salaryMin_gte: 40000.5, country: 'FR' }));
    await renderPage(`/offers?filter=${filter}`, { as: 'acme' });
    const input = await screen.findByLabelText('Salary from', { selector: 'input' });
    await waitFor(() => expect(input).toHaveAccessibleDescription('Enter a whole number (no decimals)'));
    expect(input).toHaveValue(40000.5);
    await waitFor(() => expect(listCalls(sent, 'offers').at(-1)?.filter).toEqual({ country: 'FR' }));
    expect(listCalls(sent, 'offers').filter((list) => list.filter?.salaryMin_gte !== undefined)).toEqual([]);
    expect(await screen.findByText(/^1-\d+ of [\d,]+$/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('sends the "published" quick filter and pages with it', async () => {
    const sent = recordRequests();
    const { user } = await renderPage('/offers', { as: 'admin' });
    await screen.findByText(/^1-25 of [\d,]+$/);
    await user.click(screen.getByRole('button', { name: 'Published' }));
    await waitFor(() => expect(listCalls(sent, 'offers').at(-1)?.filter).toEqual({ status: 'published' }));
    await user.click(await screen.findByRole('button', { name: 'Go to page 2' }));
    await waitFor(() => expect(listCalls(sent, 'offers').at(-1)?.range).toEqual([25, 49]));
    expect(listCalls(sent, 'offers').at(-1)?.filter).toEqual({ status: 'published' });
    // Page 2 is shown: no request is left on its way when the test ends.
    expect(await screen.findByText(/^26-50 of [\d,]+$/)).toBeInTheDocument();
  });
});
