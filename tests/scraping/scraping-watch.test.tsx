import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seededScraper, seededSplitHarvest } from '../../mocks/db/seed-usage';
import { getState } from '../../mocks/handlers';
import type { AuditLog, Company, User } from '../../src/model/types';
import { renderAdmin } from '../helpers/renderAdmin';

const scraper = (): User => seededScraper(getState()) as User;
const fullName = (user: User) => `${user.firstName} ${user.lastName}`;

async function openWatch(as: 'support' | 'admin' = 'support', locale?: 'fr') {
  const result = await renderAdmin('/scraping-watch', { as, locale });
  const rows = await screen.findAllByRole('row');
  await waitFor(() => expect(screen.getAllByRole('row')[1]).toHaveTextContent(fullName(scraper())));
  return { ...result, rows };
}

describe('Scraping watch screen', () => {
  it('lists the flagged scraper first, with its company, score, reasons in words and its chart', async () => {
    const { user } = await openWatch();
    const first = screen.getAllByRole('row')[1];
    const company = getState().tables.companies.get(scraper().companyId as number);
    expect(first).toHaveTextContent(company?.name as string);
    expect(within(first).getByText('Flagged')).toBeInTheDocument();
    expect(first).toHaveTextContent(/peers’ 99th percentile/);
    expect(first).toHaveTextContent(/walked the ids one after another/);
    // Only one flagged user in the seed.
    expect(screen.getAllByText('Flagged')).toHaveLength(1);
    await user.click(within(first).getByText(fullName(scraper())));
    const chart = await screen.findByRole('img', { name: /Profile views per day of/ });
    expect(chart).toHaveAccessibleName(new RegExp(fullName(scraper())));
  });

  it('sorts by another column through the API', async () => {
    const { user } = await openWatch('admin');
    await user.click(screen.getByRole('button', { name: /sort by user/i }));
    await waitFor(() => {
      const names = screen
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.querySelector('td:nth-child(2)')?.textContent ?? '')
        .filter(Boolean) // the rows of expanded panels hold no name
        .slice(0, 5);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
      expect(screen.getAllByRole('row')[1]).not.toHaveTextContent(fullName(scraper()));
    });
  });

  it('lowers the quota with a reason, then the row shows it and the audit log holds it', async () => {
    const { user } = await openWatch();
    await user.click(within(screen.getAllByRole('row')[1]).getByText(fullName(scraper())));
    await user.click(await screen.findByRole('button', { name: 'Lower the quota' }));
    const dialog = await screen.findByRole('dialog', { name: `Lower the quotas of ${fullName(scraper())}` });
    const confirm = within(dialog).getByRole('button', { name: 'Lower the quota' });
    expect(confirm).toBeDisabled(); // no reason yet
    const daily = within(dialog).getByLabelText(/New database profiles a day/);
    await user.clear(daily);
    await user.type(daily, '20');
    await user.type(within(dialog).getByLabelText(/Reason/), 'Walking the ids at night');
    await user.click(confirm);
    await screen.findByText('Quota lowered');
    await screen.findByText('Quota: 20 a day');
    const entry = (getState().tables['audit-logs'].rows as AuditLog[]).at(-1);
    expect(entry).toMatchObject({
      action: 'user.quota',
      recordId: scraper().id,
      reason: 'Walking the ids at night',
    });
  });

  it('locks the user and warns the company, each with a reason', async () => {
    const target = scraper(); // once: after the lock, the seed's rule would pick another user
    const { user } = await openWatch();
    await user.click(within(screen.getAllByRole('row')[1]).getByText(fullName(scraper())));
    await user.click(await screen.findByRole('button', { name: 'Warn the company' }));
    let dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Reason/), '700 profile views at night');
    await user.click(within(dialog).getByRole('button', { name: 'Send the warning' }));
    await screen.findByText('Company warned');
    expect((getState().tables['audit-logs'].rows as AuditLog[]).at(-1)?.action).toBe(
      'company.scraping_warning',
    );
    await user.click(screen.getByRole('button', { name: 'Lock the user' }));
    dialog = await screen.findByRole('dialog', { name: `Lock ${fullName(target)}?` });
    await user.type(within(dialog).getByLabelText(/Reason/), 'Scraping the database');
    await user.click(within(dialog).getByRole('button', { name: 'Lock' }));
    await screen.findByText('User locked');
    expect(getState().tables.users.get(target.id)?.status).toBe('locked');
    await waitFor(() => expect(screen.getAllByRole('row')[1]).toHaveTextContent('Locked'));
  });

  it('shows the flagged user on the support dashboard, in French too', async () => {
    await renderAdmin('/', { as: 'support', locale: 'fr' });
    const card = await screen.findByRole('region', { name: 'Scraping possible' });
    await within(card).findByText(new RegExp(fullName(scraper())));
    expect(within(card).getByText('1 utilisateur signalé · 2 entreprises signalées')).toBeInTheDocument();
    // The flagged companies too: the scraper's and the seeded split harvest.
    const harvest = seededSplitHarvest(getState())?.company;
    await within(card).findByText(new RegExp(harvest?.name as string));
    expect(
      within(card).getByRole('link', { name: 'Ouvrir la surveillance du scraping' }),
    ).toBeInTheDocument();
  });

  it('is not in the menu of a recruiter or sales, and the page is refused to them', async () => {
    await renderAdmin('/scraping-watch', { as: 'sales' });
    expect(await screen.findByText('Your role does not allow you to see this page.')).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Scraping watch' })).not.toBeInTheDocument();
  });

  it('shows flagged companies in their tab, with their users and chart, and acts on a company with a reason', async () => {
    const { user } = await openWatch();
    await user.click(screen.getByRole('tab', { name: 'Companies' }));
    const harvest = seededSplitHarvest(getState())?.company as Company;
    const scrapers = getState().tables.companies.get(scraper().companyId as number) as Company;
    await waitFor(() => expect(screen.getAllByRole('row')[1]).toHaveTextContent(scrapers.name));
    // The next row holding a name (an expandable row is followed by its panel's row).
    const second = screen.getAllByRole('row').filter((row) => row.textContent)[2];
    expect(second).toHaveTextContent(harvest.name);
    expect(second).toHaveTextContent(/none flagged alone/);
    expect(screen.getAllByText('Flagged')).toHaveLength(2);
    await user.click(within(second).getByText(harvest.name));
    await screen.findByRole('heading', { name: 'Its recruiters' });
    const chart = await screen.findByRole('img', {
      name: new RegExp(`Profile views per day of ${harvest.name}, all users`),
    });
    expect(chart).toBeInTheDocument();
    for (const reader of seededSplitHarvest(getState())?.users ?? [])
      expect(screen.getByText(new RegExp(reader.email))).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lower the quotas of all its users' }));
    let dialog = await screen.findByRole('dialog', {
      name: `Lower the quotas of every recruiter of ${harvest.name}`,
    });
    const daily = within(dialog).getByLabelText(/New database profiles a day/);
    await user.clear(daily);
    await user.type(daily, '15');
    await user.type(within(dialog).getByLabelText(/Reason/), 'Harvest split between accounts');
    await user.click(within(dialog).getByRole('button', { name: 'Lower the quotas of all its users' }));
    await screen.findByText('Quotas of the company’s users lowered');
    await waitFor(() => expect(screen.getAllByText(/Quota: 15 a day/).length).toBeGreaterThanOrEqual(3));
    const log = () => getState().tables['audit-logs'].rows as AuditLog[];
    expect(log().at(-1)).toMatchObject({
      action: 'company.quota',
      recordId: harvest.id,
      reason: 'Harvest split between accounts',
    });

    await user.click(screen.getByRole('button', { name: 'Warn the company' }));
    dialog = await screen.findByRole('dialog', { name: `Warn the contact of ${harvest.name}` });
    await user.type(within(dialog).getByLabelText(/Reason/), 'Three accounts far above peers');
    await user.click(within(dialog).getByRole('button', { name: 'Send the warning' }));
    await screen.findByText('Company warned');
    expect(log().at(-1)).toMatchObject({ action: 'company.scraping_warning', recordId: harvest.id });
  });
});
