import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { getState } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import type { Candidate } from '../../src/model/types';
import { ACME, applicantOf } from '../api/fixtures';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** Create/Edit: client checks mirror the API, server errors land under the right input. */

async function fillRequired(user: import('@testing-library/user-event').UserEvent) {
  await user.type(await screen.findByRole('textbox', { name: /first name/i }), 'Ana');
  await user.type(screen.getByRole('textbox', { name: /last name/i }), 'Lopez');
  await user.type(screen.getByRole('textbox', { name: /^email/i }), 'ana.lopez@example.test');
}

describe('Candidate form', () => {
  it('refuses a phone that is neither French nor British and a javascript: link, before any request', async () => {
    let posted = 0;
    const count = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && request.url.endsWith('/api/candidates')) posted += 1;
    };
    server.events.on('request:start', count);
    const { user } = await renderPage('/candidates/create', { as: 'acme' });
    await fillRequired(user);
    await user.type(screen.getByRole('textbox', { name: /phone/i }), '+1 555 0100');
    await user.type(screen.getByRole('textbox', { name: /linkedin/i }), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByText(/french \(\+33\) or uk \(\+44\)/i)).toBeInTheDocument();
    expect(screen.getByText(/starting with http/i)).toBeInTheDocument();
    expect(posted).toBe(0);
    server.events.removeListener('request:start', count);
  });

  it('says under the field that a lookalike address is not an e-mail, what was typed kept (no browser bubble in its stead)', async () => {
    const { user } = await renderPage('/candidates/create', { as: 'acme' });
    await fillRequired(user);
    const email = screen.getByRole('textbox', { name: /^email/i });
    await user.clear(email);
    // A Cyrillic "о" in place of the Latin "o".
    await user.type(email, 'j\u043Ehn@acme.test');
    await user.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByText('Must be a valid email')).toBeInTheDocument();
    expect(email).toHaveValue('j\u043Ehn@acme.test');
  });

  it('creates a valid candidate owned by the company and opens it', async () => {
    const { user } = await renderPage('/candidates/create', { as: 'acme' });
    await fillRequired(user);
    await user.type(screen.getByRole('textbox', { name: /phone/i }), '06 12 34 56 78');
    await user.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(window.location.hash).toMatch(/#\/candidates\/\d+\/show/));
    const created = (getState().tables.candidates.rows as Candidate[]).at(-1);
    expect(created).toMatchObject({ email: 'ana.lopez@example.test', ownerCompanyId: ACME, currency: 'EUR' });
  });

  it('shows the server field errors under their inputs and keeps what was typed', async () => {
    server.use(
      http.post('*/api/candidates', () =>
        HttpResponse.json(
          { message: 'Invalid data: email', errors: { email: 'already used by a colleague' } },
          { status: 422 },
        ),
      ),
    );
    const { user } = await renderPage('/candidates/create', { as: 'acme' });
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByText('already used by a colleague')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /first name/i })).toHaveValue('Ana');
  });

  it('asks before leaving a form with unsaved typing, and keeps it when the user stays', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { user } = await renderAdmin('/candidates/create', { as: 'acme' });
    await fillRequired(user);
    await user.click(screen.getByRole('menuitem', { name: 'Offers' }));
    await waitFor(() => expect(confirm).toHaveBeenCalled());
    expect(window.location.hash).toBe('#/candidates/create');
    expect(screen.getByRole('textbox', { name: /first name/i })).toHaveValue('Ana');
    confirm.mockRestore();
  });

  it('suggests skills from the shared vocabulary, synonyms included', async () => {
    const { user } = await renderPage('/candidates/create', { as: 'acme' });
    await user.type(await screen.findByRole('combobox', { name: 'Skills' }), 'k8s');
    expect(await screen.findByRole('option', { name: 'Kubernetes' })).toBeInTheDocument();
  });

  it('warns about a duplicate by email and links to the existing profile', async () => {
    const existing = applicantOf(ACME);
    const { user } = await renderPage('/candidates/create', { as: 'acme' });
    await user.type(await screen.findByRole('textbox', { name: /^email/i }), existing.email);
    const alert = await screen.findByText(/may already exist/i);
    expect(alert).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /open/i })).toHaveAttribute(
      'href',
      `#/candidates/${existing.id}/show`,
    );
  });
});
