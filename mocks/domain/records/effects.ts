import { isPostcode, normalizePostcode } from '../../../src/model/address';
import { takesJobSlot } from '../../../src/model/offer-workflow';
import type {
  Application,
  Company,
  Country,
  Offer,
  OfferStatus,
  ResourceName,
  Stage,
  User,
} from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { same } from '../accounts/audit';
import { moveCredits } from '../accounts/credits';
import { LEDGER_RULES } from '../accounts/ledger-rules';
import { ApiError, invalid } from '../api/errors';
import { type FieldErrors, msg } from '../api/translate';
import { endPublications, removePublications } from '../boards/lifecycle';
import { chargeMaskedInvitation } from '../candidates/invite';
import { placeInColumn } from '../pipeline/columns';
import { checkListQuery } from './reads';
import { visibleRow } from './references';
import { RESOURCE_SPECS } from './resources';
import { sanitizeHtml } from './sanitize';

/**
 * What a write implies beyond its own fields: denormalised fields derived from its references,
 * rich text sanitised, job slots consumed, counters kept exact.
 */
type Row = { id: number } & Record<string, unknown>;

/**
 * Fills the fields a new record derives from its references, reading only rows the caller may see:
 * the reference check that follows refuses the others (mocks/domain/records/references.ts).
 */
export function deriveOnCreate(state: MockState, user: User, resource: ResourceName, record: Row): void {
  if (resource === 'applications') {
    const offer = visibleRow(state, user, 'offers', record.offerId) as unknown as Offer | undefined;
    if (offer) Object.assign(record, { companyId: offer.companyId, recruiterId: offer.recruiterId });
    record.history = [{ stage: record.stage, at: record.appliedAt }];
  }
  if (resource === 'interviews') {
    const app = visibleRow(state, user, 'applications', record.applicationId);
    if (app)
      Object.assign(record, { candidateId: app.candidateId, offerId: app.offerId, companyId: app.companyId });
  }
  if (resource === 'scorecards') {
    const interview = visibleRow(state, user, 'interviews', record.interviewId);
    if (interview)
      Object.assign(record, { applicationId: interview.applicationId, companyId: interview.companyId });
  }
  if (resource === 'activities' && record.applicationId != null)
    record.companyId ??= visibleRow(state, user, 'applications', record.applicationId)?.companyId;
}

/** What a new record must hold once its references are known good: its company, no second application. */
export function checkOnCreate(state: MockState, resource: ResourceName, record: Row): void {
  if (resource === 'applications') {
    const duplicate = (state.tables.applications.rows as Application[]).some(
      (a) => a.offerId === record.offerId && a.candidateId === record.candidateId,
    );
    if (duplicate) throw invalid({ candidateId: msg('already_applied') });
  }
  if (RESOURCE_SPECS[resource].companyScoped && resource !== 'users' && record.companyId == null)
    throw invalid({ companyId: msg('required') });
}

const HTML_FIELDS: Partial<Record<ResourceName, string>> = { offers: 'description', activities: 'body' };

/** Runs before validation on every create and update (and on a pipeline move). */
export function normalize(resource: ResourceName, record: Row): void {
  const html = HTML_FIELDS[resource];
  if (html && typeof record[html] === 'string') record[html] = sanitizeHtml(record[html] as string);
  if (resource === 'companies') record.billingAddress = normalizeAddress(record.billingAddress);
  if (resource === 'applications') normalizeRejection(record);
}

/**
 * Out of "rejected", the old reason no longer describes the application: both fields go. In it,
 * the words are trimmed, and words alone (the API's first form) stand for "other". The rule that
 * follows is validation's `rejectionErrors`.
 */
function normalizeRejection(app: Row): void {
  if (app.stage !== 'rejected') {
    app.rejectionCategory = null;
    app.rejectionReason = null;
    return;
  }
  if (app.rejectionCategory === '') app.rejectionCategory = null;
  if (typeof app.rejectionReason === 'string') app.rejectionReason = app.rejectionReason.trim() || null;
  if (app.rejectionCategory == null && typeof app.rejectionReason === 'string')
    app.rejectionCategory = 'other';
}

const blank = (value: unknown) => value === undefined || value === null || String(value).trim() === '';

/**
 * An address form left empty (street, postcode and city blank) is no address; otherwise the text
 * parts are trimmed and a valid-looking postcode put in its stored form. Odd shapes are left for
 * validation to refuse.
 */
function normalizeAddress(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const address = value as Record<string, unknown>;
  if (blank(address.street) && blank(address.postcode) && blank(address.city)) return null;
  const trimmed = Object.fromEntries(
    Object.entries(address).map(([key, part]) => [key, typeof part === 'string' ? part.trim() : part]),
  );
  const country = trimmed.country as Country;
  if (typeof trimmed.postcode === 'string' && (country === 'FR' || country === 'GB'))
    if (isPostcode(country, trimmed.postcode))
      trimmed.postcode = normalizePostcode(country, trimmed.postcode);
  return trimmed;
}

