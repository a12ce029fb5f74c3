import type { Activity, Application, AuditLog, Candidate, Company, User } from '../../src/types';
import type { MockState } from '../db/store';
import { audit } from './audit';
import { moveCredits } from './credits';
import { ApiError } from './errors';
import { touch } from './indexes';
import { LEDGER_RULES } from './ledger-rules';
import { assertCan, fullAccessSet, hasFullAccess } from './permissions';
import { forgetRow } from './query';
import { msg } from './translate';

/** Candidate actions beyond CRUD: paid unlock of contact details, GDPR export and anonymisation. */
export interface UnlockResult {
  candidate: Candidate;
  charged: boolean;
  credits: { cvUnlocks: number };
}

export function unlockCandidate(state: MockState, user: User, candidate: Candidate): UnlockResult {
  assertCan(user, 'candidates', 'unlock');
  if (user.companyId === null) return { candidate, charged: false, credits: { cvUnlocks: 0 } };
  const company = state.tables.companies.get(user.companyId) as Company;
  if (hasFullAccess(user, candidate, fullAccessSet(state, user)))
    return { candidate, charged: false, credits: { cvUnlocks: company.credits.cvUnlocks } };
  spendUnlock(state, user, company, candidate.id);
  return { candidate, charged: true, credits: { cvUnlocks: company.credits.cvUnlocks } };
}

/**
 * One CV unlock credit of the company for a masked profile: the debit in the ledger, the unlock
 * record (the profile is open to the company from now on) and the audit entry; 402 at zero.
 * `why` names what revealed the contact when it was not the unlock button (e.g. an invitation).
 */
export function spendUnlock(
  state: MockState,
  user: User,
  company: Company,
  candidateId: number,
  why: string | null = null,
): void {
  if (company.credits.cvUnlocks <= 0) throw new ApiError(402, msg('no_cv_credit'), { code: 'no_cv_credit' });
  moveCredits(state, company, 'cvUnlocks', -1, {
    action: 'cv_unlock',
    rule: why ? `${LEDGER_RULES.cv_unlock} (${why})` : LEDGER_RULES.cv_unlock,
    recordId: candidateId,
    actorId: user.id,
    reason: null,
  });
  state.tables.candidateUnlocks.insert({
    companyId: company.id,
    candidateId,
    unlockedAt: new Date(state.clock.now()).toISOString(),
    actorId: user.id,
  });
  touch();
  audit(state, user, {
    action: 'candidate.unlock',
    resource: 'candidates',
    recordId: candidateId,
    reason: why,
  });
}

export function exportCandidate(state: MockState, user: User, candidate: Candidate) {
  assertCan(user, 'candidates', 'export');
  audit(state, user, { action: 'candidate.export', resource: 'candidates', recordId: candidate.id });
  return {
    exportedAt: new Date(state.clock.now()).toISOString(),
    candidate,
    applications: (state.tables.applications.rows as Application[]).filter(
      (a) => a.candidateId === candidate.id,
    ),
    activities: (state.tables.activities.rows as Activity[]).filter((a) => a.candidateId === candidate.id),
    unlocks: state.tables.candidateUnlocks.rows.filter((u) => u.candidateId === candidate.id),
    matchFeedback: state.tables.matchFeedback.rows.filter((f) => f.candidateId === candidate.id),
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Irreversibly replaces the person's data everywhere it is stored; applications are kept. */
export function anonymizeCandidate(state: MockState, user: User, candidate: Candidate): Candidate {
  assertCan(user, 'candidates', 'anonymise');
  if (candidate.anonymizedAt) throw new ApiError(409, msg('already_anonymised'), { current: candidate });
  const regex = (parts: Array<string | null>) =>
    new RegExp(
      parts
        .filter((s): s is string => typeof s === 'string' && s.trim().length > 2)
        .map(escapeRegExp)
        .join('|') || '(?!)',
      'gi',
    );
  const fullName = `${candidate.firstName} ${candidate.lastName}`;
  // Their own activities lose every trace; others' lose only unambiguous ones (a surname alone is not).
  const own = regex([fullName, candidate.email, candidate.phone, candidate.lastName]);
  const others = regex([fullName, candidate.email, candidate.phone]);
  for (const activity of state.tables.activities.rows as Activity[]) {
    const pattern = activity.candidateId === candidate.id ? own : others;
    if (typeof activity.body === 'string' && pattern.test(activity.body)) {
      activity.body = activity.body.replace(pattern, '[anonymised]');
      forgetRow(activity);
    }
    pattern.lastIndex = 0;
  }
  scrubStoredText(state, candidate, others);
  // Recruiters' verdicts on the person's fit go with the person.
  for (const row of state.tables.matchFeedback.rows.filter((f) => f.candidateId === candidate.id))
    state.tables.matchFeedback.remove(row.id);
  const now = new Date(state.clock.now()).toISOString();
  Object.assign(candidate, {
    firstName: 'Anonymised',
    lastName: `#${candidate.id}`,
    email: `anonymised-${candidate.id}@invalid.invalid`,
    phone: null,
    linkedinUrl: null,
    headline: '',
    summary: '',
    city: '',
    tags: [],
    availableFrom: null,
    consentAt: null,
    anonymizedAt: now,
    version: candidate.version + 1,
  });
  forgetRow(candidate);
  touch();
  // The audit entry says that it happened, never what was erased.
  audit(state, user, { action: 'candidate.anonymize', resource: 'candidates', recordId: candidate.id });
  return candidate;
}

const PERSONAL = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'linkedinUrl',
  'headline',
  'summary',
  'city',
  'tags',
];

/** Scrubs a value's strings (deeply) of the pattern; returns the new value and whether it changed. */
function scrub(value: unknown, pattern: RegExp): unknown {
  if (typeof value === 'string') return value.replace(pattern, '[anonymised]');
  if (Array.isArray(value)) return value.map((item) => scrub(item, pattern));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, pattern)]));
  return value;
}

/**
 * Applications' free text and the audit log's displayed values lose the person too: the audit
 * keeps that a field changed, never the erased value.
 */
function scrubStoredText(state: MockState, candidate: Candidate, pattern: RegExp): void {
  for (const application of state.tables.applications.rows as unknown as Array<Record<string, unknown>>)
    for (const [field, value] of Object.entries(application)) {
      const next = typeof value === 'string' ? value.replace(pattern, '[anonymised]') : value;
      if (next !== value) {
        application[field] = next;
        forgetRow(application as never);
      }
    }
  for (const entry of state.tables['audit-logs'].rows as AuditLog[]) {
    const own = entry.resource === 'candidates' && entry.recordId === candidate.id;
    for (const [field, pair] of Object.entries(entry.changes)) {
      entry.changes[field] =
        own && PERSONAL.includes(field)
          ? ['[anonymised]', '[anonymised]']
          : (scrub(pair, pattern) as [unknown, unknown]);
    }
    if (entry.reason) entry.reason = entry.reason.replace(pattern, '[anonymised]');
  }
}

/** GDPR retention: anonymises each candidate of `ids` the user may see and that is not done yet. */
export function anonymizeMany(state: MockState, user: User, ids: unknown): number[] {
  assertCan(user, 'candidates', 'anonymise');
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > 500 || !ids.every(Number.isSafeInteger))
    throw new ApiError(422, msg('anonymise_ids'), { errors: { ids: msg('invalid') } });
  const done: number[] = [];
  for (const id of ids as number[]) {
    const candidate = state.tables.candidates.get(id) as Candidate | undefined;
    if (!candidate || candidate.anonymizedAt) continue;
    anonymizeCandidate(state, user, candidate);
    done.push(id);
  }
  return done;
}
