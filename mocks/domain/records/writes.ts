import type { Offer, ResourceName, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { audit, diff, isAudited, same } from '../accounts/audit';
import {
  assertCan,
  assertFieldsWritable,
  assertNotLastAdmin,
  assertRecordWritable,
} from '../accounts/permissions';
import { ApiError, forbidden, invalid } from '../api/errors';
import { versionError } from '../api/input';
import { msg } from '../api/translate';
import { recheckPublications } from '../boards/publications';
import { staleOnlyByRenumbering } from '../pipeline/columns';
import { defaultsFor } from './defaults';
import { afterStore, beforeStore, checkOnCreate, deriveOnCreate, normalize } from './effects';
import { touch } from './indexes';
import { forgetRow } from './query';
import { findVisible, readsOf, readView } from './reads';
import { assertRecordReferences } from './references';
import { fieldSpec, RESOURCE_SPECS } from './resources';
import { validate } from './validation';

/**
 * Creates, updates (PUT and merge-PATCH, both with optimistic locking) and deletes, in the order a
 * client can rely on: 405 read-only → 403 role → 404 tenant → 403 record → 409 version → 403 fields
 * → 422 references → the area's own rules → 422 values. Unknown body fields are ignored;
 * server-owned ones are ignored on create and refused when changed on update.
 */
type Row = { id: number } & Record<string, unknown>;

/** An area's own rules on the record about to be stored (interview clashes, scorecard rules...). */
export type AreaRules = (next: Row, before?: Row) => void;

/** Fields fixed at creation: moving a record elsewhere is a new record, not an edit. */
const IMMUTABLE: Partial<Record<ResourceName, string[]>> = {
  applications: ['candidateId', 'offerId'],
  interviews: ['applicationId'],
  scorecards: ['interviewId'],
  activities: ['candidateId'],
};

function asObject(body: unknown): Row {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new ApiError(400, msg('body_not_object'));
  return body as Row;
}

function assertWritable(resource: ResourceName): void {
  if (RESOURCE_SPECS[resource].readOnly) throw new ApiError(405, msg('read_only', { resource }));
}

/** Refuses a body that would place a record in another tenant (mass assignment). */
function assertOwnTenant(user: User, body: Row): void {
  if (user.role !== 'recruiter') return;
  for (const field of ['companyId', 'ownerCompanyId'])
    if (body[field] !== undefined && body[field] !== null && body[field] !== user.companyId)
      throw forbidden(msg('field_not_allowed', { field }), { [field]: msg('not_allowed') });
}

function check(state: MockState, resource: ResourceName, record: Row, before?: Row): void {
  const errors = validate(resource, record, {
    before,
    now: state.clock.now(),
    users:
      resource === 'users' ? (state.tables.users.rows as Array<{ id: number; email: string }>) : undefined,
  });
  if (Object.keys(errors).length > 0) throw invalid(errors);
}

function knownFields(resource: ResourceName, body: Row, includeOwned: boolean): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).filter(([key, value]) => {
      const spec = fieldSpec(resource, key);
      return spec !== undefined && value !== undefined && (includeOwned || !spec.owned);
    }),
  );
}

export function createRecord(
  state: MockState,
  user: User,
  resource: ResourceName,
  raw: unknown,
  rules?: AreaRules,
): Row {
  assertWritable(resource);
  assertCan(user, resource, 'create');
  const body = asObject(raw);
  assertOwnTenant(user, body);
  // Support invites recruiters; any other role is an admin's decision (issue 7).
  if (resource === 'users' && user.role !== 'admin' && body.role !== undefined && body.role !== 'recruiter')
    throw forbidden(msg('staff_role_admin_only'), { role: msg('staff_role_admin_only_field') });
  const now = new Date(state.clock.now()).toISOString();
  const table = state.tables[resource];
  const record: Row = {
    ...defaultsFor(resource, user, body, now),
    ...knownFields(resource, body, false),
    id: table.nextId(),
    version: 1,
  };
  if (user.role === 'recruiter' && RESOURCE_SPECS[resource].companyScoped) record.companyId = user.companyId;
  deriveOnCreate(state, user, resource, record);
  assertRecordReferences(state, user, resource, record);
  checkOnCreate(state, resource, record);
  rules?.(record);
  if (resource === 'offers')
    record.reference = `TIT-${now.slice(0, 4)}-${String(record.id).padStart(6, '0')}`;
  normalize(resource, record);
  check(state, resource, record);
  beforeStore(state, user, resource, record);
  const stored = table.insert(record as never) as unknown as Row;
  afterStore(state, resource, stored, 1);
  touch();
  if (isAudited(user, resource, 'create'))
    audit(state, user, {
      action: 'create',
      resource,
      recordId: stored.id,
      changes: diff({}, stored, Object.keys(stored)),
    });
  return readView(state, user, resource, stored);
}

