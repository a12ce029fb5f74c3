import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { Offer } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** Turnover IT's publishing rules on the offer form, and saves that never lose the typing. */
const ACME = 1;
const stored = (id: number) => getState().tables.offers.get(id) as Offer;

async function choose(user: UserEvent, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: new RegExp(`^${label}`) }));
  await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: option }));
}

/** Save, once the form lets it be pressed (it is disabled while the form validates, slow on a busy machine). */
async function save(user: UserEvent) {
  const button = screen.getByRole('button', { name: 'Save' });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
}

async function openCreate() {
  const rendered = await renderPage('/offers/create', { as: 'acme' });
  await screen.findByRole('textbox', { name: /Title/ });
  await rendered.user.type(screen.getByRole('textbox', { name: /Title/ }), 'Freelance data engineer');
  await rendered.user.type(screen.getByRole('textbox', { name: /City/ }), 'London');
  return rendered;
}

/** A published salaried offer, its expiry moved past the browser's clock (the mock's is fixed). */
function publishedOf(companyId: number): Offer {
  const offer = getState().tables.offers.rows.find(
    (o) => o.companyId === companyId && o.status === 'published' && o.contractType !== 'freelance',
  ) as Offer;
  offer.expiresAt = '2031-01-31T23:59:59.000Z';
  return offer;
}

describe('offer rules on the form', () => {
  it('asks a UK freelance offer for its IR35 status, pays it by the day in GBP, and caps the spread at 500', async () => {
    const { user } = await openCreate();
    await choose(user, 'Contract', 'Freelance');
    await choose(user, 'Country', 'United Kingdom');
    expect(await screen.findByText('Paid in GBP (from the country)')).toBeInTheDocument();
    expect(screen.queryByRole('spinbutton', { name: /Minimum salary/ })).toBeNull();
    await user.type(screen.getByRole('spinbutton', { name: /Minimum daily rate/ }), '400');
    await user.type(screen.getByRole('spinbutton', { name: /Maximum daily rate/ }), '1000');
    const before = getState().tables.offers.size;
    await save(user);
    expect(await screen.findByText('The daily-rate range may span at most 500')).toBeInTheDocument();
    expect(screen.getByText('Required for a UK freelance offer')).toBeInTheDocument();
    expect(getState().tables.offers.size).toBe(before);

    const max = screen.getByRole('spinbutton', { name: /Maximum daily rate/ });
    await user.clear(max);
    await user.type(max, '650');
    await choose(user, 'IR35 status', 'Outside IR35');
    await save(user);
    expect(await screen.findByRole('button', { name: 'Publish' })).toBeInTheDocument();
    expect(getState().tables.offers.rows.at(-1)).toMatchObject({
      contractType: 'freelance',
      country: 'GB',
      currency: 'GBP',
      ir35: 'outside',
      dailyRateMin: 400,
      dailyRateMax: 650,
      salaryMin: null,
      salaryMax: null,
    });
  });

  it('keeps a published offer’s description between 500 and 3,000 characters', async () => {
    const offer = publishedOf(ACME);
    offer.description = '<p>Too short.</p>';
    const { user } = await renderAdmin(`/offers/${offer.id}`, { as: 'acme' });
    const title = await screen.findByRole('textbox', { name: /Title/ });
    await user.type(title, ' (Lyon)');
    await save(user);
    expect(
      await screen.findByText(/A published offer needs 500 to 3,000 characters \(now \d+\)/),
    ).toBeInTheDocument();
    expect(stored(offer.id).version).toBe(offer.version);
  });

  it('keeps the typing through a 409 on edit and saves it over the new version', async () => {
    const offer = publishedOf(ACME);
    const { user } = await renderPage(`/offers/${offer.id}`, { as: 'acme' });
    const city = (await screen.findByRole('textbox', { name: /City/ })) as HTMLInputElement;
    await waitFor(() => expect(city.value).toBe(offer.city));
    const admin = await login(DEMO.admin);
    const theirs = (await call<Offer>('GET', `/api/offers/${offer.id}`, undefined, admin)).body;
    expect(
      (
        await call(
          'PUT',
          `/api/offers/${offer.id}`,
          { ...theirs, views: undefined, title: 'Renamed meanwhile' },
          admin,
        )
      ).status,
    ).toBe(200);
    await user.clear(city);
    await user.type(city, 'Nantes');
    await save(user);
    const dialog = await screen.findByRole('dialog', { name: /someone else changed/i });
    expect(city.value).toBe('Nantes');
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() =>
      expect(stored(offer.id)).toMatchObject({ city: 'Nantes', title: 'Renamed meanwhile' }),
    );
  });

  it('shows the server’s refusal under the field on edit', async () => {
    const offer = publishedOf(ACME);
    server.use(
      http.put('*/api/offers/:id', () =>
        HttpResponse.json(
          { message: 'Invalid', errors: { salaryMax: 'above the market cap' } },
          { status: 422 },
        ),
      ),
    );
    const { user } = await renderPage(`/offers/${offer.id}`, { as: 'acme' });
    const max = (await screen.findByRole('spinbutton', { name: /Maximum salary/ })) as HTMLInputElement;
    await user.type(screen.getByRole('textbox', { name: /City/ }), '-Est');
    await save(user);
    const error = await screen.findByText('above the market cap');
    expect(max.closest('.MuiFormControl-root')).toContainElement(error);
  });

  it('lists every publication blocker: title, description, skills and a future expiry', async () => {
    const draft = getState().tables.offers.rows.find(
      (o) => o.companyId === ACME && o.status === 'draft',
    ) as Offer;
    Object.assign(draft, {
      title: 'Dev',
      description: '',
      skills: [],
      expiresAt: '2020-01-31T23:59:59.000Z',
    });
    await renderPage(`/offers/${draft.id}/show`, { as: 'acme' });
    const blockers = await screen.findByText(/^To publish, complete: /);
    for (const field of ['Title', 'Description', 'Skills', 'Expires'])
      expect(blockers).toHaveTextContent(field);
  });

  it('keeps Reopen and Publish disabled while the banner lists what is missing, and says so with them', async () => {
    const closed = publishedOf(ACME);
    Object.assign(closed, { status: 'closed', skills: [] });
    const sent: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PATCH') sent.push(request.url);
    });
    const page = await renderPage(`/offers/${closed.id}/show`, { as: 'acme' });
    const reopen = await screen.findByRole('button', { name: 'Reopen' });
    expect(reopen).toBeDisabled();
    expect(reopen).toHaveAccessibleDescription('To publish, complete: Skills');
    await page.user.click(reopen);
    expect(sent).toEqual([]);
    page.unmount();

    const draft = getState().tables.offers.rows.find(
      (o) => o.companyId === ACME && o.status === 'draft' && o.id !== closed.id,
    ) as Offer;
    Object.assign(draft, { description: 'Too short' });
    await renderPage(`/offers/${draft.id}/show`, { as: 'acme' });
    const publish = await screen.findByRole('button', { name: 'Publish' });
    expect(publish).toBeDisabled();
    expect(publish).toHaveAccessibleDescription(/^To publish, complete: .*Description/);
    // Closing asks nothing of the offer: it stays offered.
    expect(screen.getByRole('button', { name: 'Close' })).toBeEnabled();
  });

  it('refuses support the full edit form: moderation is on the show page only', async () => {
    const offer = publishedOf(ACME);
    await renderPage(`/offers/${offer.id}`, { as: 'support' });
    expect(await screen.findByRole('heading', { name: 'Not allowed', level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Title/ })).toBeNull();
  });
});
