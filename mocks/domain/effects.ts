import { isPostcode, normalizePostcode } from '../../src/common/address';
import type { Application, Company, Country, Offer, ResourceName, Stage, User } from '../../src/types';
import type { MockState } from '../db/store';
import { chargeMaskedInvitation } from './application-invite';
import { moveCredits } from './credits';
import { invalid } from './errors';
import { LEDGER_RULES } from './ledger-rules';
import { inScope } from './permissions';
import { RESOURCE_SPECS } from './resources';
import { sanitizeHtml } from './sanitize';
import { msg } from './translate';

/**
 * What a write implies beyond its own fields: references resolved (and kept inside the tenant),
 * denormalised fields derived, rich text sanitised, job slots consumed, counters kept exact.
 */
type Row = { id: number } & Record<string, unknown>;

function reference(state: MockState, user: User, resource: ResourceName, field: string, id: unknown): Row {
  const row = typeof id === 'number' ? (state.tables[resource].get(id) as Row | undefined) : undefined;
  // Another company's record is "unknown" to a recruiter, as it would be on a read.
  if (!row || !inScope(user, resource, row)) throw invalid({ [field]: msg('unknown') });
  return row;
}

/** Fills the fields a new record derives from its references; throws 422 on unknown ones. */
export function deriveOnCreate(state: MockState, user: User, resource: ResourceName, record: Row): void {
  if (resource === 'applications') {
    const offer = reference(state, user, 'offers', 'offerId', record.offerId) as unknown as Offer;
    reference(state, user, 'candidates', 'candidateId', record.candidateId);
    record.companyId = offer.companyId;
    record.recruiterId = offer.recruiterId;
    record.history = [{ stage: record.stage, at: record.appliedAt }];
    const duplicate = (state.tables.applications.rows as Application[]).some(
      (a) => a.offerId === offer.id && a.candidateId === record.candidateId,
    );
    if (duplicate) throw invalid({ candidateId: msg('already_applied') });
  }
  if (resource === 'interviews') {
    const app = reference(state, user, 'applications', 'applicationId', record.applicationId);
    Object.assign(record, { candidateId: app.candidateId, offerId: app.offerId, companyId: app.companyId });
  }
  if (resource === 'scorecards') {
    const interview = reference(state, user, 'interviews', 'interviewId', record.interviewId);
    Object.assign(record, { applicationId: interview.applicationId, companyId: interview.companyId });
  }
  if (resource === 'activities') {
    reference(state, user, 'candidates', 'candidateId', record.candidateId);
    if (record.applicationId != null) {
      const app = reference(state, user, 'applications', 'applicationId', record.applicationId);
      record.companyId ??= app.companyId;
    }
  }
  if (RESOURCE_SPECS[resource].companyScoped && resource !== 'users') {
    if (record.companyId == null) throw invalid({ companyId: msg('required') });
    if (!state.tables.companies.get(record.companyId as number)) throw invalid({ companyId: msg('unknown') });
  }
}

const HTML_FIELDS: Partial<Record<ResourceName, string>> = { offers: 'description', activities: 'body' };

/** Runs before validation on every create and update. */
export function normalize(resource: ResourceName, record: Row): void {
  const html = HTML_FIELDS[resource];
  if (html && typeof record[html] === 'string') record[html] = sanitizeHtml(record[html] as string);
  if (resource === 'companies') record.billingAddress = normalizeAddress(record.billingAddress);
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
    if (offer.status === 'published' && before?.status !== 'published' && offer.publishedAt === null) {
      // First publication consumes a job slot; resuming a paused offer is free.
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
      offer.publishedAt = now;
    }
    if ((offer.status === 'closed' || offer.status === 'expired') && offer.closedAt === null)
      offer.closedAt = now;
    // A reopened offer is live again: it no longer carries the date it was closed.
    if (offer.status === 'published' && before?.status !== 'published') offer.closedAt = null;
  }
  if (resource === 'applications' && !before) chargeMaskedInvitation(state, user, next);
  if (resource === 'applications' && before && next.stage !== before.stage) {
    next.stageChangedAt = now;
    next.history = [...(before.history as Application['history']), { stage: next.stage as Stage, at: now }];
  }
}

function checkRecruiter(state: MockState, offer: Offer): void {
  const recruiter = state.tables.users.get(offer.recruiterId) as User | undefined;
  if (!recruiter || recruiter.companyId !== offer.companyId)
    throw invalid({ recruiterId: msg('recruiter_of_company') });
}

/** Keeps offers' applicationsCount exact. */
export function afterStore(state: MockState, resource: ResourceName, record: Row, delta: 1 | -1): void {
  if (resource !== 'applications') return;
  const offer = state.tables.offers.get(record.offerId as number);
  if (offer) offer.applicationsCount = Math.max(0, offer.applicationsCount + delta);
}
