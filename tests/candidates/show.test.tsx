import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Activity, Company } from '../../src/model/types';
import { ACME, applicantOf, strangerTo } from '../api/fixtures';
import { call, DEMO, login } from '../helpers/api';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** The candidate page: unlock with its credits, the timeline's note form, read-only support. */
const credits = () => (getState().tables.companies.get(ACME) as Company).credits.cvUnlocks;

describe('Candidate show', () => {
  it('unlocks a masked profile for one credit and shows the contact and what is left', async () => {
    const stranger = strangerTo(ACME);
    const before = credits();
    const { user } = await renderAdmin(`/candidates/${stranger.id}/show`, { as: 'acme' });
    await screen.findByText(/contact details are hidden/i);
    expect(screen.queryByText(stranger.email)).toBeNull();
    await screen.findByText(`${before} CV credits left`);
    await user.click(screen.getByRole('button', { name: /unlock contact/i }));
    await user.click(await screen.findByRole('button', { name: /confirm/i }));
    await screen.findByText(stranger.email);
    expect(credits()).toBe(before - 1);
    expect(await screen.findByText(new RegExp(`${before - 1} credits? left`))).toBeInTheDocument();
  });

  it('says why at zero credits instead of offering the unlock', async () => {
    const company = getState().tables.companies.get(ACME) as Company;
    company.credits = { ...company.credits, cvUnlocks: 0 };
    await renderPage(`/candidates/${strangerTo(ACME).id}/show`, { as: 'acme' });
    expect(await screen.findByRole('alert')).toHaveTextContent(/no cv credit left/i);
    expect(screen.queryByRole('button', { name: /unlock contact/i })).toBeNull();
  });

  it('says why when the API refuses the unlock for want of credit, and charges nothing', async () => {
    const stranger = strangerTo(ACME);
    const { user } = await renderPage(`/candidates/${stranger.id}/show`, { as: 'acme' });
    await user.click(await screen.findByRole('button', { name: /unlock contact/i }));
    // Spent meanwhile, e.g. by a colleague: the page still showed credits.
    const company = getState().tables.companies.get(ACME) as Company;
    company.credits = { ...company.credits, cvUnlocks: 0 };
    await user.click(await screen.findByRole('button', { name: /confirm/i }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/no cv credit left/i);
    expect(screen.queryByText(stranger.email)).toBeNull();
    expect(credits()).toBe(0);
  });

  it('adds a note to the timeline that is still there after a reload', async () => {
    const candidate = applicantOf(ACME);
    const first = await renderPage(`/candidates/${candidate.id}/show/activity`, { as: 'acme' });
    await first.user.type(
      await screen.findByRole('textbox', { name: /add a note/i }),
      'Strong React, call back Monday',
    );
    await first.user.click(screen.getByRole('button', { name: /add note/i }));
    const timeline = await screen.findByRole('list', { name: /activity/i });
    await within(timeline).findByText('Strong React, call back Monday');
    const stored = (getState().tables.activities.rows as Activity[]).at(-1);
    expect(stored).toMatchObject({ candidateId: candidate.id, type: 'note', companyId: ACME });
    first.unmount();
    await renderPage(`/candidates/${candidate.id}/show/activity`, { as: 'acme' });
    expect(await screen.findByText('Strong React, call back Monday')).toBeInTheDocument();
  });

  it('offers no note on an anonymised profile (the API would refuse it)', async () => {
    const candidate = applicantOf(ACME);
    const support = await login(DEMO.support);
    expect((await call('POST', `/api/candidates/${candidate.id}/anonymize`, {}, support)).status).toBe(200);
    await renderPage(`/candidates/${candidate.id}/show/activity`, { as: 'acme' });
    await screen.findByRole('list', { name: /activity/i });
    expect(screen.queryByRole('textbox', { name: /add a note/i })).toBeNull();
  });

  it('shows support the profile without edit, note or unlock', async () => {
    const candidate = applicantOf(ACME);
    await renderPage(`/candidates/${candidate.id}/show`, { as: 'support' });
    await screen.findByText(candidate.email);
    expect(screen.queryByRole('link', { name: /edit/i })).toBeNull();
    expect(screen.queryByRole('button', { name: /unlock contact/i })).toBeNull();
    await waitFor(() => expect(screen.queryByRole('textbox', { name: /add a note/i })).toBeNull());
  });
});
