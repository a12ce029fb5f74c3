import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { advanceClock, getState } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { Company, CreditLedgerEntry } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { renderPage } from '../helpers/renderAdmin';

const ID = 3;
const stored = () => getState().tables.companies.get(ID) as Company;
const ledger = () =>
  (getState().tables['credit-ledger'].rows as CreditLedgerEntry[]).filter((e) => e.companyId === ID);

/** Another agent adjusts the same balance while this dialog is open. */
async function adjustInOtherTab(delta: number) {
  const admin = await login(DEMO.admin);
  const moved = await call('POST', `/api/companies/${ID}/credits`, { delta, reason: 'Other agent' }, admin);
  expect(moved.status).toBe(200);
}

/** Opens the "Adjust credits" dialog of company 3 as a support agent and fills it. */
async function openDialog() {
  const result = await renderPage(`/companies/${ID}/show`, { as: 'support' });
  await result.user.click(await screen.findByRole('button', { name: 'Adjust credits' }));
  const dialog = await screen.findByRole('dialog', { name: /adjust the credits/i });
  const amount = within(dialog).getByRole('spinbutton', { name: /^Amount/ });
  const reason = within(dialog).getByRole('textbox', { name: /^Reason/ });
  const submit = within(dialog).getByRole('button', { name: 'Adjust' });
  return { ...result, dialog, amount, reason, submit };
}

