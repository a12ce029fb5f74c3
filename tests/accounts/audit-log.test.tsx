import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { AuditLog, Company, User } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { addFilter, chooseFilter } from '../helpers/filters';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

const today = () => new Date(getState().clock.now()).toISOString().slice(0, 10);

/** Three staff writes of today: a credit adjustment, a lock and a company edit. */
async function someHistory() {
  const support = await login(DEMO.support);
  const admin = await login(DEMO.admin);
  await call('POST', '/api/companies/3/credits', { delta: 5, reason: 'Goodwill after the outage' }, support);
  const target = (getState().tables.users.rows as User[]).find((u) => u.email === DEMO.globex) as User;
  await call('POST', `/api/users/${target.id}/lock`, { reason: 'Card declined' }, support);
  const company = (await call<Company>('GET', '/api/companies/4', undefined, admin)).body;
  await call('PUT', '/api/companies/4', { ...company, city: 'Grenoble' }, admin);
  return { company, target };
}

const bodyRows = () => screen.getAllByRole('row').slice(1);

/** The list narrowed to today: the seed's own history (dated before today) stays out of the way. */
const todayUrl = () => `/audit-logs?filter=${encodeURIComponent(JSON.stringify({ at_gte: today() }))}`;

describe('audit log', () => {
  it('lists when, who, role, action, resource, the record linked and the reason', async () => {
    await someHistory();
    await renderAdmin(todayUrl(), { as: 'support' });
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    const credits = bodyRows().find((row) => row.textContent?.includes('Goodwill')) as HTMLElement;
    for (const text of ['Credits adjusted', 'Support', 'Company', 'Goodwill after the outage'])
      expect(credits).toHaveTextContent(text);
    const link = await within(credits).findByRole('link');
    expect(link).toHaveAttribute('href', '#/companies/3/show');
    expect(link).toHaveTextContent((getState().tables.companies.get(3) as Company).name);
  });

  it('has a history before anyone acts: the seed’s locks and suspensions, with their reasons', async () => {
    const seeded = getState().tables['audit-logs'].rows as AuditLog[];
    const lock = seeded.findLast((e) => e.action === 'user.lock') as AuditLog;
    const suspension = seeded.findLast(
      (e) => e.action === 'update' && (e.changes.status as unknown[])?.[1] === 'suspended',
    ) as AuditLog;
    expect(lock && suspension, 'the small seed has both').toBeTruthy();
    const { user } = await renderPage('/audit-logs', { as: 'support' });
    await screen.findByRole('table');
    await chooseFilter(user, 'Action', 'Account locked');
    const locks = seeded.filter((e) => e.action === 'user.lock');
    await waitFor(() => expect(bodyRows()).toHaveLength(locks.length));
    for (const row of bodyRows()) {
      expect(row).toHaveTextContent('Account locked');
      expect(row).toHaveTextContent('Support');
    }
    expect(bodyRows()[0]).toHaveTextContent(lock.reason as string);
    await user.click(screen.getByRole('combobox', { name: 'Action' }));
    await user.click(await screen.findByRole('option', { name: 'Edited' }));
    const row = (await screen.findAllByText(suspension.reason as string))[0].closest('tr');
    expect(row).toHaveTextContent('Company');
  });

  it('shows a CSV export with its row count, and its filter on the entry', async () => {
    const admin = await login(DEMO.admin);
    await call(
      'GET',
      `/api/exports/offers${listQuery({ filter: { status: 'published' } })}`,
      undefined,
      admin,
    );
    const published = getState().tables.offers.rows.filter((o) => o.status === 'published').length;
    const { user } = await renderPage(todayUrl(), { as: 'support' });
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(bodyRows()[0]).toHaveTextContent('CSV export');
    expect(bodyRows()[0]).toHaveTextContent(`${published} rows exported`);
    await user.click(bodyRows()[0]);
    const changes = await screen.findByRole('table', { name: 'Changes' });
    expect(within(changes).getByRole('row', { name: /Filter/ })).toHaveTextContent('status: published');
    expect(within(changes).getByRole('row', { name: /Rows exported/ })).toHaveTextContent(String(published));
  });

  it('says it in French too', async () => {
    await call('GET', '/api/exports/offers?filter=%7B%7D', undefined, await login(DEMO.admin));
    await renderPage(todayUrl(), { as: 'support', locale: 'fr' });
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(bodyRows()[0]).toHaveTextContent('Export CSV');
    expect(bodyRows()[0]).toHaveTextContent(/lignes exportées/);
  });

  it('filters by action and by a date range whose "to" day is included whole', async () => {
    await someHistory();
    const { user } = await renderPage(todayUrl(), { as: 'support' });
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    await addFilter(user, 'To');
    await user.type(await screen.findByLabelText('To'), today());
    // The entries of today, stamped 09:00, are "to today": the filter sent covers the whole day.
    await waitFor(() =>
      expect(decodeURIComponent(window.location.hash)).toContain(`"at_lte":"${today()}T23:59:59.999Z"`),
    );
    await waitFor(() => expect(screen.getByText('1-3 of 3')).toBeInTheDocument());
    expect(screen.getByLabelText('To')).toHaveValue(today());
    await chooseFilter(user, 'Action', 'Account locked');
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(bodyRows()[0]).toHaveTextContent('Card declined');
  });

  it('shows the before and after of each changed field', async () => {
    const { company } = await someHistory();
    const { user } = await renderPage(todayUrl(), { as: 'admin' });
    await waitFor(() => expect(bodyRows()).toHaveLength(3));
    await user.click(bodyRows().find((row) => row.textContent?.includes('Edited')) as HTMLElement);
    const changes = await screen.findByRole('table', { name: 'Changes' });
    const city = within(changes).getByRole('row', { name: /City/ });
    expect(
      within(city)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([company.city, 'Grenoble']);
    expect(within(changes).getAllByRole('row')).toHaveLength(2); // the header and the one field changed
  });

  it('says what an anonymisation did, though it keeps no erased value, in English and French', async () => {
    const support = await login(DEMO.support);
    const [candidate] = (
      await call<Array<{ id: number }>>(
        'GET',
        `/api/candidates${listQuery({ range: [0, 0] })}`,
        undefined,
        support,
      )
    ).body;
    expect((await call('POST', `/api/candidates/${candidate.id}/anonymize`, {}, support)).status).toBe(200);
    const entry = (getState().tables['audit-logs'].rows as AuditLog[]).findLast(
      (e) => e.action === 'candidate.anonymize' && e.recordId === candidate.id,
    ) as AuditLog;

    const { unmount } = await renderAdmin(`/audit-logs/${entry.id}/show`, { as: 'support' });
    expect(await screen.findByText(/^The person was erased for good/)).toHaveTextContent(
      /applications are kept without the person/,
    );
    expect(screen.queryByText('No field changed')).toBeNull();
    unmount();

    await renderAdmin(`/audit-logs/${entry.id}/show`, { as: 'support', locale: 'fr' });
    expect(await screen.findByText(/^La personne a été effacée définitivement/)).toBeInTheDocument();
  });

  it('is not offered to sales', async () => {
    await renderPage('/audit-logs', { as: 'sales' });
    expect(await screen.findByRole('heading', { name: 'Not allowed', level: 1 })).toBeInTheDocument();
  });
});
