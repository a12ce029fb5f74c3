import type { Company, Locale, User } from '../../../src/model/types';
import type { QuotaOverride } from '../../../src/model/usage';
import type { MockState } from '../../db/types';
import { audit, isAuditReason } from '../accounts/audit';
import { assertCan } from '../accounts/permissions';
import { ApiError, forbidden, invalid } from '../api/errors';
import { type FieldErrors, msg, render } from '../api/translate';
import { DAY_MS } from '../stats/time';
import { limits, userLimits } from '../usage/ratelimit';

/**
 * What support does about a scraper, besides the existing lock: lower the user's quotas for a
 * while (read by every quota check from the next request on), or warn their company's contact.
 * Each says why and is audited. Only recruiters are concerned: staff do not read the database
 * through quotas.
 */
export const MAX_QUOTA_DAYS = 90;

const field = (body: unknown, name: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;

const wholeIn = (value: unknown, min: number, max: number): value is number =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

function assertRecruiter(actor: User, target: User): void {
  assertCan(actor, 'users', 'lock');
  if (target.role !== 'recruiter' || target.companyId === null) throw forbidden(msg('watch_recruiters_only'));
}

interface QuotaAsked {
  dailyProfiles: number;
  callsPerMinute: number;
  days: number;
  reason: string;
}

/** {dailyProfiles, callsPerMinute?, days, reason}, or 422 naming each field that is wrong. */
function quotaAsked(body: unknown): QuotaAsked {
  const dailyProfiles = field(body, 'dailyProfiles');
  const callsPerMinute = field(body, 'callsPerMinute') ?? limits.listCalls;
  const days = field(body, 'days');
  const reason = field(body, 'reason');
  const errors: FieldErrors = {};
  if (!wholeIn(dailyProfiles, 0, limits.dailyProfiles))
    errors.dailyProfiles = msg('quota_daily_profiles', { max: limits.dailyProfiles });
  if (!wholeIn(callsPerMinute, 1, limits.listCalls))
    errors.callsPerMinute = msg('quota_calls_per_minute', { max: limits.listCalls });
  if (!wholeIn(days, 1, MAX_QUOTA_DAYS)) errors.days = msg('quota_days', { max: MAX_QUOTA_DAYS });
  if (!isAuditReason(reason)) errors.reason = msg('reason_3_to_500');
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return {
    dailyProfiles: dailyProfiles as number,
    callsPerMinute: callsPerMinute as number,
    days: days as number,
    reason: (reason as string).trim(),
  };
}

/** Sets the lowered quota of one recruiter and audits it (user.quota). */
function setQuota(state: MockState, actor: User, target: User, asked: QuotaAsked): QuotaOverride {
  const before = userLimits(state, target);
  const now = state.clock.now();
  const lowered: QuotaOverride = {
    dailyProfiles: asked.dailyProfiles,
    callsPerMinute: asked.callsPerMinute,
    until: new Date(now + asked.days * DAY_MS).toISOString(),
    reason: asked.reason,
    setBy: actor.id,
    setAt: new Date(now).toISOString(),
  };
  state.usage.quotas.set(target.id, lowered);
  audit(state, actor, {
    action: 'user.quota',
    resource: 'users',
    recordId: target.id,
    changes: {
      dailyProfiles: [before.dailyProfiles, lowered.dailyProfiles],
      callsPerMinute: [before.listCalls, lowered.callsPerMinute],
      quotaUntil: [null, lowered.until],
    },
    reason: lowered.reason,
  });
  return lowered;
}

/** POST /users/{id}/quota {dailyProfiles, callsPerMinute?, days, reason}. */
export function lowerQuota(state: MockState, actor: User, target: User, body: unknown): QuotaOverride {
  assertRecruiter(actor, target);
  return setQuota(state, actor, target, quotaAsked(body));
}

export interface CompanyQuota {
  companyId: number;
  /** The recruiters whose quotas were lowered. */
  userIds: number[];
  quota: QuotaOverride | null;
}

/** The company's recruiters, whom its quotas and warnings concern (staff do not read through quotas). */
const recruitersOf = (state: MockState, company: Company): User[] =>
  (state.tables.users.rows as User[]).filter((u) => u.companyId === company.id && u.role === 'recruiter');

/**
 * POST /companies/{id}/quota {dailyProfiles, callsPerMinute?, days, reason}: the same lowered
 * quota for each of the company's recruiters (a harvest split between accounts is stopped in all
 * of them at once), each audited on the user, and once on the company.
 */
export function lowerCompanyQuota(
  state: MockState,
  actor: User,
  company: Company,
  body: unknown,
): CompanyQuota {
  assertCan(actor, 'users', 'lock');
  const asked = quotaAsked(body);
  const users = recruitersOf(state, company);
  let quota: QuotaOverride | null = null;
  for (const user of users) quota = setQuota(state, actor, user, asked);
  const userIds = users.map((u) => u.id);
  audit(state, actor, {
    action: 'company.quota',
    resource: 'companies',
    recordId: company.id,
    changes: {
      dailyProfiles: [limits.dailyProfiles, asked.dailyProfiles],
      quotaUsers: [null, userIds],
      quotaUntil: [null, quota?.until ?? null],
    },
    reason: asked.reason,
  });
  return { companyId: company.id, userIds, quota };
}

export interface CompanyWarning {
  companyId: number;
  contactName: string | null;
  contactEmail: string;
  subject: string;
  body: string;
  at: string;
}

/** Writes to the company's contact, in the company's language, and audits it as the record of it. */
function sendWarning(
  state: MockState,
  actor: User,
  company: Company,
  about: User | null,
  body: unknown,
): CompanyWarning {
  const reason = field(body, 'reason');
  if (!isAuditReason(reason))
    throw new ApiError(422, msg('warning_reason'), { errors: { reason: msg('reason_3_to_500') } });
  if (!company.contactEmail) throw invalid({ contactEmail: msg('required') }, msg('warning_no_contact'));
  const locale: Locale = company.country === 'FR' ? 'fr' : 'en';
  const contact = company.contactName ?? company.name;
  const why = reason.trim();
  const user = about ? `${about.firstName} ${about.lastName}` : '';
  const warning: CompanyWarning = {
    companyId: company.id,
    contactName: company.contactName,
    contactEmail: company.contactEmail,
    subject: render(
      about
        ? msg('scraping_warning_subject', { user })
        : msg('scraping_company_warning_subject', { company: company.name }),
      locale,
    ),
    body: render(
      about
        ? msg('scraping_warning_body', { contact, user, email: about.email, reason: why })
        : msg('scraping_company_warning_body', { contact, company: company.name, reason: why }),
      locale,
    ),
    at: new Date(state.clock.now()).toISOString(),
  };
  audit(state, actor, {
    action: 'company.scraping_warning',
    resource: 'companies',
    recordId: company.id,
    changes: { warnedContact: [null, warning.contactEmail], warnedAbout: [null, about?.id ?? null] },
    reason: why,
  });
  return warning;
}

/**
 * POST /users/{id}/warn-company {reason}: writes to the company's contact that the user's reading
 * looks like harvesting.
 */
export function warnCompany(state: MockState, actor: User, target: User, body: unknown): CompanyWarning {
  assertRecruiter(actor, target);
  const company = state.tables.companies.get(target.companyId as number) as Company;
  return sendWarning(state, actor, company, target, body);
}

/** POST /companies/{id}/warn {reason}: the same, about the company's reading as a whole. */
export function warnCompanyContact(
  state: MockState,
  actor: User,
  company: Company,
  body: unknown,
): CompanyWarning {
  assertCan(actor, 'users', 'lock');
  return sendWarning(state, actor, company, null, body);
}
