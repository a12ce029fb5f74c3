import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Company, CreditLedgerEntry } from '../../src/types';
import { call, DEMO, login } from '../helpers/api';
import { renderAdmin } from '../helpers/renderAdmin';

// Full app renders on a loaded 2-core machine: the first one is slow.
vi.setConfig({ testTimeout: 60_000 });
const SLOW = { timeout: 15_000 };
const ID = 3;
const stored = () => getState().tables.companies.get(ID) as Company;
const ledger = () =>
  (getState().tables['credit-ledger'].rows as CreditLedgerEntry[]).filter((e) => e.companyId === ID);

/** Opens the "Adjust credits" dialog of company 3 as a support agent and fills it. */
async function openDialog() {
  const result = await renderAdmin(`/companies/${ID}/show`, { as: 'support' });
  await result.user.click(await screen.findByRole('button', { name: 'Adjust credits' }, SLOW));
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

  it('shows the server refusal under the field when the balance changed meanwhile', async () => {
    const before = stored().credits.cvUnlocks;
    const { user, amount, reason, submit } = await openDialog();
    // Another agent empties the balance while this dialog still shows the old one.
    const admin = await login(DEMO.admin);
    const drained = await call(
      'POST',
      `/api/companies/${ID}/credits`,
      { delta: -before, reason: 'Refund' },
      admin,
    );
    expect(drained.status).toBe(200);
    await user.type(amount, '-1');
    await user.type(reason, 'Duplicate purchase');
    await user.click(submit);
    await waitFor(() => expect(amount).toHaveAccessibleDescription(/cannot go below 0/), SLOW);
    expect(amount).toHaveValue(-1); // what was typed stays
    expect(stored().credits.cvUnlocks).toBe(0);
  });

  it('saves with the reason and tells the new balance', async () => {
    const before = stored().credits.cvUnlocks;
    const { user, amount, reason, submit } = await openDialog();
    await user.type(amount, '5');
    await user.type(reason, 'Goodwill after the outage');
    await user.click(submit);
    expect(
      await screen.findByText(`Credits adjusted: new balance ${before + 5}`, {}, SLOW),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(stored().credits.cvUnlocks).toBe(before + 5);
    expect(ledger().at(-1)).toMatchObject({
      delta: 5,
      balanceAfter: before + 5,
      reason: 'Goodwill after the outage',
    });
  });
});
