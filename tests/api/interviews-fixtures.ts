import { getState } from '../../mocks/handlers';
import { criteriaFor } from '../../src/model/scorecards';
import type { Application, Interview, Offer, User } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';

/** Shared set-up of the interview-area API tests: a logged-in recruiter and one of their applications. */
export interface Recruiter {
  token: string;
  user: Pick<User, 'id' | 'companyId' | 'role'>;
}

export async function recruiter(email: string = DEMO.acme): Promise<Recruiter> {
  const token = await login(email);
  const me = await call<User>('GET', '/api/auth/me', undefined, token);
  return { token, user: me.body };
}

export async function anApplication(
  token: string,
  filter: Record<string, unknown> = {},
): Promise<Application> {
  const res = await call<Application[]>(
    'GET',
    `/api/applications${listQuery({ filter, range: [0, 0] })}`,
    undefined,
    token,
  );
  if (!res.body[0]) throw new Error('no application');
  return res.body[0];
}

export async function schedule(token: string, applicationId: number, fields: Partial<Interview> = {}) {
  // biome-ignore lint/suspicious/noExplicitAny: error bodies carry message, errors and clash
  return call<Interview & Record<string, any>>(
    'POST',
    '/api/interviews',
    { applicationId, startsAt: '2026-12-01T09:00:00.000Z', durationMinutes: 60, kind: 'video', ...fields },
    token,
  );
}

/** An application of the company in screening whose offer is scored on the default criteria (not an internship's). */
export function onDefaultCriteria(companyId = 1): Application {
  const state = getState();
  return (state.tables.applications.rows as Application[]).find(
    (a) =>
      a.companyId === companyId &&
      a.stage === 'screening' &&
      criteriaFor(state.tables.offers.get(a.offerId) as Offer).includes('technical'),
  ) as Application;
}
