import type { Candidate, User } from '../../src/types';
import type { MockState } from '../db/store';
import { audit } from './audit';
import { ApiError, forbidden } from './errors';
import { touch } from './indexes';
import { assertCan, fullAccessSet, hasFullAccess, project } from './permissions';
import { forgetRow } from './query';
import { findVisible } from './records';
import { msg } from './translate';

/**
 * POST /candidates/{id}/merge {intoId}: the duplicate `id` folds into `intoId`. Every application,
 * activity, interview, task and unlock follows the person; empty fields of the kept profile are
 * filled from the duplicate, lists are united; then the duplicate is removed. A recruiter may only
 * merge a profile their company added into one they see in full.
 */
const FILLABLE = [
  'phone',
  'linkedinUrl',
  'headline',
  'city',
  'availableFrom',
  'desiredSalary',
  'desiredDailyRate',
  'summary',
  'consentAt',
] as const;
const UNITED = ['skills', 'tags', 'contractTypes'] as const;
const LINKED = ['applications', 'activities', 'interviews', 'tasks'] as const;

export function mergeCandidates(state: MockState, user: User, id: number, body: unknown): Candidate {
  assertCan(user, 'candidates', 'edit');
  const intoId = (body as { intoId?: unknown } | undefined)?.intoId;
  if (!Number.isSafeInteger(intoId))
    throw new ApiError(422, msg('merge_into_required'), { errors: { intoId: msg('required') } });
  if (intoId === id)
    throw new ApiError(422, msg('merge_into_self'), { errors: { intoId: msg('same_candidate') } });
  const from = findVisible(state, user, 'candidates', id) as unknown as Candidate;
  const into = findVisible(state, user, 'candidates', intoId as number) as unknown as Candidate;
  const full = fullAccessSet(state, user);
  if (
    user.role === 'recruiter' &&
    (from.ownerCompanyId !== user.companyId || !hasFullAccess(user, into, full))
  )
    throw forbidden(msg('merge_not_allowed'));
  if (from.anonymizedAt || into.anonymizedAt) throw new ApiError(409, msg('merge_anonymised'));
  const target = into as unknown as Record<string, unknown>;
  const source = from as unknown as Record<string, unknown>;
  for (const field of FILLABLE)
    if ((target[field] === null || target[field] === '') && source[field] != null)
      target[field] = source[field];
  for (const field of UNITED) target[field] = [...new Set([...into[field], ...from[field]])];
  if (into.desiredSalary != null && into.desiredDailyRate != null) into.desiredDailyRate = null;
  if ((from.lastActivityAt ?? '') > (into.lastActivityAt ?? '')) into.lastActivityAt = from.lastActivityAt;
  into.version += 1;
  forgetRow(into);
  for (const table of LINKED)
    for (const row of state.tables[table].rows as Array<{ candidateId: number | null }>)
      if (row.candidateId === id) {
        row.candidateId = into.id;
        forgetRow(row);
      }
  const unlocks = state.tables.candidateUnlocks;
  for (const unlock of [...unlocks.rows])
    if (unlock.candidateId === id) {
      if (unlocks.rows.some((u) => u.candidateId === into.id && u.companyId === unlock.companyId))
        unlocks.remove(unlock.id);
      else unlock.candidateId = into.id;
    }
  // A company's verdict on the kept profile for an offer stands; one only on the merged one moves over.
  const verdicts = state.tables.matchFeedback;
  for (const row of [...verdicts.rows])
    if (row.candidateId === id) {
      if (verdicts.rows.some((r) => r.candidateId === into.id && r.offerId === row.offerId))
        verdicts.remove(row.id);
      else verdicts.replace({ ...row, candidateId: into.id });
    }
  state.tables.candidates.remove(id);
  touch();
  audit(state, user, {
    action: 'candidate.merge',
    resource: 'candidates',
    recordId: into.id,
    changes: { mergedFrom: [id, into.id] },
  });
  return project(user, 'candidates', into, fullAccessSet(state, user));
}
