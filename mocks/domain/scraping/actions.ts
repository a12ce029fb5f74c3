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

/** POST /users/{id}/quota {dailyProfiles, callsPerMinute?, days, reason}. */
export function lowerQuota(state: MockState, actor: User, target: User, body: unknown): QuotaOverride {
  assertRecruiter(actor, target);
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
  const before = userLimits(state, target);
  const now = state.clock.now();
  const lowered: QuotaOverride = {
    dailyProfiles: dailyProfiles as number,
    callsPerMinute: callsPerMinute as number,
    until: new Date(now + (days as number) * DAY_MS).toISOString(),
    reason: (reason as string).trim(),
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

export interface CompanyWarning {
  companyId: number;
  contactName: string | null;
  contactEmail: string;
  subject: string;
  body: string;
  at: string;
}

/**
 * POST /users/{id}/warn-company {reason}: writes to the company's contact, in the company's
 * language, that the user's reading looks like harvesting. The audit entry is the record of it.
 */
export function warnCompany(state: MockState, actor: User, target: User, body: unknown): CompanyWarning {
  assertRecruiter(actor, target);
  const reason = field(body, 'reason');
  if (!isAuditReason(reason))
    throw new ApiError(422, msg('warning_reason'), { errors: { reason: msg('reason_3_to_500') } });
  const company = state.tables.companies.get(target.companyId as number) as Company;
  if (!company.contactEmail) throw invalid({ contactEmail: msg('required') }, msg('warning_no_contact'));
  const locale: Locale = company.country === 'FR' ? 'fr' : 'en';
  const user = `${target.firstName} ${target.lastName}`;
  const warning: CompanyWarning = {
    companyId: company.id,
    contactName: company.contactName,
    contactEmail: company.contactEmail,
    subject: render(msg('scraping_warning_subject', { user }), locale),
    body: render(
      msg('scraping_warning_body', {
        contact: company.contactName ?? company.name,
        user,
        email: target.email,
        reason: reason.trim(),
      }),
      locale,
    ),
    at: new Date(state.clock.now()).toISOString(),
  };
  audit(state, actor, {
    action: 'company.scraping_warning',
    resource: 'companies',
    recordId: company.id,
    changes: { warnedContact: [null, warning.contactEmail], warnedAbout: [null, target.id] },
    reason: reason.trim(),
  });
  return warning;
}