describe('adjust credits dialog', () => {
  it('shows the balance before and after, and needs a reason', async () => {
    const before = stored().credits.cvUnlocks;
    const { user, dialog, amount, reason, submit } = await openDialog();
    await user.type(amount, '7');
    expect(dialog).toHaveTextContent(`Balance before: ${before}`);
    expect(dialog).toHaveTextContent(`Balance after: ${before + 7}`);
    expect(submit).toBeDisabled();
    await user.type(reason, '   ');
    expect(submit).toBeDisabled();
    await user.type(reason, 'Goodwill');
    expect(submit).toBeEnabled();
  });

  it('refuses a negative balance under the amount field, without calling the API', async () => {
    const before = stored().credits.cvUnlocks;
    const entries = ledger().length;
    const { user, amount, reason, submit } = await openDialog();
    await user.type(amount, String(-(before + 1)));
    await user.type(reason, 'Duplicate purchase');
    await user.click(submit);
    expect(amount).toHaveAccessibleDescription('The balance cannot go below zero');
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(stored().credits.cvUnlocks).toBe(before);
    expect(ledger()).toHaveLength(entries);
  });

  it('a balance changed meanwhile opens the conflict dialog; "keep mine" applies it to the stored balance', async () => {
    const before = stored().credits.cvUnlocks;
    const { user, dialog, amount, reason, submit } = await openDialog();
    await adjustInOtherTab(-3);
    await user.type(amount, '5');
    await user.type(reason, 'Goodwill after the outage');
    await user.click(submit);
    const conflict = await screen.findByRole('dialog', { name: /someone else changed/i });
    expect(within(conflict).getByRole('row', { name: /^CV unlock credits/ })).toHaveTextContent(
      `${before}${before - 3}`,
    );
    expect(within(conflict).getByRole('row', { name: /^Balance after/ })).toHaveTextContent(
      `${before + 5}${before + 2}`,
    );
    expect(stored().credits.cvUnlocks).toBe(before - 3); // nothing applied yet
    await user.click(within(conflict).getByRole('button', { name: 'Keep mine' }));
    expect(await screen.findByText(`Credits adjusted: new balance ${before + 2}`)).toBeInTheDocument();
    expect(stored().credits.cvUnlocks).toBe(before + 2);
    expect(ledger().at(-1)).toMatchObject({ delta: 5, reason: 'Goodwill after the outage' });
    expect(dialog).not.toBeInTheDocument();
  });

  it('"take the stored record" shows the stored balance and keeps what was typed, nothing saved', async () => {
    const before = stored().credits.cvUnlocks;
    const { user, dialog, amount, reason, submit } = await openDialog();
    await adjustInOtherTab(4);
    const entries = ledger().length;
    await user.type(amount, '-2');
    await user.type(reason, 'Duplicate purchase');
    await user.click(submit);
    const conflict = await screen.findByRole('dialog', { name: /someone else changed/i });
    await user.click(within(conflict).getByRole('button', { name: /take the stored/i }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /someone else/i })).toBeNull());
    expect(dialog).toHaveTextContent(`Balance before: ${before + 4}`);
    expect(dialog).toHaveTextContent(`Balance after: ${before + 2}`);
    expect(amount).toHaveValue(-2);
    expect(reason).toHaveValue('Duplicate purchase');
    expect(ledger()).toHaveLength(entries);
  });

  it('a change to other fields of the company does not stop the adjustment', async () => {
    const before = stored().credits.cvUnlocks;
    const { user, amount, reason, submit } = await openDialog();
    const admin = await login(DEMO.admin);
    const record = (await call<Company>('GET', `/api/companies/${ID}`, undefined, admin)).body;
    expect((await call('PUT', `/api/companies/${ID}`, { ...record, city: 'Lille' }, admin)).status).toBe(200);
    await user.type(amount, '1');
    await user.type(reason, 'Goodwill');
    await user.click(submit);
    expect(await screen.findByText(`Credits adjusted: new balance ${before + 1}`)).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: /someone else/i })).toBeNull();
  });

  it('keeping mine on a balance emptied meanwhile is refused under the amount, typed values kept', async () => {
    const before = stored().credits.cvUnlocks;
    const { user, amount, reason, submit } = await openDialog();
    await adjustInOtherTab(-before);
    await user.type(amount, '-1');
    await user.type(reason, 'Duplicate purchase');
    await user.click(submit);
    const conflict = await screen.findByRole('dialog', { name: /someone else changed/i });
    await user.click(within(conflict).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(amount).toHaveAccessibleDescription(/cannot go below 0/));
    expect(amount).toHaveValue(-1);
    expect(reason).toHaveValue('Duplicate purchase');
    expect(stored().credits.cvUnlocks).toBe(0);
  });

  it('an ended session asks to sign in over the dialog, then the adjustment is made', async () => {
    const before = stored().credits.cvUnlocks;
    const { user, amount, reason, submit } = await openDialog();
    advanceClock(getState().sessionTtlMs + 1);
    await user.type(amount, '2');
    await user.type(reason, 'Goodwill');
    await user.click(submit);
    const signIn = await screen.findByRole('dialog', { name: /session has ended/i });
    await user.type(within(signIn).getByLabelText(/Email/), DEMO.support);
    await user.type(within(signIn).getByLabelText(/Password/), 'demo');
    await user.click(within(signIn).getByRole('button', { name: /sign in and save/i }));
    expect(await screen.findByText(`Credits adjusted: new balance ${before + 2}`)).toBeInTheDocument();
    expect(stored().credits.cvUnlocks).toBe(before + 2);
  });

  it('a lost connection says so, keeps what was typed, and a retry makes the adjustment', async () => {
    const before = stored().credits.cvUnlocks;
    const { user, amount, reason, submit } = await openDialog();
    server.use(http.post('*/api/companies/:id/credits', () => HttpResponse.error(), { once: true }));
    await user.type(amount, '3');
    await user.type(reason, 'Goodwill');
    await user.click(submit);
    const retry = await screen.findByRole('dialog', { name: /cannot be reached/i });
    expect(stored().credits.cvUnlocks).toBe(before);
    expect(amount).toHaveValue(3);
    await user.click(within(retry).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(`Credits adjusted: new balance ${before + 3}`)).toBeInTheDocument();
    expect(stored().credits.cvUnlocks).toBe(before + 3);
  });

  it('saves with the reason and tells the new balance', async () => {
    const before = stored().credits.cvUnlocks;
    const { user, amount, reason, submit } = await openDialog();
    await user.type(amount, '5');
    await user.type(reason, 'Goodwill after the outage');
    await user.click(submit);
    expect(await screen.findByText(`Credits adjusted: new balance ${before + 5}`)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(stored().credits.cvUnlocks).toBe(before + 5);
    expect(ledger().at(-1)).toMatchObject({
      delta: 5,
      balanceAfter: before + 5,
      reason: 'Goodwill after the outage',
    });
  });
});
