import { roleCan } from '../../../src/model/permissions';
import type { ResourceName, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { inScope } from '../accounts/permissions';
import { invalid } from '../api/errors';
import { type FieldErrors, msg } from '../api/translate';
import { type FieldSpec, RESOURCE_SPECS } from './resources';
import { checkField } from './validation';

/**
 * Ids inside write bodies. An id a caller sends is a read: a task assigned to another company's
 * user, an interview naming a stranger as interviewer (whose name its .ics then prints), an activity
 * moved onto another tenant's application would all show or touch what the caller may not see. So
 * every reference of every write is checked here, from the `ref` fields of the resource specs (or,
 * for the custom actions below, of their bodies): the record referred to must exist, be readable
 * by the caller, and belong to the company the written record belongs to. Anything else is
 * "unknown", whether it exists elsewhere or not, so the answer tells nothing about other tenants.
 */
type Row = { id: number } & Record<string, unknown>;
export type References = Record<string, FieldSpec & { ref: ResourceName }>;

const ref = (resource: ResourceName, extra: Partial<FieldSpec> = {}): FieldSpec & { ref: ResourceName } => ({
  type: 'id',
  ref: resource,
  ...extra,
});

/** The ids of the bodies of write routes beyond CRUD (CRUD bodies are the resource specs). */
export const ACTION_REFERENCES = {
  /** POST /message-templates/{id}/render (the template is the path's). */
  render: {
    applicationId: ref('applications', { required: true }),
    interviewId: ref('interviews', { nullable: true }),
  },
  /** POST /messages/send. */
  send: {
    templateId: ref('message-templates', { required: true }),
    applicationId: ref('applications', { required: true }),
    interviewId: ref('interviews', { nullable: true }),
  },
  /** POST /candidates/{id}/merge. */
  merge: { intoId: ref('candidates', { required: true }) },
  /**
   * POST /candidates/{id}/unlock: the path's candidate, whom the unlock record (and its ledger line)
   * points at, so it is checked as a fresh reference (an anonymised profile is refused).
   */
  unlock: { candidateId: ref('candidates', { required: true }) },
  /** POST /candidates/anonymize (the retention list). */
  anonymize: { ids: ref('candidates', { type: 'ids', required: true, max: 500 }) },
} satisfies Record<string, References>;

/** The reference fields a body may set on a resource (server-owned ones are derived, not sent). */
export function referencesOf(resource: ResourceName): References {
  return Object.fromEntries(
    Object.entries(RESOURCE_SPECS[resource].fields).filter(([, spec]) => spec.ref && !spec.owned),
  ) as References;
}

/** Reading as a recruiter of the company: what a company-scoped record may point at. */
const memberOf = (companyId: number): User =>
  ({ id: 0, role: 'recruiter', companyId, status: 'active' }) as unknown as User;

/** The row, when `user` may read it (and, with `companyId`, when that company may too). */
export function visibleRow(
  state: MockState,
  user: User,
  resource: ResourceName,
  id: unknown,
  companyId?: number,
): Row | undefined {
  if (!Number.isSafeInteger(id) || !roleCan(user.role, resource, 'show')) return undefined;
  const row = state.tables[resource].get(id as number) as Row | undefined;
  if (!row || !inScope(user, resource, row)) return undefined;
  if (companyId !== undefined && !inScope(memberOf(companyId), resource, row)) return undefined;
  return row;
}

export interface ReferenceOptions {
  /** Only these fields (and those they must agree with); all when left out. */
  fields?: readonly string[];
  /** The company the written record belongs to. */
  companyId?: number;
  /** The references are being set on a record (not acted upon, as an erasure does). */
  fresh?: boolean;
}

/** The candidate a referenced record is about: the candidate, an application's, an interview's. */
function personOf(state: MockState, resource: ResourceName, row: Row): Row | undefined {
  if (resource === 'candidates') return row;
  if (resource === 'applications')
    return state.tables.candidates.get(row.candidateId as number) as Row | undefined;
  if (resource === 'interviews') {
    const application = state.tables.applications.get(row.applicationId as number) as Row | undefined;
    return application && personOf(state, 'applications', application);
  }
  return undefined;
}

/**
 * One message per bad reference among `fields` of `record` (all of them when `fields` is left
 * out): a malformed id is a type error, an id the caller may not see is "unknown" (the unknown ids
 * of a list are named), a reference that disagrees with the record says with which field, and
 * (`fresh`) a record about an anonymised candidate is refused.
 */
export function referenceErrors(
  state: MockState,
  user: User,
  references: References,
  record: Record<string, unknown>,
  options: ReferenceOptions = {},
): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, spec] of Object.entries(references)) {
    // A changed field is checked with the reference it must agree with.
    const touched = [field, spec.agrees].some((name) => name !== undefined && options.fields?.includes(name));
    if (options.fields && !touched) continue;
    const value = record[field];
    const malformed = checkField(spec, value);
    if (malformed) {
      errors[field] = malformed;
      continue;
    }
    if (value === null || value === undefined) continue;
    const ids = spec.type === 'ids' ? (value as number[]) : [value];
    const rows = ids.map((id) => visibleRow(state, user, spec.ref, id, options.companyId));
    const unknown = ids.filter((_, index) => rows[index] === undefined);
    if (unknown.length > 0) {
      errors[field] =
        spec.type === 'ids' ? msg('unknown_ids', { ids: [...new Set(unknown)].join(', ') }) : msg('unknown');
      continue;
    }
    // An erased person gets no new record about them (their past ones stay, nameless), whether it
    // names them or reaches them through their application or an interview of it.
    if (
      options.fresh &&
      rows.some((row) => row && typeof personOf(state, spec.ref, row)?.anonymizedAt === 'string')
    ) {
      errors[field] = msg('candidate_anonymised');
      continue;
    }
    const other = spec.agrees;
    if (other && record[other] != null && rows.some((row) => row?.[other] !== record[other]))
      errors[field] = msg('reference_disagrees', { field: other });
  }
  return errors;
}

/** Throws a 422 naming every bad reference; see referenceErrors. */
export function assertReferences(
  state: MockState,
  user: User,
  references: References,
  record: Record<string, unknown>,
  options: ReferenceOptions = {},
): void {
  const errors = referenceErrors(state, user, references, record, options);
  if (Object.keys(errors).length > 0) throw invalid(errors);
}

/**
 * The company a record of `resource` belongs to, which its references must belong to as well; none
 * for a record outside any company (an unknown company is the companyId's own error).
 */
function companyOfRecord(
  state: MockState,
  resource: ResourceName,
  record: Record<string, unknown>,
): number | undefined {
  if (!RESOURCE_SPECS[resource].companyScoped) return undefined;
  const id = record.companyId;
  return Number.isSafeInteger(id) && state.tables.companies.get(id as number) ? (id as number) : undefined;
}

/**
 * The generic write path's check: the references among `fields` of the record (all on create, and
 * all when the record moves to another company, since they must follow it).
 */
export function assertRecordReferences(
  state: MockState,
  user: User,
  resource: ResourceName,
  record: Record<string, unknown>,
  fields?: readonly string[],
): void {
  assertReferences(state, user, referencesOf(resource), record, {
    fields: fields?.includes('companyId') ? undefined : fields,
    companyId: companyOfRecord(state, resource, record),
    fresh: true,
  });
}
