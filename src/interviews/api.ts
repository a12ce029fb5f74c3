import type { CriterionAverage } from '../model/scorecards';
import type { Activity, Identifier, Scorecard } from '../model/types';
import { api } from '../providers/httpClient';

/** The interview area's own endpoints (issue 11), beside the generic CRUD. */
export interface ScorecardSummary {
  applicationId: Identifier;
  criteria: string[];
  scorecards: Scorecard[];
  averages: CriterionAverage[];
}

export interface RenderedMessage {
  to: string;
  subject: string;
  body: string;
}

/** Saves an .ics answer as a file: the call needs the bearer token, so no plain link. */
export async function downloadIcs(path: string, filename: string): Promise<void> {
  const { body } = await api(path, { headers: { Accept: 'text/calendar' } });
  const url = URL.createObjectURL(new Blob([body], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

export async function getScorecardSummary(applicationId: Identifier): Promise<ScorecardSummary> {
  return (await api<ScorecardSummary>(`/applications/${applicationId}/scorecards`)).json;
}

export async function renderMessage(
  templateId: Identifier,
  applicationId: Identifier,
): Promise<RenderedMessage> {
  const init = { method: 'POST', body: JSON.stringify({ applicationId }) };
  return (await api<RenderedMessage>(`/message-templates/${templateId}/render`, init)).json;
}

export async function sendMessage(templateId: Identifier, applicationId: Identifier): Promise<Activity> {
  const init = { method: 'POST', body: JSON.stringify({ templateId, applicationId }) };
  return (await api<Activity>('/messages/send', init)).json;
}
