import {
  fillPlaceholders,
  needsInterview,
  type Placeholder,
  unknownPlaceholders,
} from '../../../src/model/placeholders';
import type {
  Activity,
  Application,
  Candidate,
  Company,
  Interview,
  MessageTemplate,
  Offer,
  User,
} from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { assertCan } from '../accounts/permissions';
import { invalid } from '../api/errors';
import { isId } from '../api/input';
import { type FieldErrors, msg } from '../api/translate';
import { companyTimeZone } from '../interviews/rules';
import { findVisible } from '../records/reads';
import { ACTION_REFERENCES, assertReferences } from '../records/references';
import { createRecord } from '../records/writes';

/**
 * Message templates: placeholders checked on save (422 naming the unknown one), rendered against
 * an application (and an interview) in the template's language, and "sent" — the mock sends no
 * mail, it records the message as an `email` activity on the candidate's timeline.
 */
export function assertKnownPlaceholders(fields: { subject?: unknown; body?: unknown }): void {
  const errors: FieldErrors = {};
  let first: string | undefined;
  for (const field of ['subject', 'body'] as const) {
    const text = fields[field];
    if (typeof text !== 'string') continue;
    const unknown = unknownPlaceholders(text);
    if (unknown.length === 0) continue;
    const list = unknown.map((n) => `{${n}}`).join(', ');
    errors[field] = msg('unknown_placeholder_field', { list });
    first ??= list;
  }
  if (first) throw invalid(errors, msg('unknown_placeholder', { list: first }));
}

export interface RenderInput {
  applicationId?: unknown;
  interviewId?: unknown;
}

export interface Rendered {
  templateId: number;
  applicationId: number;
  to: string;
  subject: string;
  body: string;
}

function pickInterview(state: MockState, user: User, app: Application, id: unknown): Interview | undefined {
  if (id != null) {
    if (!isId(id)) throw invalid({ interviewId: msg('id') });
    const interview = findVisible(state, user, 'interviews', id) as unknown as Interview;
    if (interview.applicationId !== app.id)
      throw invalid({ interviewId: msg('not_interview_of_application') });
    return interview;
  }
  // By default the application's next planned interview (the one an invitation is about).
  return (state.tables.interviews.rows as Interview[])
    .filter((i) => i.applicationId === app.id && i.status === 'planned')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
}

export function renderTemplate(state: MockState, user: User, id: number, input: RenderInput): Rendered {
  assertCan(user, 'message-templates', 'show');
  const template = findVisible(state, user, 'message-templates', id) as unknown as MessageTemplate;
  assertReferences(state, user, ACTION_REFERENCES.render, input as Record<string, unknown>);
  const app = findVisible(
    state,
    user,
    'applications',
    input.applicationId as number,
  ) as unknown as Application;
  if (app.companyId !== template.companyId)
    throw invalid({ applicationId: msg('not_application_of_company') });
  assertKnownPlaceholders(template);
  const candidate = state.tables.candidates.get(app.candidateId) as Candidate;
  const offer = state.tables.offers.get(app.offerId) as Offer;
  const company = state.tables.companies.get(app.companyId) as Company;
  const interview = pickInterview(state, user, app, input.interviewId);
  if (!interview && needsInterview(template)) throw invalid({ interviewId: msg('template_needs_interview') });
  const timeZone = companyTimeZone(company);
  const values: Partial<Record<Placeholder, string>> = {
    'candidate.firstName': candidate.firstName,
    'candidate.lastName': candidate.lastName,
    'offer.title': offer.title,
    'offer.reference': offer.reference,
    'offer.city': offer.city,
    'company.name': company.name,
    'interview.startsAt': interview
      ? new Intl.DateTimeFormat(template.locale === 'fr' ? 'fr-FR' : 'en-GB', {
          dateStyle: 'full',
          timeStyle: 'short',
          timeZone,
        }).format(new Date(interview.startsAt))
      : '',
    'interview.location': interview ? (interview.location ?? interview.videoUrl ?? '') : '',
  };
  return {
    templateId: template.id,
    applicationId: app.id,
    to: candidate.email,
    subject: fillPlaceholders(template.subject, values),
    body: fillPlaceholders(template.body, values),
  };
}

/** Renders, then records what would be sent as an `email` activity; returns the activity. */
export function sendMessage(state: MockState, user: User, raw: unknown): Activity {
  const body = (typeof raw === 'object' && raw !== null ? raw : {}) as RenderInput & { templateId?: unknown };
  assertCan(user, 'activities', 'create');
  assertReferences(state, user, ACTION_REFERENCES.send, body as Record<string, unknown>);
  const message = renderTemplate(state, user, body.templateId as number, body);
  const app = state.tables.applications.get(message.applicationId) as Application;
  return createRecord(state, user, 'activities', {
    candidateId: app.candidateId,
    applicationId: app.id,
    type: 'email',
    body: `To: ${message.to}\nSubject: ${message.subject}\n\n${message.body}`,
  }) as unknown as Activity;
}
