import type { Candidate, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { audit } from '../accounts/audit';
import { assertCan, fullAccessSet, hasFullAccess } from '../accounts/permissions';
import { ApiError, forbidden } from '../api/errors';
import { msg } from '../api/translate';
import { touch } from '../records/indexes';
import { forgetRow } from '../records/query';
import { findVisible, readView } from '../records/reads';
import { ACTION_REFERENCES, assertReferences } from '../records/references';
import { companyTagIndex, companyTagsOf, moveCompanyTags, tagsOf, writeCompanyTags } from './tags';

/**
 * POST /candidates/{id}/merge {intoId}: the duplicate `id` folds into `intoId`. Applications,
 * activities, interviews, tasks and unlocks follow the person; empty fields of the kept profile are
 * filled from the duplicate, lists are united; then the duplicate is removed. A recruiter may only
 * merge a profile their company added into one they see in full, and the merge touches only what
 * their company owns: its own linked records and unlock, its own tags, and the kept profile's fields
 * only when the company owns that profile too. Another company's records stay on the duplicate
 * (moving them would open the kept profile's contact to that company without its unlock), and the
 * duplicate then stays in the database, no longer the company's.
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

type Linked = { candidateId: number | null; companyId: number };

export function mergeCandidates(state: MockState, user: User, id: number, body: unknown): Candidate {
  assertCan(user, 'candidates', 'edit');
  const intoId = (body as { intoId?: unknown } | undefined)?.intoId;
  if (!Number.isSafeInteger(intoId))
    throw new ApiError(422, msg('merge_into_required'), { errors: { intoId: msg('required') } });
  if (intoId === id)
    throw new ApiError(422, msg('merge_into_self'), { errors: { intoId: msg('same_candidate') } });
  const from = findVisible(state, user, 'candidates', id) as unknown as Candidate;
  assertReferences(state, user, ACTION_REFERENCES.merge, { intoId });
  const into = findVisible(state, user, 'candidates', intoId as number) as unknown as Candidate;
  const full = fullAccessSet(state, user);
  const company = user.role === 'recruiter' ? user.companyId : undefined;
  if (company !== undefined && (from.ownerCompanyId !== company || !hasFullAccess(user, into, full)))
    throw forbidden(msg('merge_not_allowed'));
  if (from.anonymizedAt || into.anonymizedAt) throw new ApiError(409, msg('merge_anonymised'));
  // Which rows this merge may touch: all of them for staff, the company's own for a recruiter.
  const mine = (row: { companyId: number | null }) => company === undefined || row.companyId === company;
  if (company === undefined || into.ownerCompanyId === company) {
    fillFrom(into, from);
    if ((from.lastActivityAt ?? '') > (into.lastActivityAt ?? '')) into.lastActivityAt = from.lastActivityAt;
    into.version += 1;
    forgetRow(into);
  } else {
    // A shared profile: only the company's own tags on it change.
    const tags = companyTagIndex(state, company);
    writeCompanyTags(state, user, into.id, [...new Set([...tagsOf(user, into, tags), ...from.tags])]);
  }
  if (company === undefined) moveCompanyTags(state, id, into);
  let othersLeft = false;
  for (const table of LINKED)
    for (const row of state.tables[table].rows as unknown as Linked[])
      if (row.candidateId === id) {
        if (!mine(row)) othersLeft = true;
        else {
          row.candidateId = into.id;
          forgetRow(row);
        }
      }
  const unlocks = state.tables.candidateUnlocks;
  for (const unlock of [...unlocks.rows])
    if (unlock.candidateId === id) {
      if (!mine(unlock)) othersLeft = true;
      else if (unlocks.rows.some((u) => u.candidateId === into.id && u.companyId === unlock.companyId))
        unlocks.remove(unlock.id);
      else unlock.candidateId = into.id;
    }
  // A company's verdict on the kept profile for an offer stands; one only on the merged one moves
  // over. Only the caller's company's verdicts move (staff: all), like the other linked records.
  const verdicts = state.tables.matchFeedback;
  for (const row of [...verdicts.rows])
    if (row.candidateId === id) {
      if (!mine(row as { companyId: number })) othersLeft = true;
      else if (verdicts.rows.some((r) => r.candidateId === into.id && r.offerId === row.offerId))
        verdicts.remove(row.id);
      else verdicts.replace({ ...row, candidateId: into.id });
    }
  // Another company's tags on the duplicate are its work on that profile too.
  if (companyTagsOf(state, id).some((row) => !mine(row))) othersLeft = true;
  if (othersLeft) {
    // Other companies still work with this profile: it stays for them, no longer this company's.
    Object.assign(from, { ownerCompanyId: null, tags: [], version: from.version + 1 });
    forgetRow(from);
  } else state.tables.candidates.remove(id);
  touch();
  audit(state, user, {
    action: 'candidate.merge',
    resource: 'candidates',
    recordId: into.id,
    changes: { mergedFrom: [id, into.id] },
  });
  return readView(state, user, 'candidates', into as never) as unknown as Candidate;
}

/** Empty fields of the kept profile take the duplicate's values; lists are united. */
function fillFrom(into: Candidate, from: Candidate): void {
  const target = into as unknown as Record<string, unknown>;
  const source = from as unknown as Record<string, unknown>;
  for (const field of FILLABLE)
    if ((target[field] === null || target[field] === '') && source[field] != null)
      target[field] = source[field];
  for (const field of UNITED) target[field] = [...new Set([...into[field], ...from[field]])];
  if (into.desiredSalary != null && into.desiredDailyRate != null) into.desiredDailyRate = null;
}
