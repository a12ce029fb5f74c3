import { RECRUITER_CANDIDATE_PAGE } from '../../../src/model/permissions';
import type { Candidate, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { CONTACT_FIELDS, fullAccessSet, hasFullAccess, project } from '../accounts/permissions';
import { ApiError } from '../api/errors';
import { msg } from '../api/translate';
import { type Row as AnyRow, filterPredicate, type Predicate, textPredicate } from '../records/query';
import type { CallerReads, RecordCall } from '../records/read-policy';
import { searchFields } from '../records/resources';
import { countCandidateRead, countExport } from '../usage/counters';
import {
  type CompanyTags,
  companyTagIndex,
  keepsOwnTags,
  tagsOf,
  withOwnTags,
  writeCompanyTags,
} from './tags';

/**
 * The candidate database as its callers read it. A recruiter of a company browses it 30 profiles at
 * a time, sees contact details only of the profiles their company may (applicants to its offers,
 * unlocked profiles, its own), cannot find a masked profile by its contact details, and reads its
 * company's own tags on profiles it does not own (and writes them apart from the shared record).
 * Every read counts against the caller's quotas: a list's page, one profile, and an edit (whose
 * answers show the profile); an export's profiles are counted and kept in their access trail.
 */

/**
 * The calls on one profile that count against the list quota like a search (a list of the database
 * always counts): a single read, so no loop of reads gets around the quota, and an edit, whose
 * answers (the saved profile, or a 409's current one) show the profile like a read.
 */
export const CANDIDATE_QUOTA_CALLS: ReadonlySet<RecordCall> = new Set(['read', 'edit']);

/** The tag filters a recruiter's search answers from their company's own tags. */
const TAG_FILTERS = ['tags', 'tags_neq'];

/**
 * Fields that tell which company holds a profile: its owner, its source (`import` and `sourcing`
 * are a company's own CSV import and sourcing), and its consent date (a platform sign-up consents
 * when it signs up, a profile a company added may have none). A recruiter reads them only on their
 * company's own profiles, as null on every other one, so null says "not ours", never whose.
 */
const OWNER_FIELDS = ['ownerCompanyId', 'source', 'consentAt'] as const;
const NOT_OURS = Object.fromEntries(OWNER_FIELDS.map((field) => [field, null]));

/**
 * A recruiter's filters on the owner fields other than the owner itself (every operator), answered
 * on the value as they read it; a filter on `ownerCompanyId` is refused like a sort on any of them.
 */
const AS_READ_FILTERS = (['source', 'consentAt'] as const).flatMap((field) =>
  ['', '_neq', '_gte', '_lte', '_gt', '_lt'].map((op) => ({ key: `${field}${op}`, field })),
);

export function candidateDatabaseReads(state: MockState, user: User): CallerReads {
  // Set when the database is masked for the caller: a recruiter of a company.
  const full = fullAccessSet(state, user);
  // The company's tags, read once per list or answer (a write in between changes them).
  const tagReader = () => {
    let index: Map<number, CompanyTags> | undefined;
    return () => {
      index ??= companyTagIndex(state, user.companyId);
      return index;
    };
  };
  const isFull = (row: object) => hasFullAccess(user, row as Candidate, full);
  const masked = (row: object) => full !== undefined && !isFull(row);
  const predicates = full
    ? (words: readonly string[], extra: Record<string, unknown>): Predicate[] => {
        // Tags as this company reads them: its own, never another company's.
        const tags = tagReader();
        const readTags = (row: AnyRow) => tagsOf(user, row as unknown as Candidate, tags());
        const out: Predicate[] = [];
        for (const key of TAG_FILTERS)
          if (extra[key] !== undefined) {
            const matches = filterPredicate('candidates', key, extra[key]);
            out.push((row) => matches({ tags: readTags(row) }));
          }
        // Contact fields of masked profiles are not searchable: no existence leak through q.
        if (words.length > 0) {
          const fields = searchFields('candidates').filter((f) => f !== 'tags');
          const open = fields.filter((f) => !(CONTACT_FIELDS as readonly string[]).includes(f));
          const tagText = (row: AnyRow) => readTags(row).join(' ');
          const all = textPredicate(fields, words, tagText);
          const maskedText = textPredicate(open, words, tagText);
          out.push((row) => (isFull(row) ? all(row) : maskedText(row)));
        }
        for (const { key, field } of AS_READ_FILTERS)
          if (extra[key] !== undefined) {
            const matches = filterPredicate('candidates', key, extra[key]);
            out.push((row) =>
              matches({ [field]: keepsOwnTags(user, row as unknown as Candidate) ? null : row[field] }),
            );
          }
        if (typeof extra.contactMasked === 'boolean') {
          const wanted = extra.contactMasked;
          out.push((row) => isFull(row) !== wanted);
        }
        return out;
      }
    : undefined;
  return {
    maxPage: user.role === 'recruiter' ? RECRUITER_CANDIDATE_PAGE : undefined,
    virtual: ['contactMasked', ...(full ? [...TAG_FILTERS, ...AS_READ_FILTERS.map((f) => f.key)] : [])],
    // Nor on the owner fields, which would tell which profiles another company holds (a filter on
    // the source or consent date is answered above, on the value as the caller reads it; a sort on
    // either is refused).
    hidden: full ? [...CONTACT_FIELDS, ...OWNER_FIELDS] : undefined,
    predicates,
    shown: (rows, read) =>
      countCandidateRead(state, user, rows as Array<AnyRow & { id: number }>, masked, read),
    exported: (rows) =>
      countExport(
        state,
        user,
        rows.map((row) => row.id),
      ),
    editing: (stored) => {
      if (!full) return;
      countCandidateRead(state, user, [stored], masked, { byId: true });
      if (stored.anonymizedAt) throw new ApiError(409, msg('anonymised_read_only'));
    },
    storeOwn: (stored, next, changed) => {
      if (!keepsOwnTags(user, stored as unknown as Candidate)) return false;
      // Only tags reach here (the writable fields are checked before): the shared record stays as is.
      // Tags left out of the edit are the owner's in `next`, not this company's: nothing to store.
      if (changed.includes('tags')) writeCompanyTags(state, user, stored.id, next.tags as string[]);
      return true;
    },
    view: (rows) => {
      const tags = tagReader();
      return rows.map((row) => {
        const view = project(user, 'candidates', row, full);
        if (!keepsOwnTags(user, row as unknown as Candidate)) return view;
        // Which other company owns a profile is its own business: a recruiter reads "not ours" (null).
        return { ...withOwnTags(user, view as unknown as Candidate, tags()), ...NOT_OURS } as never;
      });
    },
  };
}
