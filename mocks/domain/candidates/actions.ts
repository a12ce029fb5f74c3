import type { Activity, Candidate, Company, ResourceName, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { audit } from '../accounts/audit';
import { moveCredits } from '../accounts/credits';
import { LEDGER_RULES } from '../accounts/ledger-rules';
import { assertCan, fullAccessSet, hasFullAccess } from '../accounts/permissions';
import { ApiError } from '../api/errors';
import { msg } from '../api/translate';
import { anonymisedProfile } from '../gdpr/personal-data';
import { eraseTraces, profileAccessTrail, recordsAbout } from '../gdpr/personal-records';
import { touch } from '../records/indexes';
import { forgetRow } from '../records/query';
import { ACTION_REFERENCES, assertReferences } from '../records/references';
import { countExport, countUnlock } from '../usage/counters';
import { companyTagsOf, forgetCompanyTags } from './tags';

/**
 * Candidate actions beyond CRUD: paid unlock of contact details, GDPR export and anonymisation (what
 * they reach: personal-data.ts).
 */
export interface UnlockResult {
  candidate: Candidate;
  charged: boolean;
  credits: { cvUnlocks: number };
}

export function unlockCandidate(state: MockState, user: User, candidate: Candidate): UnlockResult {
  assertCan(user, 'candidates', 'unlock');
  // An unlock is a new record about the person: none may point at an anonymised profile.
  assertReferences(state, user, ACTION_REFERENCES.unlock, { candidateId: candidate.id }, { fresh: true });
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
  countUnlock(state, user);
  audit(state, user, {
    action: 'candidate.unlock',
    resource: 'candidates',
    recordId: candidateId,
    reason: why,
  });
}

/** The export's sections holding whole records about the person, by resource. */
const SECTIONS = {
  applications: 'applications',
  activities: 'activities',
  interviews: 'interviews',
  scorecards: 'scorecards',
  tasks: 'tasks',
  'saved-views': 'savedViews',
  'credit-ledger': 'creditLedger',
  'audit-logs': 'auditLog',
} as const satisfies Partial<Record<ResourceName, string>>;

/**
 * Everything held about the person (GDPR right of access): the profile; each record about them or
 * naming them, by kind (the messages sent to them apart from the other activities); the companies
 * that unlocked them; who read, unlocked or exported the profile; and, from records that are not
 * about people (other profiles, templates, companies), the fields that name them.
 */
export function exportCandidate(state: MockState, user: User, candidate: Candidate) {
  assertCan(user, 'candidates', 'export');
  audit(state, user, { action: 'candidate.export', resource: 'candidates', recordId: candidate.id });
  // Counted before the trail is read: the export the person receives lists itself.
  countExport(state, user, [candidate.id]);
  const { records, mentions } = recordsAbout(state, candidate, Object.keys(SECTIONS) as ResourceName[]);
  const sections = Object.fromEntries(
    Object.entries(SECTIONS).map(([resource, key]) => [key, records[resource as ResourceName] ?? []]),
  ) as Record<(typeof SECTIONS)[keyof typeof SECTIONS], unknown[]>;
  const activities = sections.activities as unknown as Activity[];
  return {
    exportedAt: new Date(state.clock.now()).toISOString(),
    candidate,
    ...sections,
    activities: activities.filter((a) => a.type !== 'email'),
    messages: activities.filter((a) => a.type === 'email'),
    unlocks: state.tables.candidateUnlocks.rows.filter((u) => u.candidateId === candidate.id),
    matchFeedback: state.tables.matchFeedback.rows.filter((f) => f.candidateId === candidate.id),
    companyTags: companyTagsOf(state, candidate.id),
    accessTrail: profileAccessTrail(state, candidate.id),
    mentions,
  };
}

/** Irreversibly erases the person everywhere their data is stored; applications are kept, nameless. */
export function anonymizeCandidate(state: MockState, user: User, candidate: Candidate): Candidate {
  assertCan(user, 'candidates', 'anonymise');
  if (candidate.anonymizedAt) throw new ApiError(409, msg('already_anonymised'), { current: candidate });
  anonymise(state, user, [candidate]);
  return candidate;
}

/**
 * One pass over the data for all of them, then each profile reset. Each gets its audit entry,
 * which says that it happened and when, never what was erased.
 */
function anonymise(state: MockState, user: User, people: Candidate[]): void {
  eraseTraces(state, people);
  const now = new Date(state.clock.now()).toISOString();
  for (const candidate of people) {
    Object.assign(candidate, anonymisedProfile(candidate), {
      anonymizedAt: now,
      version: candidate.version + 1,
    });
    forgetRow(candidate);
    forgetCompanyTags(state, candidate.id);
    // Recruiters' verdicts on the person's fit go with the person.
    for (const row of state.tables.matchFeedback.rows.filter((f) => f.candidateId === candidate.id))
      state.tables.matchFeedback.remove(row.id);
    audit(state, user, {
      action: 'candidate.anonymize',
      resource: 'candidates',
      recordId: candidate.id,
      changes: { anonymizedAt: [null, now] },
    });
  }
  touch();
}

/**
 * GDPR retention: anonymises each candidate of `ids` not done yet; every id must be a candidate
 * the user may see, or nothing is done.
 */
export function anonymizeMany(state: MockState, user: User, ids: unknown): number[] {
  assertCan(user, 'candidates', 'anonymise');
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > 500 || !ids.every(Number.isSafeInteger))
    throw new ApiError(422, msg('anonymise_ids'), { errors: { ids: msg('invalid') } });
  assertReferences(state, user, ACTION_REFERENCES.anonymize, { ids });
  const people = [...new Set(ids as number[])]
    .map((id) => state.tables.candidates.get(id) as Candidate)
    .filter((candidate) => !candidate.anonymizedAt);
  anonymise(state, user, people);
  return people.map((candidate) => candidate.id);
}
