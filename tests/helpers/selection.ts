import { screen, waitFor, within } from '@testing-library/react';
import { type HttpResponse, http } from 'msw';
import { expect } from 'vitest';
import { server } from '../../mocks/node';
import type { SentRequest } from '../offers/requests';
import type { renderAdmin } from './renderAdmin';

type User = Awaited<ReturnType<typeof renderAdmin>>['user'];

const checkedRows = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .filter((row) => within(row).queryByRole('checkbox', { checked: true }));

/**
 * Selects the first row of the page shown, goes to the next page and selects its first row too:
 * react-admin keeps a selection across pages, so a bulk action must act on both. `beforeNextPage`
 * runs once the first row is selected.
 */
export async function selectOnTwoPages(user: User, beforeNextPage?: () => void): Promise<void> {
  await user.click(within((await screen.findAllByRole('row'))[1]).getByRole('checkbox'));
  await screen.findByText('1 item selected');
  beforeNextPage?.();
  await user.click(screen.getByRole('button', { name: 'Go to next page' }));
  // The next page's rows, not the first page's still on screen: none of them is selected yet.
  await waitFor(() => expect(checkedRows()).toHaveLength(0));
  await user.click(within(screen.getAllByRole('row')[1]).getByRole('checkbox'));
  await screen.findByText('2 items selected');
}

/** Holds the API's reads of `resource` by ids (getMany) until the returned function is called. */
export function holdReadsByIds(resource: string): () => void {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get(`*/api/${resource}`, async ({ request }) => {
      const filter = JSON.parse(new URL(request.url).searchParams.get('filter') ?? '{}');
      if (Array.isArray(filter.id)) await held;
      // No answer of its own: the usual handler answers.
      return undefined as unknown as HttpResponse<never>;
    }),
  );
  return release;
}

/** The id of the off-page record a bulk action read by id (getMany) once it left the screen. */
export function offPageReadId(sent: SentRequest[], resource: string): number {
  const read = sent.find((r) => r.path === `/api/${resource}` && Array.isArray(r.filter?.id));
  const id = Number((read?.filter?.id as number[] | undefined)?.[0]);
  expect(id, 'the off-page record, read by id').toBeGreaterThan(0);
  return id;
}
