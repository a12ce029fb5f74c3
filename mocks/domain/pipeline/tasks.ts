import type { Application, Candidate, Company, Task } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { companyRows, touch } from '../records/indexes';

/**
 * The follow-up rule: an application left in "new" for more than 48 hours gets one automatic task
 * for its offer's recruiter, due when the 48 hours ran out (so it lists as overdue). The API applies
 * the rule lazily, before any tasks call, from the data and the clock only: replaying the demo
 * journal recreates the same tasks with the same ids.
 */
export const NEW_WAIT_MS = 48 * 60 * 60 * 1000;

const TITLE = {
  fr: (name: string) => `Qualifier la candidature de ${name} (en attente depuis plus de 48 h)`,
  en: (name: string) => `Review ${name}'s application (waiting over 48 hours)`,
};

/** Applications of `companyId` (all when undefined) due an automatic task at `nowMs`. */
export function applicationsDueTask(state: MockState, nowMs: number, companyId?: number): Application[] {
  const apps =
    companyId === undefined
      ? (state.tables.applications.rows as Application[])
      : companyRows(state.tables.applications, companyId);
  const tasks =
    companyId === undefined ? state.tables.tasks.rows : companyRows(state.tables.tasks, companyId);
  const covered = new Set(tasks.filter((t) => t.automatic).map((t) => t.applicationId));
  return apps.filter(
    (a) => a.stage === 'new' && nowMs - Date.parse(a.stageChangedAt) > NEW_WAIT_MS && !covered.has(a.id),
  );
}

/** Creates the due automatic tasks; returns them. */
export function createDueTasks(state: MockState, companyId?: number): Task[] {
  const now = state.clock.now();
  const created: Task[] = [];
  for (const app of applicationsDueTask(state, now, companyId)) {
    const candidate = state.tables.candidates.get(app.candidateId) as Candidate | undefined;
    const company = state.tables.companies.get(app.companyId) as Company | undefined;
    const name = candidate ? `${candidate.firstName} ${candidate.lastName}`.trim() : `#${app.candidateId}`;
    const task = state.tables.tasks.insert({
      version: 1,
      companyId: app.companyId,
      candidateId: app.candidateId,
      applicationId: app.id,
      title: TITLE[company?.country === 'GB' ? 'en' : 'fr'](name),
      dueAt: new Date(Date.parse(app.stageChangedAt) + NEW_WAIT_MS).toISOString(),
      assigneeId: app.recruiterId,
      done: false,
      automatic: true,
      kind: 'review_waiting',
      createdAt: new Date(now).toISOString(),
    });
    created.push(task);
  }
  if (created.length > 0) touch();
  return created;
}
