import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { renderAdmin } from '../helpers/renderAdmin';

const SLOW = { timeout: 20000 };

describe('interview screens', () => {
  it('shows an application’s submitted scorecards side by side with the average per criterion', async () => {
    const token = await login(DEMO.acme);
    const apps = await call(
      'GET',
      `/api/applications${listQuery({ filter: { stage: 'screening' }, range: [0, 0] })}`,
      undefined,
      token,
    );
    const app = apps.body[0];
    const interview = await call(
      'POST',
      '/api/interviews',
      { applicationId: app.id, startsAt: '2026-12-01T09:00:00.000Z', durationMinutes: 60, kind: 'video' },
      token,
    );
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
    const section = await screen.findByRole('region', { name: 'Scorecards' }, SLOW);
    const row = within(section).getByRole('row', { name: /Technical skills/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Technical skills', '4', '1', '2.5']);
    expect(screen.getByRole('link', { name: 'Schedule an interview' })).toBeInTheDocument();
  });
});
