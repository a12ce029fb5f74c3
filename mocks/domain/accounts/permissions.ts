import {
  type Action,
  EDITABLE_FIELDS,
  type Guarded,
  MASKED_CANDIDATE_FIELDS,
  roleCan,
} from '../../../src/model/permissions';
import type { Candidate, ResourceName, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { forbidden } from '../api/errors';
import { msg } from '../api/translate';
import { companyRows } from '../records/indexes';
import { fieldSpec, RESOURCE_SPECS } from '../records/resources';

/**
 * Record-level and tenant rules on top of the role matrix of src/model/permissions.ts. The tenant
 * always comes from the user (i.e. the token), never from the request.
 */
type Row = { id: number } & Record<string, unknown>;

export function assertCan(user: User, resource: Guarded, action: Action): void {
  if (!roleCan(user.role, resource, action)) throw forbidden(msg('not_allowed_action', { action, resource }));
}

/** The rows a user may see of a resource, as a predicate; undefined means every row. */
export function scopeOf(user: User, resource: ResourceName): ((row: Row) => boolean) | undefined {
  const company = user.companyId;
  if (resource === 'saved-views')
    return (row) =>
      row.ownerId === user.id ||
      (user.role === 'recruiter' && row.sharedWithTeam === true && row.companyId === company);
  // A draft scorecard is private to its author, whatever the role (issue 11).
  if (resource === 'scorecards' && user.role !== 'recruiter')
    return (row) => row.authorId === user.id || row.submittedAt !== null;
  if (user.role !== 'recruiter') return undefined;
  if (resource === 'companies') return (row) => row.id === company;
  if (resource === 'scorecards')
    return (row) => row.companyId === company && (row.authorId === user.id || row.submittedAt !== null);
  if (RESOURCE_SPECS[resource].companyScoped) return (row) => row.companyId === company;
  return undefined;
}

/** The company whose bucket holds every row the user may see, when there is one. */
export function tenantOf(user: User, resource: ResourceName): number | undefined {
  return user.role === 'recruiter' && RESOURCE_SPECS[resource].companyScoped && user.companyId !== null
    ? user.companyId
    : undefined;
}

export function inScope(user: User, resource: ResourceName, row: Row): boolean {
  const scope = scopeOf(user, resource);
  return !scope || scope(row);
}

/**
 * Which candidates a recruiter sees in full: applicants to their company's offers, profiles their
 * company owns, and those it unlocked. Built once per request.
 */
export function fullAccessSet(state: MockState, user: User): Set<number> | undefined {
  if (user.role !== 'recruiter' || user.companyId === null) return undefined;
  const ids = new Set<number>();
  for (const app of companyRows(state.tables.applications, user.companyId)) ids.add(app.candidateId);
  for (const unlock of state.tables.candidateUnlocks.rows)
    if (unlock.companyId === user.companyId) ids.add(unlock.candidateId);
  return ids;
}

export function hasFullAccess(user: User, candidate: Candidate, full: Set<number> | undefined): boolean {
  return !full || candidate.ownerCompanyId === user.companyId || full.has(candidate.id);
}

export const CONTACT_FIELDS = MASKED_CANDIDATE_FIELDS;

/** Contact details hidden until the company unlocks the profile (lastName reduced to its initial). */
export function maskCandidate(candidate: Candidate): Candidate {
  return {
    ...candidate,
    email: '',
    phone: null,
    linkedinUrl: null,
    lastName: candidate.lastName ? `${candidate.lastName[0]}.` : '',
    contactMasked: true,
  };
}

/** The record as this user may read it. */
export function project<T>(user: User, resource: ResourceName, row: T, full?: Set<number>): T {
  if (resource === 'candidates' && !hasFullAccess(user, row as Candidate, full))
    return maskCandidate(row as Candidate) as T;
  return row;
}

/** Throws 403 naming the changed fields this user may not write on this record. */
export function assertFieldsWritable(
  user: User,
  resource: ResourceName,
  record: Row | undefined,
  changed: string[],
  fullCandidate = true,
): void {
  const spec = RESOURCE_SPECS[resource].fields;
  let allowed: readonly string[] | undefined = EDITABLE_FIELDS[resource]?.[user.role];
  if (
    resource === 'candidates' &&
    user.role === 'recruiter' &&
    record &&
    record.ownerCompanyId !== user.companyId
  )
    allowed = ['tags'];
  if (resource === 'users' && user.role !== 'admin')
    allowed = (allowed ?? Object.keys(spec)).filter((f) => f !== 'role');
  if (resource === 'candidates' && !fullCandidate) allowed = ['tags'];
  const refused = changed.filter(
    (field) => fieldSpec(resource, field)?.owned || (allowed && !allowed.includes(field)),
  );
  if (refused.length > 0)
    throw forbidden(
      msg('not_allowed_to_change', { fields: refused.join(', ') }),
      Object.fromEntries(refused.map((field) => [field, msg('not_allowed')])),
    );
}

/** Record rules beyond the field list: who may edit or delete which record. */
export function assertRecordWritable(
  user: User,
  resource: ResourceName,
  record: Row,
  action: 'edit' | 'delete',
): void {
  if (resource === 'users') {
    if (user.role === 'recruiter' && record.id !== user.id) throw forbidden(msg('own_profile_only'));
    if (user.role === 'support' && record.role === 'admin')
      throw forbidden(msg('support_cannot_change_admin'));
    if (action === 'delete' && record.id === user.id) throw forbidden(msg('cannot_delete_self'));
  }
  if (resource === 'scorecards' && record.authorId !== user.id && user.role !== 'admin')
    throw forbidden(msg('scorecard_author_only'));
  if (resource === 'saved-views' && record.ownerId !== user.id) throw forbidden(msg('saved_view_owner_only'));
}

export function activeAdmins(state: MockState): User[] {
  return (state.tables.users.rows as User[]).filter((u) => u.role === 'admin' && u.status === 'active');
}

/** The last active admin can be neither locked, demoted nor deleted. */
export function assertNotLastAdmin(
  state: MockState,
  target: User,
  what: 'locked' | 'demoted' | 'deleted',
): void {
  const admins = activeAdmins(state);
  if (target.role === 'admin' && target.status === 'active' && admins.length <= 1)
    throw forbidden(msg(`last_admin_${what}`));
}