/** Runs after validation, before the record is stored; `before` is undefined on create. */
export function beforeStore(
  state: MockState,
  user: User,
  resource: ResourceName,
  next: Row,
  before?: Row,
): void {
  const now = new Date(state.clock.now()).toISOString();
  // A task whose title someone rewrote says what they wrote, no longer what the API asked.
  if (resource === 'tasks' && before && next.title !== before.title) next.kind = null;
  if (resource === 'offers') {
    const offer = next as unknown as Offer;
    if (before?.companyId !== undefined && offer.recruiterId !== before.recruiterId)
      checkRecruiter(state, offer);
    if (!before) checkRecruiter(state, offer);
    if (takesJobSlot(before?.status as OfferStatus | undefined, offer.status)) {
      // The workflow says which publications take a slot (src/model/offer-workflow.ts).
      const company = state.tables.companies.get(offer.companyId) as Company;
      if (company.credits.jobSlots <= 0)
        throw invalid({ status: msg('no_job_slot_detail') }, msg('no_job_slot'), 'no_job_slot');
      moveCredits(state, company, 'jobSlots', -1, {
        action: 'job_slot',
        rule: LEDGER_RULES.job_slot,
        recordId: offer.id ?? state.tables.offers.nextId(),
        actorId: user.id,
        reason: null,
      });
      // The date of the first publication: a reopening is charged, but the offer was live before.
      offer.publishedAt ??= now;
    }
    if ((offer.status === 'closed' || offer.status === 'expired') && offer.closedAt === null) {
      offer.closedAt = now;
      if (before) endPublications(state, offer, now);
    }
    // A reopened offer is live again: it no longer carries the date it was closed.
    if (offer.status === 'published' && before?.status !== 'published') offer.closedAt = null;
  }
  if (resource === 'saved-views') checkSavedView(state, user, next, before);
  if (resource === 'applications' && !before) chargeMaskedInvitation(state, user, next);
  if (resource === 'applications' && before && next.stage !== before.stage) {
    next.stageChangedAt = now;
    next.history = [...(before.history as Application['history']), { stage: next.stage as Stage, at: now }];
  }
  // Last, once nothing can refuse the write: placing the card renumbers its neighbours.
  if (
    resource === 'applications' &&
    (!before || next.stage !== before.stage || next.position !== before.position)
  )
    next.position = placeInColumn(state, next as unknown as Application, before?.stage as Stage | undefined);
}

/**
 * A saved view is a list call kept for later: its resource is one the owner may list, and its
 * filter and sort are what that list would take from them (reads.ts `checkListQuery`, the list's
 * own parse); otherwise 422 on `resource`, `filter` or `sort` with the list's words. Checked when
 * created and whenever one of the three changes.
 */
function checkSavedView(state: MockState, user: User, view: Row, before?: Row): void {
  const fields = ['resource', 'filter', 'sort'] as const;
  if (before && fields.every((field) => same(before[field], view[field]))) return;
  const resource = view.resource as ResourceName;
  const query = { filter: view.filter, sort: view.sort as { field: string; order: string } | null };
  const refusal = (check: () => void): ApiError | undefined => {
    try {
      check();
      return undefined;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 400 || error.status === 403)) return error;
      throw error;
    }
  };
  if (refusal(() => checkListQuery(state, user, resource, {}))?.status === 403)
    throw invalid({ resource: msg('saved_view_resource') });
  const errors: FieldErrors = {};
  const filter = refusal(() => checkListQuery(state, user, resource, { filter: query.filter }));
  if (filter) errors.filter = filter.detail;
  const sort = refusal(() => checkListQuery(state, user, resource, { sort: query.sort }));
  if (sort) errors.sort = sort.detail;
  if (Object.keys(errors).length > 0) throw invalid(errors);
}

function checkRecruiter(state: MockState, offer: Offer): void {
  const recruiter = state.tables.users.get(offer.recruiterId) as User | undefined;
  if (!recruiter || recruiter.companyId !== offer.companyId)
    throw invalid({ recruiterId: msg('recruiter_of_company') });
}

/** Keeps offers' applicationsCount exact, and takes a deleted offer off its boards. */
export function afterStore(state: MockState, resource: ResourceName, record: Row, delta: 1 | -1): void {
  if (resource === 'offers' && delta === -1) removePublications(state, record as unknown as Offer);
  if (resource !== 'applications') return;
  const offer = state.tables.offers.get(record.offerId as number);
  if (offer) offer.applicationsCount = Math.max(0, offer.applicationsCount + delta);
}
