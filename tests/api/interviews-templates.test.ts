import { describe, expect, it } from 'vitest';
import type { Activity, MessageTemplate } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { anApplication, recruiter, schedule } from './interviews-fixtures';

async function template(token: string, kind: string, locale: string): Promise<MessageTemplate> {
  const res = await call<MessageTemplate[]>(
    'GET',
    `/api/message-templates${listQuery({ filter: { kind, locale } })}`,
    undefined,
    token,
  );
  return res.body[0];
}

describe('message templates', () => {
  it('renders placeholders in the template language, with the interview time in the company zone', async () => {
    const { token } = await recruiter();
    const app = await anApplication(token, { stage: 'screening' });
    const candidate = (await call('GET', `/api/candidates/${app.candidateId}`, undefined, token)).body;
    const offer = (await call('GET', `/api/offers/${app.offerId}`, undefined, token)).body;
    // 29 March 2026, 08:00 UTC = 10:00 in Paris (Acme is French), the day summer time starts.
    const interview = await schedule(token, app.id, { startsAt: '2026-03-29T08:00:00.000Z' });
    const fr = await template(token, 'invitation', 'fr');
    const res = await call(
      'POST',
      `/api/message-templates/${fr.id}/render`,
      { applicationId: app.id, interviewId: interview.body.id },
      token,
    );
    expect(res.status).toBe(200);
    expect(res.body.subject).toBe(`Entretien pour le poste ${offer.title}`);
    expect(res.body.body).toContain(`Bonjour ${candidate.firstName},`);
    expect(res.body.body).toContain('dimanche 29 mars 2026 à 10:00');
    expect(res.body.body).not.toMatch(/\{[a-z]+\.[a-zA-Z]+\}/);
    expect(res.body.to).toBe(candidate.email);
  });

  it('refuses a template with an unknown placeholder, naming it', async () => {
    const { token } = await recruiter();
    const create = await call(
      'POST',
      '/api/message-templates',
      {
        kind: 'rejection',
        locale: 'en',
        name: 'Oops',
        subject: 'Hi {candidate.firstName}',
        body: 'Your {offer.salary} is {candidate.firstName}',
      },
      token,
    );
    expect(create.status).toBe(422);
    expect(create.body.errors.body).toBe('unknown placeholder {offer.salary}');
    expect(create.body.message).toContain('{offer.salary}');
    const en = await template(token, 'rejection', 'en');
    const edit = await call(
      'PATCH',
      `/api/message-templates/${en.id}`,
      { subject: '{candidate.age}', version: en.version },
      token,
    );
    expect(edit.status).toBe(422);
    expect(edit.body.errors.subject).toContain('{candidate.age}');
    const good = await call(
      'PATCH',
      `/api/message-templates/${en.id}`,
      { subject: 'About {offer.title}', version: en.version },
      token,
    );
    expect(good.status).toBe(200);
  });

  it('records a sent message as an email activity on the timeline; scoped by role and tenant', async () => {
    const { token } = await recruiter();
    const app = await anApplication(token, { stage: 'screening' });
    const rejection = await template(token, 'rejection', 'en');
    const sent = await call<Activity>(
      'POST',
      '/api/messages/send',
      { templateId: rejection.id, applicationId: app.id },
      token,
    );
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ type: 'email', applicationId: app.id, candidateId: app.candidateId });
    expect(sent.body.body).toMatch(/^To: .+\nSubject: Your application for /);
    const timeline = await call<Activity[]>(
      'GET',
      `/api/activities${listQuery({ filter: { applicationId: app.id, type: 'email' } })}`,
      undefined,
      token,
    );
    expect(timeline.body.map((a) => a.id)).toContain(sent.body.id);
    // An invitation needs an interview to fill {interview.startsAt}.
    const invitation = await template(token, 'invitation', 'en');
    const missing = await call(
      'POST',
      '/api/messages/send',
      { templateId: invitation.id, applicationId: app.id },
      token,
    );
    expect(missing.status).toBe(422);

    const globex = await login(DEMO.globex);
    expect(
      (await call('POST', `/api/message-templates/${rejection.id}/render`, { applicationId: app.id }, globex))
        .status,
    ).toBe(404);
    const support = await login(DEMO.support);
    expect(
      (await call('POST', '/api/messages/send', { templateId: rejection.id, applicationId: app.id }, support))
        .status,
    ).toBe(403);
    expect((await call('GET', '/api/message-templates', undefined, await login(DEMO.sales))).status).toBe(
      403,
    );
  });
});
