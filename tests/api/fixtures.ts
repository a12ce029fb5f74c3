import { companyTagIndex, tagsOf } from '../../mocks/domain/candidates/tags';
import { getState } from '../../mocks/handlers';
import type { Application, Candidate, Offer, ResourceName, User } from '../../src/model/types';

/**
 * Records the contract tests act on, found in the `small` seed or added straight into the mock's
 * tables (interviews, scorecards... which the seed may leave empty). Company 1 is Acme (recruiter
 * id 11), company 2 Globex (recruiter id 15).
 */
export const ACME = 1;
export const GLOBEX = 2;
export const ACME_RECRUITER = 11;
export const GLOBEX_RECRUITER = 15;

type Row = { id: number } & Record<string, unknown>;

function insert(resource: ResourceName, row: Record<string, unknown>): Row {
  return getState().tables[resource].insert(row as never) as unknown as Row;
}

export const offersOf = (companyId: number, status?: string): Offer[] =>
  (getState().tables.offers.rows as Offer[]).filter(
    (o) => o.companyId === companyId && (!status || o.status === status),
  );

export const applicationsOf = (companyId: number): Application[] =>
  (getState().tables.applications.rows as Application[]).filter((a) => a.companyId === companyId);

/** A candidate with no link at all to the company: a masked database profile for its recruiters. */
export function strangerTo(companyId: number): Candidate {
  const state = getState();
  const linked = new Set(applicationsOf(companyId).map((a) => a.candidateId));
  for (const u of state.tables.candidateUnlocks.rows)
    if (u.companyId === companyId) linked.add(u.candidateId);
  const found = (state.tables.candidates.rows as Candidate[]).find(
    (c) => !linked.has(c.id) && c.ownerCompanyId !== companyId,
  );
  if (!found) throw new Error('no stranger candidate in the seed');
  return found;
}

/** The tags a company's recruiters read on a candidate (its own, kept apart unless it owns the profile). */
export function tagsSeenBy(companyId: number, candidateId: number): string[] {
  const state = getState();
  const recruiter = { role: 'recruiter', companyId } as User;
  const candidate = state.tables.candidates.get(candidateId) as Candidate;
  return tagsOf(recruiter, candidate, companyTagIndex(state, companyId));
}

/** A candidate who applied to one of the company's offers. */
export function applicantOf(companyId: number): Candidate {
  const app = applicationsOf(companyId)[0];
  return getState().tables.candidates.get(app.candidateId) as Candidate;
}

/** An offer of the company the candidate has not applied to. */
export function freshPair(companyId: number): { offerId: number; candidateId: number } {
  const offer = offersOf(companyId)[0];
  const applied = new Set(
    applicationsOf(companyId)
      .filter((a) => a.offerId === offer.id)
      .map((a) => a.candidateId),
  );
  const candidate = (getState().tables.candidates.rows as Candidate[]).find(
    (c) => !applied.has(c.id),
  ) as Candidate;
  return { offerId: offer.id, candidateId: candidate.id };
}

/** Company-scoped records of every kind for both demo companies, and a saved view per demo user. */
export function addFixtures(): Record<string, Record<number, number>> {
  const ids: Record<string, Record<number, number>> = {};
  const put = (resource: string, companyId: number, row: Row) => {
    ids[resource] ??= {};
    ids[resource][companyId] = row.id;
  };
  for (const [companyId, author] of [
    [ACME, ACME_RECRUITER],
    [GLOBEX, GLOBEX_RECRUITER],
  ]) {
    const app = applicationsOf(companyId)[0];
    const base = { version: 1, companyId };
    put('applications', companyId, app as unknown as Row);
    const activity = insert('activities', {
      ...base,
      candidateId: app.candidateId,
      applicationId: app.id,
      authorId: author,
      type: 'note',
      body: '<p>First call went well</p>',
      fromStage: null,
      toStage: null,
      scheduledAt: null,
      createdAt: '2026-10-01T09:00:00.000Z',
    });
    put('activities', companyId, activity);
    const interview = insert('interviews', {
      ...base,
      applicationId: app.id,
      candidateId: app.candidateId,
      offerId: app.offerId,
      startsAt: '2026-11-10T09:00:00.000Z',
      durationMinutes: 60,
      kind: 'video',
      location: null,
      videoUrl: 'https://meet.example.com/abc',
      interviewerIds: [author],
      status: 'planned',
    });
    put('interviews', companyId, interview);
    put(
      'scorecards',
      companyId,
      insert('scorecards', {
        ...base,
        interviewId: interview.id,
        applicationId: app.id,
        authorId: author,
        ratings: { communication: 3 },
        summary: 'Solid',
        recommendation: 'yes',
        submittedAt: null,
      }),
    );
    // A draft is private to its author: staff read a submitted one.
    put(
      'scorecards-submitted',
      companyId,
      insert('scorecards', {
        ...base,
        interviewId: interview.id,
        applicationId: app.id,
        authorId: author,
        ratings: { communication: 4 },
        summary: 'Strong',
        recommendation: 'strong-yes',
        submittedAt: '2026-11-01T10:00:00.000Z',
      }),
    );
    put(
      'tasks',
      companyId,
      insert('tasks', {
        ...base,
        candidateId: app.candidateId,
        applicationId: app.id,
        title: 'Send feedback',
        dueAt: '2026-11-05T09:00:00.000Z',
        assigneeId: author,
        done: false,
        automatic: false,
        createdAt: '2026-11-01T09:00:00.000Z',
      }),
    );
    put(
      'message-templates',
      companyId,
      insert('message-templates', {
        ...base,
        kind: 'invitation',
        locale: 'en',
        name: 'Invite',
        subject: 'Interview for {offer.title}',
        body: 'Hello {candidate.firstName}',
      }),
    );
  }
  ids['saved-views'] = {};
  for (const ownerId of [1, 2, 3, ACME_RECRUITER, GLOBEX_RECRUITER]) {
    const owner = getState().tables.users.get(ownerId);
    ids['saved-views'][ownerId] = insert('saved-views', {
      version: 1,
      ownerId,
      companyId: owner?.companyId ?? null,
      resource: 'offers',
      name: 'Published',
      filter: { status: 'published' },
      sort: null,
      sharedWithTeam: false,
    }).id;
  }
  ids['audit-logs'] = {
    0: insert('audit-logs', {
      actorId: 2,
      actorRole: 'support',
      action: 'update',
      resource: 'companies',
      recordId: 1,
      changes: { city: ['Paris', 'Lille'] },
      reason: null,
      at: '2026-10-01T09:00:00.000Z',
    }).id,
  };
  return ids;
}
