import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EXPECTED_MENUS } from '../helpers/menus';
import { type DemoUser, renderAdmin } from '../helpers/renderAdmin';

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
