import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Activity, Application, Candidate, Interview, User } from '../../src/model/types';
import { anApplication, onDefaultCriteria, schedule } from '../api/interviews-fixtures';
import { call, DEMO, login } from '../helpers/api';
import { renderAdmin, renderPage } from '../helpers/renderAdmin';

/** One of Acme's open applications with no interview planned. */
function withoutInterview(): Application {
  const interviews = getState().tables.interviews.rows as Interview[];
  return (getState().tables.applications.rows as Application[]).find(
    (a) =>
      a.companyId === 1 &&
      a.stage === 'screening' &&
      !interviews.some((i) => i.applicationId === a.id && i.status === 'planned'),
  ) as Application;
}

describe('interview screens', () => {
  it('shows an application’s submitted scorecards side by side with the average per criterion', async () => {
    const token = await login(DEMO.acme);
    const app = onDefaultCriteria();
    const interview = await schedule(token, app.id);
    for (const technical of [4, 1])
      await call(
        'POST',
        '/api/scorecards',
        {
          interviewId: interview.body.id,
          ratings: { technical, communication: 3, motivation: 3, teamFit: 3 },
          recommendation: 'yes',
          submittedAt: 'now',
        },
        token,
      );
    await renderAdmin(`/applications/${app.id}/show`, { as: 'acme' });
    const section = await screen.findByRole('region', { name: 'Scorecards' });
    const row = within(section).getByRole('row', { name: /Technical skills/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Technical skills', '4', '1', '2.5']);
    expect(screen.getByRole('link', { name: 'Schedule an interview' })).toBeInTheDocument();
  });

  it('previews a templated message before sending it, then records it on the timeline', async () => {
    await login(DEMO.acme);
    // One to whom no message was sent yet.
    const app = (getState().tables.applications.rows as Application[]).find(
      (a) =>
        a.companyId === 1 &&
        a.stage === 'screening' &&
        !getState().tables.activities.rows.some((x) => x.applicationId === a.id && x.type === 'email'),
    ) as Application;
    const candidate = getState().tables.candidates.get(app.candidateId) as Candidate;
    const { user } = await renderPage(`/applications/${app.id}/show`, { as: 'acme' });
    await user.click(await screen.findByRole('button', { name: 'Send a message' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send a message' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Template' }));
    const rejection = (await screen.findAllByRole('option')).find(
      (o) => /\(EN\)$/.test(o.textContent ?? '') && /reject|refus/i.test(o.textContent ?? ''),
    );
    expect(rejection).toBeDefined();
    await user.click(rejection as HTMLElement);
    const preview = await within(dialog).findByRole('region', { name: 'What the candidate will receive' });
    expect(preview).toHaveTextContent(`To: ${candidate.email}`);
    expect(preview).toHaveTextContent(candidate.firstName);
    expect(
      getState().tables.activities.rows.some((a) => a.applicationId === app.id && a.type === 'email'),
    ).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Message recorded on the timeline')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        (getState().tables.activities.rows as Activity[]).filter(
          (a) => a.applicationId === app.id && a.type === 'email',
        ),
      ).toHaveLength(1),
    );
  });

  it('offers by default the template in the candidate’s language, not the recruiter’s', async () => {
    const candidates = getState().tables.candidates;
    const inMarket = (country: Candidate['country']) =>
      getState().tables.applications.rows.find(
        (a) =>
          a.companyId === 1 &&
          !['hired', 'rejected', 'withdrawn'].includes(a.stage) &&
          candidates.get(a.candidateId)?.country === country,
      ) as { id: number; candidateId: number };
    for (const [country, language] of [
      ['FR', 'FR'],
      ['GB', 'EN'],
    ] as const) {
      const app = inMarket(country);
      const { user, unmount } = await renderAdmin(`/applications/${app.id}/show`, { as: 'acme' });
      await user.click(await screen.findByRole('button', { name: 'Send a message' }));
      const dialog = await screen.findByRole('dialog', { name: 'Send a message' });
      const template = within(dialog).getByRole('combobox', { name: 'Template' });
      await waitFor(() => expect(template).toHaveTextContent(/\((FR|EN)\)$/));
      expect(template).toHaveTextContent(new RegExp(`\\(${language}\\)$`));
      unmount();
    }
  });

  it('offers no interview template for an application without an interview booked, and says why in words', async () => {
    const app = withoutInterview();
    const { user } = await renderPage(`/applications/${app.id}/show`, { as: 'acme' });
    await user.click(await screen.findByRole('button', { name: 'Send a message' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send a message' });
    const template = within(dialog).getByRole('combobox', { name: 'Template' });
    // The default is one the API renders: its preview comes, and no field error shows.
    await within(dialog).findByRole('region', { name: 'What the candidate will receive' });
    expect(template).not.toHaveTextContent(/Interview invitation/);
    await user.click(template);
    const invitation = (await screen.findAllByRole('option')).find((o) =>
      /^Interview invitation \(EN\)/.test(o.textContent ?? ''),
    ) as HTMLElement;
    expect(invitation).toHaveAttribute('aria-disabled', 'true');
    expect(invitation).toHaveTextContent('Needs a booked interview, and this application has none');
    expect(screen.queryByText(/interviewId/)).toBeNull();
  });

  it('says in words, not "Invalid data: interviewId", when the API finds no interview for the template', async () => {
    const app = withoutInterview();
    const token = await login(DEMO.acme);
    const booked = (await schedule(token, app.id, { startsAt: '2031-03-14T09:30:00.000Z' })).body;
    const { user } = await renderPage(`/applications/${app.id}/show`, { as: 'acme', locale: 'fr' });
    await user.click(await screen.findByRole('button', { name: 'Envoyer un message' }));
    const dialog = await screen.findByRole('dialog', { name: 'Envoyer un message' });
    const template = within(dialog).getByRole('combobox', { name: 'Modèle' });
    await waitFor(() => expect(template).toHaveTextContent(/\((FR|EN)\)$/));
    // The preview's labels in French typography: a non-breaking space before the colon.
    const preview = await within(dialog).findByRole('region', { name: 'Ce que la personne recevra' });
    expect(preview.firstElementChild?.textContent).toMatch(/^À\u00A0: \S+@/);
    // Cancelled while the dialog is open: it still offers the invitations, the API refuses them.
    const cancelled = await call(
      'PATCH',
      `/api/interviews/${booked.id}`,
      { status: 'cancelled', version: booked.version },
      token,
    );
    expect(cancelled.status).toBe(200);
    await user.click(template);
    const invitation = (await screen.findAllByRole('option')).find((o) =>
      /^Interview invitation \(EN\)/.test(o.textContent ?? ''),
    ) as HTMLElement;
    await user.click(invitation);
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Ce modèle parle d’un entretien, et aucun n’est prévu pour cette candidature\u00A0: planifiez-en un d’abord, ou choisissez un autre modèle.',
    );
    expect(within(dialog).queryByText(/interviewId/)).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Envoyer' })).toBeDisabled();
  });

  it('shows this week’s interviews in the calendar, and only the chosen interviewer’s when filtered', async () => {
    const token = await login(DEMO.acme);
    const app = await anApplication(token, { stage: 'screening' });
    const recruiters = (getState().tables.users.rows as User[]).filter(
      (u) => u.companyId === 1 && u.role === 'recruiter' && u.status === 'active',
    );
    expect(recruiters.length).toBeGreaterThan(1);
    // Tomorrow morning and afternoon (the calendar opens on the real current week or day).
    const at = (hour: number) => {
      const day = new Date();
      day.setDate(day.getDate() + (day.getDay() === 0 ? 0 : 1)); // stay inside this Monday-Sunday week
      day.setHours(hour, 0, 0, 0);
      return day.toISOString();
    };
    for (const [hour, interviewer, kind] of [
      [6, recruiters[0], 'phone'],
      [22, recruiters[1], 'on-site'],
    ] as const) {
      const created = await schedule(token, app.id, {
        startsAt: at(hour),
        durationMinutes: 30,
        kind,
        interviewerIds: [interviewer.id],
      });
      expect(created.status).toBe(201);
    }
    const time = (hour: number) =>
      new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(at(hour)));
    await renderPage(
      `/interviews?filter=${encodeURIComponent(JSON.stringify({ interviewerIds: recruiters[0].id }))}`,
      {
        as: 'acme',
      },
    );
    const week = await screen.findByRole('region', { name: 'Week' });
    expect(await within(week).findByText(`${time(6)} · Phone`)).toBeInTheDocument();
    expect(within(week).queryByText(`${time(22)} · On site`)).toBeNull();
  });
});
