import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Interview } from '../../src/model/types';
import { PipelinePanel } from '../../src/pipeline/PipelinePanel';
import { anApplication, recruiter, schedule } from '../api/interviews-fixtures';
import { call, DEMO, login } from '../helpers/api';
import { renderAdmin, renderInAdmin } from '../helpers/renderAdmin';

/** A booked interview shows where the recruiter decides the next step: the application page and the board's panel. */
/** Books a video interview on one of Acme's applications (no other interview planned on it). */
async function booked(): Promise<Interview> {
  const { token } = await recruiter();
  const application = await anApplication(token, { stage: 'screening' });
  const { status, body } = await schedule(token, application.id, { startsAt: '2031-03-14T09:30:00.000Z' });
  expect(status).toBe(201);
  return body;
}

/** The date as the app writes it (en-GB, full date and short time, the reader's zone). */
const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short' });

describe('booked interviews', () => {
  it('are listed on the application page, linked to the interview', async () => {
    const interview = await booked();
    await renderAdmin(`/applications/${interview.applicationId}/show`, { as: 'acme' });
    const section = await screen.findByRole('region', { name: 'Interviews booked' });
    const link = await within(section).findByRole('link', { name: when(interview.startsAt) });
    expect(link).toHaveAttribute('href', `#/interviews/${interview.id}/show`);
    expect(section).toHaveTextContent('Video');
  });

  it('are listed in the pipeline’s side panel, in French for a French reader', async () => {
    const interview = await booked();
    await renderInAdmin(<PipelinePanel id={interview.applicationId} onClose={() => undefined} />, {
      as: 'acme',
      locale: 'fr',
    });
    const section = await screen.findByRole('region', { name: 'Entretiens prévus' });
    const date = new Date(interview.startsAt).toLocaleString('fr-FR', {
      dateStyle: 'full',
      timeStyle: 'short',
    });
    expect(await within(section).findByRole('link', { name: date })).toHaveAttribute(
      'href',
      `#/interviews/${interview.id}/show`,
    );
    expect(section).toHaveTextContent('Visio');
  });

  it('of an anonymised person: no new interview or scorecard is offered, and the page says why', async () => {
    const interview = await booked();
    const support = await login(DEMO.support);
    const erased = await call('POST', `/api/candidates/${interview.candidateId}/anonymize`, {}, support);
    expect(erased.status).toBe(200);
    const why = 'This candidate was anonymised: nothing new can be recorded about them';

    const page = await renderAdmin(`/applications/${interview.applicationId}/show`, { as: 'acme' });
    const schedule = await screen.findByRole('button', { name: 'Schedule an interview' });
    expect(schedule).toBeDisabled();
    expect(schedule).toHaveAccessibleDescription(why);
    expect(screen.queryByRole('link', { name: 'Schedule an interview' })).toBeNull();
    page.unmount();

    await renderAdmin(`/interviews/${interview.id}/show`, { as: 'acme' });
    const scorecard = await screen.findByRole('button', { name: 'Write a scorecard' });
    expect(scorecard).toBeDisabled();
    expect(scorecard).toHaveAccessibleDescription(why);
    expect(screen.queryByRole('link', { name: 'Write a scorecard' })).toBeNull();
  });

  it('the pipeline’s side panel puts a non-breaking space before its colons in French', async () => {
    const interview = await booked();
    await renderInAdmin(<PipelinePanel id={interview.applicationId} onClose={() => undefined} />, {
      as: 'acme',
      locale: 'fr',
    });
    const stage = await screen.findByText(/^Étape\s:/);
    expect(stage.textContent).toMatch(/^Étape\u00A0: \S/);
    // No label of the panel is glued to its colon, nor followed by a breaking space before it.
    expect(document.body.textContent).not.toMatch(/[^\u00A0\d]:\s/);
  });
});