/** A company's change of status is explained by its statusReason: the log's reason column shows it. */
function reasonOf(resource: ResourceName, saved: Row, changes: Record<string, unknown>): string | null {
  return resource === 'companies' && changes.status && typeof saved.statusReason === 'string'
    ? saved.statusReason
    : null;
}

export function updateRecord(
  state: MockState,
  user: User,
  resource: ResourceName,
  id: number,
  raw: unknown,
  mode: 'put' | 'patch',
  rules?: AreaRules,
): Row {
  assertWritable(resource);
  assertCan(user, resource, 'edit');
  const body = asObject(raw);
  const stored = findVisible(state, user, resource, id);
  assertRecordWritable(user, resource, stored, 'edit');
  const reads = readsOf(state, user, resource);
  // Every answer below shows the record (a 409's `current`, the saved record).
  reads.editing?.(stored);
  const [view] = reads.view([stored]);
  const badVersion = versionError(body.version);
  if (badVersion)
    throw invalid(
      { version: badVersion },
      body.version == null ? msg('version_required', { method: mode.toUpperCase() }) : undefined,
    );
  // Only fields that differ from what the caller saw count as changes (a PUT echoes everything).
  const sent = knownFields(resource, body, true);
  delete sent.contactMasked;
  // A PUT echoes the record as read, whose computed score may have moved since; a PATCH naming it
  // is an attempt to set it, refused below with the other server-owned fields.
  if (mode === 'put') delete sent.matchScore;
  const changed = Object.keys(sent).filter((field) => field !== 'version' && !same(sent[field], view[field]));
  if (
    // The version the caller read: a candidate's moves with the company's own tags on it too.
    body.version !== view.version &&
    !staleOnlyByRenumbering(resource, stored as Row & { version: number }, body.version as number, changed)
  )
    throw new ApiError(409, msg('version_conflict'), { current: view });
  assertOwnTenant(user, { id, ...Object.fromEntries(changed.map((field) => [field, sent[field] ?? -1])) });
  const immutable = changed.filter((field) => IMMUTABLE[resource]?.includes(field));
  if (immutable.length > 0) throw forbidden(msg('not_allowed_to_change', { fields: immutable.join(', ') }));
  assertFieldsWritable(user, resource, stored, changed);
  const before: Row = structuredClone(stored);
  const next: Row = { ...stored };
  for (const field of changed) next[field] = sent[field];
  if (resource === 'users' && changed.includes('role') && before.role === 'admin')
    assertNotLastAdmin(state, stored as never, 'demoted');
  if (resource === 'users' && next.role === 'admin' && user.role !== 'admin')
    throw forbidden(msg('grant_admin_admin_only'));
  assertRecordReferences(state, user, resource, next, changed);
  rules?.(next, before);
  normalize(resource, next);
  check(state, resource, next, before);
  if (reads.storeOwn?.(stored, next, changed)) {
    touch();
    return reads.view([stored])[0];
  }
  beforeStore(state, user, resource, next, before);
  next.version = (stored.version as number) + 1;
  const saved = state.tables[resource].replace(next as never) as unknown as Row;
  forgetRow(saved);
  if (resource === 'offers')
    recheckPublications(state, user, saved as unknown as Offer, before as unknown as Offer);
  touch();
  // A stage set by PUT or PATCH is a pipeline move like the move action's, and is logged as one.
  const moved = resource === 'applications' && changed.includes('stage');
  if (isAudited(user, resource, moved ? 'move' : 'update')) {
    const changes = diff(before, saved, [...changed, ...['publishedAt', 'closedAt', 'stageChangedAt']]);
    audit(state, user, {
      action: moved ? 'application.move' : 'update',
      resource,
      recordId: id,
      changes,
      reason: reasonOf(resource, saved, changes),
    });
  }
  return reads.view([saved])[0];
}

export function deleteRecord(state: MockState, user: User, resource: ResourceName, id: number): Row {
  assertWritable(resource);
  assertCan(user, resource, 'delete');
  const stored = findVisible(state, user, resource, id);
  assertRecordWritable(user, resource, stored, 'delete');
  if (resource === 'users') assertNotLastAdmin(state, stored as never, 'deleted');
  const view = readView(state, user, resource, stored);
  state.tables[resource].remove(id);
  afterStore(state, resource, stored, -1);
  touch();
  if (isAudited(user, resource, 'delete'))
    audit(state, user, {
      action: 'delete',
      resource,
      recordId: id,
      changes: diff(stored, {}, Object.keys(stored)),
    });
  return view;
}
