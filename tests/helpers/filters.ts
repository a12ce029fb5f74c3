import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';

/**
 * Drives react-admin's list filters as a user does: "Add filter", pick the filter by its label,
 * then fill the input that appears. Each returns once the value is in the form (the list
 * debounces the query: wait for the request with waitFor).
 */

export async function addFilter(user: UserEvent, label: string): Promise<void> {
  await user.click(await screen.findByRole('button', { name: 'Add filter' }));
  await user.click(await screen.findByRole('menuitemcheckbox', { name: label }));
  // The page stays hidden from assistive technology until the menu has closed.
  await waitFor(() => expect(screen.queryAllByRole('menuitemcheckbox', { hidden: true })).toEqual([]));
}

/** A SelectInput (or SelectArrayInput, one option) filter. */
export async function chooseFilter(user: UserEvent, label: string, option: string): Promise<void> {
  await addFilter(user, label);
  // MUI names a select by its label and its current value.
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await user.click(await screen.findByRole('combobox', { name: new RegExp(`^${escaped}`) }));
  const listbox = await screen.findByRole('listbox');
  await user.click(within(listbox).getByRole('option', { name: option }));
  if (listbox.getAttribute('aria-multiselectable') === 'true') await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
}

export async function typeFilter(user: UserEvent, label: string, text: string): Promise<void> {
  await addFilter(user, label);
  const input = await screen.findByLabelText(label, { selector: 'input' });
  await user.type(input, text);
}

/** A DateInput filter: a native date input, which user-event cannot type into. */
export async function dateFilter(user: UserEvent, label: string, isoDate: string): Promise<void> {
  await addFilter(user, label);
  fireEvent.change(await screen.findByLabelText(label, { selector: 'input' }), {
    target: { value: isoDate },
  });
}

/** An autocomplete filter (skills, a reference): type, then pick the suggestion. */
export async function autocompleteFilter(
  user: UserEvent,
  label: string,
  text: string,
  option: string,
  { alwaysOn = false } = {},
): Promise<void> {
  if (!alwaysOn) await addFilter(user, label);
  const input = await screen.findByRole('combobox', { name: label });
  await user.type(input, text);
  await user.click(await screen.findByRole('option', { name: option }));
}
