import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { CreditUsage } from '../../src/model/credit-usage';
import type { AuditLog, Candidate, Company, CreditLedgerEntry, User } from '../../src/model/types';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

const company = (id: number) => getState().tables.companies.get(id) as Company;
const ledgerOf = (id: number) =>
  (getState().tables['credit-ledger'].rows as CreditLedgerEntry[]).filter((e) => e.companyId === id);

describe('company list', () => {
  it('shows plan, status, credits, MRR, sales owner and last activity, and searches on the server', async () => {
    const { user } = await renderAdmin('/companies', { as: 'sales' });
    const table = await screen.findByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    for (const label of [
      'Plan',
      'Status',
      'CV unlock credits',
      'Job slots',
      'MRR',
      'Sales owner',
      'Last activity',
    ])
      expect(headers.join('|')).toContain(label);
    const vega = company(3);
    await user.type(screen.getByPlaceholderText('Search'), vega.name);
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent(vega.name);
    expect(row).toHaveTextContent(/Active|Trial|Suspended|Churned/); // the status in words, not its code
  });
});

describe('company show', () => {
  it('is read-only for sales: no edit, no credits adjustment, no refund, no audit tab', async () => {
    const { user } = await renderPage('/companies/1/show', { as: 'sales' });
    expect(await screen.findByText(company(1).name)).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Usage' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Audit' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Adjust credits' })).toBeNull();
    await user.click(screen.getByRole('tab', { name: 'Usage' }));
    await screen.findAllByText(/Job slot, offer \d+/);
    expect(screen.queryByRole('button', { name: 'Refund' })).toBeNull();
  });

  it('the usage tab charts the monthly figures of the API, not sums made in the browser', async () => {
    // Figures no ledger line could add up to: the screen must show what the aggregate says.
    const usage: CreditUsage = {
      companyId: 1,
      months: [
        { month: '2026-10', cvUnlocks: 17, jobSlots: 4 },
        { month: '2026-11', cvUnlocks: 9, jobSlots: 2 },
      ],
      totals: { cvUnlocks: 26, jobSlots: 6 },
      balance: company(1).credits,
    };
    const asked: string[] = [];
    server.use(
      http.get('*/api/companies/1/credit-usage', ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json(usage);
      }),
    );
    const { user } = await renderPage('/companies/1/show/usage', { as: 'support' });
    const card = await screen.findByRole('region', { name: 'Credits spent per month' });
    expect(await within(card).findByText(/last 2 months: 26 CV unlocks, 6 job slots/)).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Show as table' }));
    const rows = within(card).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['17', '4'],
      ['9', '2'],
    ]);
    expect(asked).toEqual(['']);
  });

  it('each ledger line says its rule in words and links the record it concerns', async () => {
    const { user } = await renderPage(
      `/credit-ledger?filter=${encodeURIComponent(JSON.stringify({ companyId: 1, kind: 'cvUnlocks' }))}`,
      { as: 'support' },
    );
    const unlock = ledgerOf(1).find((e) => e.action === 'cv_unlock') as CreditLedgerEntry;
    const rule = await screen.findByText(
      `CV unlock, candidate ${unlock.recordId}: first opening of this profile by the company (it then stays unlocked)`,
    );
    const row = rule.closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('CV unlock');
    const person = getState().tables.candidates.get(unlock.recordId as number) as Candidate;
    const link = await within(row).findByRole('link', { name: new RegExp(person.lastName) });
    expect(link).toHaveAttribute('href', `#/candidates/${person.id}/show`);
    await user.click(link);
    expect(await screen.findByText(person.email)).toBeInTheDocument();
  });

  it('a support refund of one line takes a reason, then shows the refund line and the new balance', async () => {
    const { user } = await renderPage('/companies/1/show/usage', { as: 'support' });
    const newest = ledgerOf(1).at(-1) as CreditLedgerEntry;
    const before = company(1).credits[newest.kind];
    const rule = await screen.findByText(new RegExp(`offer ${newest.recordId}:`));
    await user.click(
      await within(rule.closest('tr') as HTMLElement).findByRole('button', { name: 'Refund' }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Refund this movement/ });
    const confirm = within(dialog).getByRole('button', { name: 'Refund' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Published by mistake');
    await user.click(confirm);
    expect(
      await screen.findByText(`Refund of movement #${newest.id}: Published by mistake`),
    ).toBeInTheDocument();
    expect(company(1).credits[newest.kind]).toBe(before + 1);
    expect(ledgerOf(1).at(-1)).toMatchObject({ action: 'refund', recordId: newest.id, delta: 1 });
  });
});

describe('company edit', () => {
  it('a suspension needs a reason, said under the field; with one it is saved and audited', async () => {
    const before = structuredClone(company(4));
    const { user } = await renderPage('/companies/4', { as: 'support' });
    await user.click(await screen.findByRole('combobox', { name: /^Status/ }));
    await user.click(await screen.findByRole('option', { name: 'Suspended' }));
    const reason = await screen.findByRole('textbox', { name: /Reason for the status/ });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription('Say why the account is suspended'));
    expect(company(4).status).toBe(before.status);
    await user.type(reason, 'Unpaid invoices since June');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(company(4).status).toBe('suspended'));
    expect(company(4).statusReason).toBe('Unpaid invoices since June');
    expect((getState().tables['audit-logs'].rows as AuditLog[]).at(-1)).toMatchObject({
      action: 'update',
      recordId: 4,
      changes: { status: [before.status, 'suspended'] },
    });
  });

  it('support invites a recruiter from the company’s users tab, the company filled in', async () => {
    const { user } = await renderPage('/companies/1/show/users', { as: 'support' });
    await user.click(await screen.findByRole('link', { name: 'Invite a recruiter' }));
    await screen.findByRole('heading', { name: 'Invite a recruiter' });
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /Company/ })).toHaveTextContent(company(1).name),
    );
    await user.click(screen.getByRole('combobox', { name: /^Role/ }));
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual(['Recruiter']);
    await user.keyboard('{Escape}');
    await user.type(screen.getByRole('textbox', { name: /First name/ }), 'Zoé');
    await user.type(screen.getByRole('textbox', { name: /Last name/ }), 'Martin');
    await user.type(screen.getByRole('textbox', { name: /Email/ }), 'zoe.martin@acme.test');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect((getState().tables.users.rows as User[]).at(-1)).toMatchObject({
        email: 'zoe.martin@acme.test',
        role: 'recruiter',
        companyId: 1,
        status: 'invited',
      }),
    );
  });
});
