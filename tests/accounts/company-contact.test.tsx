import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { Company } from '../../src/model/types';
import { renderPage } from '../helpers/renderAdmin';
import { recordRequests } from '../offers/requests';

const stored = (id: number) => getState().tables.companies.get(id) as Company;

/** The edit form of company 7 as support, once the record is in the inputs. */
async function openEdit(id = 7) {
  const result = await renderPage(`/companies/${id}`, { as: 'support' });
  const section = await screen.findByRole('heading', { name: 'Contact and billing' });
  const street = screen.getByRole('textbox', { name: 'Street address' }) as HTMLInputElement;
  await waitFor(() => expect(street.value).toBe(stored(id).billingAddress?.street));
  const input = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
  /** Clears a field, then types its new value. */
  const retype = async (name: string, text: string) => {
    await result.user.clear(input(name));
    await result.user.type(input(name), text);
  };
  return { ...result, section, street, input, retype };
}

describe('company contact and billing details', () => {
  it('support edits the contact person and the billing address in their section; the overview shows them', async () => {
    const { user, retype, section } = await openEdit();
    expect(section.tagName).toBe('H2');
    await retype('Contact person', 'Jeanne Martin');
    await retype('Contact email', 'jeanne.martin@example.fr');
    await retype('Street address', '8 rue Pasteur');
    await retype('Postcode', '69007');
    await retype('Town or city', 'Lyon');
    await user.click(screen.getByRole('combobox', { name: 'Country' }));
    await user.click(await screen.findByRole('option', { name: 'France' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(stored(7).contactName).toBe('Jeanne Martin'));
    expect(stored(7)).toMatchObject({
      contactEmail: 'jeanne.martin@example.fr',
      billingAddress: { street: '8 rue Pasteur', postcode: '69007', city: 'Lyon', country: 'FR' },
    });
    const address = await screen.findByText(/8 rue Pasteur/);
    expect(address.closest('address')).toHaveTextContent('8 rue Pasteur69007 LyonFrance');
    expect(screen.getByRole('link', { name: 'jeanne.martin@example.fr' })).toHaveAttribute(
      'href',
      'mailto:jeanne.martin@example.fr',
    );
  });

  it('says a wrong postcode or email under its field before sending anything, typed values kept', async () => {
    const sent = recordRequests();
    const { user, input, retype } = await openEdit();
    const before = structuredClone(stored(7));
    await retype('Postcode', '7500');
    await retype('Contact email', 'jeanne@');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(input('Postcode')).toHaveAccessibleDescription('A French postcode has 5 digits, e.g. 75002'),
    );
    expect(input('Contact email')).toHaveAccessibleDescription(/email/i);
    expect(input('Postcode')).toHaveValue('7500');
    expect(sent.filter((r) => r.method === 'PUT')).toEqual([]);
    expect(stored(7)).toEqual(before);
  });

  it('asks for the other parts once an address is started, and takes a UK postcode for a UK address', async () => {
    const { user, input, retype } = await openEdit(8);
    await user.clear(input('Town or city'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(input('Town or city')).toHaveAccessibleDescription('Needed for a billing address'),
    );
    await user.type(input('Town or city'), 'Manchester');
    await retype('Postcode', 'M1 1AE');
    await user.click(screen.getByRole('combobox', { name: 'Country' }));
    await user.click(await screen.findByRole('option', { name: 'United Kingdom' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(stored(8).billingAddress?.city).toBe('Manchester'));
    expect(stored(8).billingAddress).toMatchObject({ postcode: 'M1 1AE', country: 'GB' });
  });

  it('shows the API’s refusal under the address field it names, the typed values kept', async () => {
    server.use(
      http.put('*/api/companies/7', () =>
        HttpResponse.json(
          {
            message: 'Invalid company',
            errors: { 'billingAddress.street': 'no such street in this postcode' },
          },
          { status: 422 },
        ),
      ),
    );
    const { user, input, retype } = await openEdit();
    await retype('Street address', '999 rue Imaginaire');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(input('Street address')).toHaveAccessibleDescription('no such street in this postcode'),
    );
    expect(input('Street address')).toHaveValue('999 rue Imaginaire');
    expect(within(document.body).queryByText('Company saved')).toBeNull();
  });
});
