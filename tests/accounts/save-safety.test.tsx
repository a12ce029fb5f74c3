import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { advanceClock, getState } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { Company } from '../../src/model/types';
import { getUser } from '../../src/providers/session';
import { call, DEMO, login } from '../helpers/api';
import { renderPage } from '../helpers/renderAdmin';

/** Never lose work on the company edit form: conflict, expired session, network failure. */
const stored = (id = 3) => getState().tables.companies.get(id) as Company;

async function openEdit() {
  const result = await renderPage('/companies/3', { as: 'support' });
  const city = (await screen.findByLabelText(/^City/)) as HTMLInputElement;
  await waitFor(() => expect(city.value).toBe(stored().city));
  return { ...result, city };
}

async function editInOtherTab(changes: Partial<Company>) {
  const admin = await login(DEMO.admin);
  const record = (await call<Company>('GET', '/api/companies/3', undefined, admin)).body;
  expect((await call('PUT', '/api/companies/3', { ...record, ...changes }, admin)).status).toBe(200);
}

describe('two editors: the conflict dialog', () => {
  it('shows my values against the stored ones; "keep mine" saves over the new version', async () => {
    const { user, city } = await openEdit();
    await editInOtherTab({ sector: 'Aerospace', city: 'Lille' });
    await user.clear(city);
    await user.type(city, 'Bordeaux');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: /someone else changed/i });
    const cityRow = within(dialog).getByRole('row', { name: /City/ });
    expect(cityRow).toHaveTextContent('Bordeaux');
    expect(cityRow).toHaveTextContent('Lille');
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(stored().city).toBe('Bordeaux'));
    expect(stored().sector).toBe('Aerospace'); // their other change is kept
  });

  it('"take the stored record" shows their values in the form, nothing saved', async () => {
    const { user, city } = await openEdit();
    await editInOtherTab({ city: 'Lille' });
    const version = stored().version;
    await user.clear(city);
    await user.type(city, 'Bordeaux');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: /someone else changed/i });
    await user.click(within(dialog).getByRole('button', { name: /take the stored/i }));
    await waitFor(() => expect((screen.getByLabelText(/^City/) as HTMLInputElement).value).toBe('Lille'));
    expect(stored().version).toBe(version);
  });
});

describe('expired session and network failure on save', () => {
  it('a 401 opens a sign-in dialog over the form; after signing in the typed values are saved', async () => {
    const { user, city } = await openEdit();
    advanceClock(getState().sessionTtlMs + 1);
    await user.clear(city);
    await user.type(city, 'Grenoble');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: /session has ended/i });
    expect(city.value).toBe('Grenoble');
    await user.type(within(dialog).getByLabelText(/Email/), DEMO.support);
    await user.type(within(dialog).getByLabelText(/Password/), 'demo');
    await user.click(within(dialog).getByRole('button', { name: /sign in and save/i }));
    await waitFor(() => expect(stored().city).toBe('Grenoble'));
  });

  it('another account signing in there is refused and signed out again; the first account then saves', async () => {
    const { user, city } = await openEdit();
    advanceClock(getState().sessionTtlMs + 1);
    await user.clear(city);
    await user.type(city, 'Grenoble');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: /session has ended/i });
    const signIn = async (email: string) => {
      await user.clear(within(dialog).getByLabelText(/Email/));
      await user.type(within(dialog).getByLabelText(/Email/), email);
      await user.clear(within(dialog).getByLabelText(/Password/));
      await user.type(within(dialog).getByLabelText(/Password/), 'demo');
      await user.click(within(dialog).getByRole('button', { name: /sign in and save/i }));
    };
    await signIn(DEMO.admin);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/same account/i);
    // The other account's session went with the refusal: the tab holds no identity of theirs.
    expect(getUser()).toBeNull();
    expect(stored().city).not.toBe('Grenoble');
    await signIn(DEMO.support);
    await waitFor(() => expect(stored().city).toBe('Grenoble'));
  });

  it('a network failure keeps the values and a retry saves them', async () => {
    const { user, city } = await openEdit();
    server.use(http.put('*/api/companies/:id', () => HttpResponse.error(), { once: true }));
    await user.clear(city);
    await user.type(city, 'Rennes');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: /cannot be reached/i });
    expect(stored().city).not.toBe('Rennes');
    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(stored().city).toBe('Rennes'));
  });
});
