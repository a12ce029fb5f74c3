import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { getState } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { Offer } from '../../src/model/types';
import { ACME, offersOf } from '../api/fixtures';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** What the browser does before a reload or closing the tab: true when the page asked to stay. */
function pageAsksBeforeUnload(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

async function openCreate() {
  const rendered = await renderPage('/offers/create', { as: 'acme' });
  await screen.findByRole('textbox', { name: /Title/ });
  return rendered;
}

describe('offer form', () => {
  it('checks title length and salary spread before sending', async () => {
    const { user } = await openCreate();
    const before = getState().tables.offers.rows.length;
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Dev');
    await user.type(screen.getByRole('textbox', { name: /City/ }), 'Lyon');
    await user.type(screen.getByRole('spinbutton', { name: /Minimum salary/ }), '40000');
    await user.type(screen.getByRole('spinbutton', { name: /Maximum salary/ }), '100000');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Between 5 and 100 characters')).toBeInTheDocument();
    expect(screen.getByText('The salary range may span at most 50,000')).toBeInTheDocument();
    expect(getState().tables.offers.rows.length).toBe(before);
  });

  it('shows the server’s field errors under the field and keeps what was typed', async () => {
    server.use(
      http.post('*/api/offers', () =>
        HttpResponse.json({ message: 'Invalid', errors: { city: 'unknown city' } }, { status: 422 }),
      ),
    );
    const { user } = await openCreate();
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Développeur React');
    await user.type(screen.getByRole('textbox', { name: /City/ }), 'Atlantis');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('unknown city')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveValue('Développeur React');
  });

  it('creates a draft in the company’s currency and opens it with its workflow actions', async () => {
    const { user } = await openCreate();
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Lead developer Java');
    await user.type(screen.getByRole('textbox', { name: /City/ }), 'Lille');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('button', { name: 'Publish' })).toBeInTheDocument();
    const created = getState().tables.offers.rows.at(-1) as Offer;
    expect(created).toMatchObject({
      title: 'Lead developer Java',
      status: 'draft',
      currency: 'EUR',
      companyId: 1,
    });
  });

  it('asks before a reload or closing the tab once the new offer holds typing, not before', async () => {
    const { user } = await openCreate();
    expect(pageAsksBeforeUnload()).toBe(false);
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Half-written offer');
    expect(pageAsksBeforeUnload()).toBe(true);
  });

  it('asks before leaving an offer being edited with unsaved typing, and keeps the typing', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const offer = offersOf(ACME)[0];
    const { user } = await renderAdmin(`/offers/${offer.id}/edit`, { as: 'acme' });
    const title = await screen.findByRole('textbox', { name: /Title/ });
    await user.clear(title);
    await user.type(title, 'Retitled offer');
    expect(pageAsksBeforeUnload()).toBe(true);
    await user.click(screen.getByRole('menuitem', { name: 'Candidates' }));
    await vi.waitFor(() => expect(confirm).toHaveBeenCalled());
    expect(window.location.hash).toBe(`#/offers/${offer.id}/edit`);
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveValue('Retitled offer');
    confirm.mockRestore();
  });
});
