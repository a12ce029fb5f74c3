import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type DemoUser, renderAdmin } from '../helpers/renderAdmin';

/** The menu's order (docs/roles-and-permissions.md), each entry only for the roles that may use it. */
const EXPECTED_MENUS: Record<DemoUser, string[]> = {
  admin: [
    'Dashboard',
    'Candidates',
    'Offers',
    'Applications',
    'Pipeline',
    'Companies',
    'Users',
    'Moderation queue',
    'Boards',
    'Audit log',
    'Data retention',
    'Scraping watch',
  ],
  support: [
    'Dashboard',
    'Candidates',
    'Offers',
    'Applications',
    'Companies',
    'Users',
    'Moderation queue',
    'Boards',
    'Audit log',
    'Data retention',
    'Scraping watch',
  ],
  sales: ['Dashboard', 'Offers', 'Companies', 'Users'],
  acme: ['Dashboard', 'Candidates', 'Offers', 'Applications', 'Pipeline', 'Companies', 'Users'],
  globex: ['Dashboard', 'Candidates', 'Offers', 'Applications', 'Pipeline', 'Companies', 'Users'],
};

/** The first render of the whole app is slow in jsdom on a busy machine. */

async function menuEntries(): Promise<string[]> {
  const dashboard = await screen.findByRole('menuitem', { name: 'Dashboard' });
  const menu = dashboard.closest('ul') as HTMLElement;
  return within(menu)
    .getAllByRole('menuitem')
    .map((item) => item.textContent?.trim() ?? '');
}

describe('role-aware menu', () => {
  it.each(Object.keys(EXPECTED_MENUS) as DemoUser[])(
    '%s sees exactly their entries, in order',
    async (as) => {
      await renderAdmin('/', { as });
      // canAccess resolves per entry: wait until the last expected one is there.
      const expected = EXPECTED_MENUS[as];
      await screen.findByRole('menuitem', { name: expected[expected.length - 1] });
      expect(await menuEntries()).toEqual(expected);
    },
  );

  it('shows the French menu to a French user', async () => {
    await renderAdmin('/', { as: 'sales', locale: 'fr' });
    await screen.findByRole('menuitem', { name: 'Utilisateurs' });
    expect(screen.getByRole('menuitem', { name: 'Tableau de bord' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Candidats' })).not.toBeInTheDocument();
  });
});
