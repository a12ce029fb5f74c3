import type { Candidate, User } from '../../../src/model/types';
import type { CompanyTags, MockState } from '../../db/types';
import { companyRows } from '../records/indexes';

/**
 * A company's tags on a candidate are its own. The record's `tags` belong to whoever owns the
 * record: the company that added or imported the profile, or the platform when no company does
 * (staff see and edit those). Every other company keeps its tags on the profile apart, one row per
 * (company, candidate), read and written only by that company: another tenant neither sees them nor
 * notices a change (the shared record's version does not move when a company tags it).
 */
export type { CompanyTags };

/** Whether the user's tags on this candidate are kept apart from the record's own. */
export function keepsOwnTags(user: User, candidate: Pick<Candidate, 'ownerCompanyId'>): boolean {
  return user.role === 'recruiter' && candidate.ownerCompanyId !== user.companyId;
}

/** The company's tag rows by candidate id: built once per request that reads many candidates. */
export function companyTagIndex(state: MockState, companyId: number | null): Map<number, CompanyTags> {
  const index = new Map<number, CompanyTags>();
  if (companyId === null) return index;
  for (const row of companyRows(state.tables.candidateTags, companyId)) index.set(row.candidateId, row);
  return index;
}

/** The tags this user reads on the candidate. */
export function tagsOf(user: User, candidate: Candidate, index: Map<number, CompanyTags>): string[] {
  return keepsOwnTags(user, candidate) ? (index.get(candidate.id)?.tags ?? []) : candidate.tags;
}

/**
 * The candidate as this user reads its tags: the company's own tags, and a version that moves with
 * them as well as with the record, so optimistic locking holds for both and for no other company.
 */
export function withOwnTags<T extends Candidate>(
  user: User,
  candidate: T,
  index: Map<number, CompanyTags>,
): T {
  if (!keepsOwnTags(user, candidate)) return candidate;
  const own = index.get(candidate.id);
  return { ...candidate, tags: own?.tags ?? [], version: candidate.version + (own?.version ?? 0) };
}

/** Stores the user's company's tags on the candidate (never the shared record's). */
export function writeCompanyTags(state: MockState, user: User, candidateId: number, tags: string[]): void {
  if (user.companyId === null) return;
  const table = state.tables.candidateTags;
  const row = companyRows(table, user.companyId).find((r) => r.candidateId === candidateId);
  if (row) table.replace({ ...row, tags: [...tags], version: row.version + 1 });
  else table.insert({ companyId: user.companyId, candidateId, tags: [...tags], version: 1 });
}

/** A staff merge: each company's tags on the duplicate join its tags on the kept profile. */
export function moveCompanyTags(state: MockState, fromId: number, into: Candidate): void {
  const table = state.tables.candidateTags;
  for (const row of companyTagsOf(state, fromId)) {
    if (into.ownerCompanyId === row.companyId) into.tags = [...new Set([...into.tags, ...row.tags])];
    else {
      const kept = companyRows(table, row.companyId).find((r) => r.candidateId === into.id);
      if (kept)
        table.replace({
          ...kept,
          tags: [...new Set([...kept.tags, ...row.tags])],
          version: kept.version + 1,
        });
      else table.insert({ companyId: row.companyId, candidateId: into.id, tags: row.tags, version: 1 });
    }
    table.remove(row.id);
  }
}

/** Every company's own tags on the candidate: what a GDPR export holds beyond the record. */
export function companyTagsOf(state: MockState, candidateId: number): CompanyTags[] {
  return state.tables.candidateTags.rows.filter((row) => row.candidateId === candidateId);
}

/** Erasure: every company's tags on the person go with the rest. */
export function forgetCompanyTags(state: MockState, candidateId: number): void {
  for (const row of companyTagsOf(state, candidateId)) state.tables.candidateTags.remove(row.id);
}
