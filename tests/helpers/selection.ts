import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import type { renderAdmin } from './renderAdmin';

type User = Awaited<ReturnType<typeof renderAdmin>>['user'];

const checkedRows = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .filter((row) => within(row).queryByRole('checkbox', { checked: true }));

/**
 * Selects the first row of the page shown, goes to the next page and selects its first row too:
 * react-admin keeps a selection across pages, so a bulk action must act on both.
 */
export async function selectOnTwoPages(user: User): Promise<void> {
  await user.click(within((await screen.findAllByRole('row'))[1]).getByRole('checkbox'));
  await screen.findByText('1 item selected');
  await user.click(screen.getByRole('button', { name: 'Go to next page' }));
  // The next page's rows, not the first page's still on screen: none of them is selected yet.
  await waitFor(() => expect(checkedRows()).toHaveLength(0));
  await user.click(within(screen.getAllByRole('row')[1]).getByRole('checkbox'));
  await screen.findByText('2 items selected');
}
