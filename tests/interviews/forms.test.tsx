import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { screensEn } from '../../src/i18n/en.screens';
import type { Application, Candidate, Offer } from '../../src/model/types';
import { onDefaultCriteria, schedule } from '../api/interviews-fixtures';
import { DEMO, login } from '../helpers/api';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** The interview and scorecard forms, as a recruiter reads them in their language. */
const ACME = 1;

/** What a recruiter should read for an application: the person, the offer and the stage. */
function labelOf(app: Application): string {
  const candidate = getState().tables.candidates.get(app.candidateId) as Candidate;
  const offer = getState().tables.offers.get(app.offerId) as Offer;
  return `${candidate.firstName} ${candidate.lastName} — ${offer.title} (${screensEn.resources.applications.stage[app.stage]})`;
}

async function plannedInterview(startsAt: string): Promise<{ id: number; candidate: Candidate }> {
  const token = await login(DEMO.acme);
  const app = onDefaultCriteria();
  const created = await schedule(token, app.id, { startsAt });
  return { id: created.body.id, candidate: getState().tables.candidates.get(app.candidateId) as Candidate };
}

describe('interview and scorecard forms', () => {
  it('lists applications by candidate name, offer title and stage, not by id', async () => {
    const { user } = await renderAdmin('/interviews/create', { as: 'acme' });
    await user.click(await screen.findByRole('combobox', { name: /Application/ }));
    const listbox = await screen.findByRole('listbox');
    const acme = new Map(
      (getState().tables.applications.rows as Application[])
        .filter((a) => a.companyId === ACME)
        .map((a) => [labelOf(a), a]),
    );
    await waitFor(() => {
      const texts = within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent ?? '')
        .filter((t) => t !== '');
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(acme.has(text), text).toBe(true);
    });
  });

  it('shows the interview date the French way and the server’s refusal in French under the field', async () => {
    const { id, candidate } = await plannedInterview('2026-12-01T09:00:00.000Z');
    const { user } = await renderPage(`/interviews/${id}/show`, { as: 'acme', locale: 'fr' });
    await user.click(await screen.findByRole('link', { name: 'Rédiger une évaluation' }));
    const interview = await screen.findByRole('combobox', { name: /Entretien/ });
    // "1 déc. 2026, 10:00" in Paris (the date, whatever the machine's zone, reads the French way).
    await waitFor(() => expect(interview).toHaveTextContent(/^.+ · [0-9]{1,2} déc\. 2026.* [0-9]{2}:00$/));
    expect(interview).toHaveTextContent(`${candidate.firstName} ${candidate.lastName}`);
    await user.click(screen.getByRole('switch', { name: /Soumettre maintenant/ }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    // Submitting needs a recommendation and every criterion rated: a rule only the API checks.
    const recommendation = screen.getByRole('combobox', { name: /Recommandation/ });
    await waitFor(() => expect(recommendation).toHaveAccessibleDescription('obligatoire pour soumettre'));
    const technical = screen.getByRole('group', { name: /Compétences techniques/ });
    expect(technical).toHaveTextContent('obligatoire pour soumettre');
    expect(screen.queryByText(/required to submit/)).not.toBeInTheDocument();
    expect(getState().tables.scorecards.rows.some((s) => s.interviewId === id)).toBe(false);
  });
});
