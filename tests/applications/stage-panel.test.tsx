import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { matchScoreOf } from '../../mocks/domain/matching/application-score';
import { getState } from '../../mocks/handlers';
import type { Application, User } from '../../src/model/types';
import { ACME_RECRUITER } from '../api/fixtures';
import { call, DEMO, login } from '../helpers/api';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/**
 * The application page: its match score from the API, and a stage or rating change refused with
 * 409 (someone else changed it) shown as a conflict, the user's choice against the stored one.
 */
const stored = (id: number) => getState().tables.applications.get(id) as Application;
const inScreening = () =>
  structuredClone(
    (getState().tables.applications.rows as Application[]).find(
      (a) => a.companyId === 1 && a.stage === 'screening',
    ) as Application,
  );

/** Another session of the same company moves the application, from the version this page loaded. */
async function colleagueMoves(app: Application, stage: Application['stage']): Promise<void> {
  const other = await login(DEMO.acme);
  await call('POST', `/api/applications/${app.id}/move`, { stage, position: 0, version: app.version }, other);
}

/** The score as Acme's recruiter reads it: their company's feedback shapes it. */
const acmeRecruiter = () => getState().tables.users.get(ACME_RECRUITER) as User;

describe('application page', () => {
  it('shows the match score the API computed, written out', async () => {
    const app = inScreening();
    await renderAdmin(`/applications/${app.id}/show`, { as: 'acme' });
    const score = matchScoreOf(getState(), acmeRecruiter(), app);
    expect(await screen.findByText(`${score} / 100`, {})).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: `Match score: ${score} out of 100` })).toBeInTheDocument();
    expect(screen.getByText('Match score')).toBeInTheDocument();
  });

  it('on a 409 stage change, compares both; "Keep mine" moves it against the stored version', async () => {
    const app = inScreening();
    const { user } = await renderPage(`/applications/${app.id}/show`, { as: 'acme' });
    await user.click(await screen.findByRole('combobox', { name: 'Change stage' }));
    await user.click(await screen.findByRole('option', { name: 'Technical test' }));
    // Meanwhile a colleague moves it to "interview".
    await colleagueMoves(app, 'interview');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    const row = within(dialog).getByRole('row', { name: /^Stage/ });
    expect(row).toHaveTextContent('Technical test');
    expect(row).toHaveTextContent('Interview');
    expect(await within(dialog).findByTestId('last-stage-change')).toHaveTextContent(/Screening → Interview/);
    expect(stored(app.id).stage).toBe('interview');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(stored(app.id).stage).toBe('technical'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('on a 409 rating, "Take the stored record" keeps the colleague’s change', async () => {
    const app = inScreening();
    const { user } = await renderPage(`/applications/${app.id}/show`, { as: 'acme' });
    await screen.findByRole('combobox', { name: 'Change stage' });
    await colleagueMoves(app, 'offer');
    await user.click(screen.getAllByRole('radio', { name: '2 Stars' })[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this record' });
    expect(within(dialog).getByRole('row', { name: /^Stage/ })).toHaveTextContent('Offer');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Take the stored record' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(stored(app.id)).toMatchObject({ stage: 'offer', rating: app.rating });
  });
});
