import { type Candidate, RESOURCES, type ResourceName, type User } from '../../../src/model/types';
import type { AccessEntry, MockState } from '../../db/types';
import { accessTrailOf } from '../candidates/access-trail';
import { forgetRow } from '../records/query';
import { ANONYMISED, PeopleMatcher } from './person-names';
import { anonymisedProfile, PERSON_TEXT, type Scrub } from './personal-data';

/**
 * The records about a candidate and the texts naming them, for GDPR erasure and export: which
 * records are theirs, erasing them from every field that may name them (personal-data.ts), and
 * gathering what is held.
 */
type Row = { id: number } & Record<string, unknown>;

const keyOf = (resource: string, id: unknown) => `${resource}:${id}`;
const rowsOf = (state: MockState, resource: ResourceName) => state.tables[resource].rows as unknown as Row[];

/**
 * Which records are about each person, as `resource:id` → candidate id: their profile,
 * applications and what hangs on them (activities, interviews, scorecards, tasks), the credit
 * lines of their unlocks (and refunds of those), and the audit entries of all of these.
 */
export function recordsAboutIndex(state: MockState, candidateIds: readonly number[]): Map<string, number> {
  const about = new Map<string, number>();
  const people = new Set(candidateIds);
  for (const id of people) about.set(keyOf('candidates', id), id);
  const mark = (resource: ResourceName, ...links: Array<[ResourceName, string]>) => {
    for (const row of rowsOf(state, resource))
      for (const [target, field] of links) {
        const id = target === 'candidates' ? row[field] : about.get(keyOf(target, row[field]));
        if (typeof id === 'number' && people.has(id)) {
          about.set(keyOf(resource, row.id), id);
          break;
        }
      }
  };
  mark('applications', ['candidates', 'candidateId']);
  mark('activities', ['candidates', 'candidateId']);
  mark('interviews', ['candidates', 'candidateId']);
  mark('scorecards', ['applications', 'applicationId']);
  mark('tasks', ['candidates', 'candidateId'], ['applications', 'applicationId']);
  for (const line of rowsOf(state, 'credit-ledger')) {
    const person =
      line.action === 'cv_unlock' && people.has(line.recordId as number)
        ? (line.recordId as number)
        : line.action === 'refund'
          ? about.get(keyOf('credit-ledger', line.recordId))
          : undefined;
    if (person !== undefined) about.set(keyOf('credit-ledger', line.id), person);
  }
  for (const entry of rowsOf(state, 'audit-logs')) {
    const person = about.get(keyOf(entry.resource as string, entry.recordId));
    if (person !== undefined) about.set(keyOf('audit-logs', entry.id), person);
  }
  return about;
}

/** The value with its strings scrubbed: the very same value (not a copy) when none changed. */
function scrubDeep(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) {
    const next = value.map((item) => scrubDeep(item, scrub));
    return next.some((item, i) => item !== value[i]) ? next : value;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const next = entries.map(([key, item]) => [key, scrubDeep(item, scrub)] as const);
    return next.some(([, item], i) => item !== entries[i][1]) ? Object.fromEntries(next) : value;
  }
  return value;
}

/** How texts lose the people: plain text, and rich text (HTML). */
interface Scrubber {
  text: (text: string) => string;
  html: (html: string) => string;
}

const scrubberOf = (matcher: PeopleMatcher, owner?: number): Scrubber => ({
  text: (text) => matcher.scrub(text, owner),
  html: (html) => matcher.scrubHtml(html, owner),
});

/**
 * The field's value without the people (the very same value when they were never in it): erasure
 * writes it, the export lists the field as a mention when it differs, so both find the same.
 */
function scrubField(value: unknown, how: Scrub, scrub: Scrubber): unknown {
  if (how === 'deep')
    return value === null || typeof value !== 'object' ? value : scrubDeep(value, scrub.text);
  if (typeof value !== 'string') return value;
  const next = how === 'html' ? scrub.html(value) : scrub.text(value);
  return how === 'clear' && next !== value ? null : next;
}

/**
 * Erases the people from every field that may name them, in one pass over the data. The audit
 * trail keeps that a field of their profile changed, never the values. A record scrubbed gets a new
 * version, so a form opened before cannot save the name back. Their profiles themselves are the
 * caller's to reset.
 */
export function eraseTraces(state: MockState, people: readonly Candidate[]): void {
  if (people.length === 0) return;
  const erased = new Set(people.map((person) => person.id));
  const about = recordsAboutIndex(state, [...erased]);
  const matcher = new PeopleMatcher(people);
  const reset = new Set(Object.keys(anonymisedProfile(people[0])));
  const keptFields = Object.entries(PERSON_TEXT.candidates).filter(([field]) => !reset.has(field));
  for (const resource of RESOURCES) {
    const fields = Object.entries(PERSON_TEXT[resource]);
    if (fields.length === 0) continue;
    for (const row of rowsOf(state, resource)) {
      // An erased profile's reset fields are the caller's; the rest (skills) may name one of them.
      const kept = resource === 'candidates' && erased.has(row.id) ? keptFields : fields;
      const owner = about.get(keyOf(resource, row.id));
      const scrub = scrubberOf(matcher, owner);
      let changed = false;
      for (const [field, how] of kept) {
        const next = scrubField(row[field], how, scrub);
        if (next !== row[field]) {
          row[field] = next;
          changed = true;
        }
      }
      if (resource === 'audit-logs' && row.resource === 'candidates' && erased.has(row.recordId as number)) {
        const changes = row.changes as Record<string, unknown>;
        for (const field of Object.keys(changes).filter((name) => reset.has(name))) {
          changes[field] = [ANONYMISED, ANONYMISED];
          changed = true;
        }
      }
      if (!changed) continue;
      if (typeof row.version === 'number') row.version += 1;
      forgetRow(row);
    }
  }
  // A company's own tags on another profile (candidates/tags.ts) are free text like the record's.
  for (const row of state.tables.candidateTags.rows) {
    const tags = scrubField(row.tags, 'deep', scrubberOf(matcher));
    if (tags === row.tags) continue;
    row.tags = tags as string[];
    row.version += 1;
  }
}

/** A stored text naming the person outside the records about them. */
export interface Mention {
  resource: ResourceName;
  id: number;
  field: string;
  text: unknown;
  /** For a company's own tags on another profile (candidates/tags.ts): that company. */
  companyId?: number;
}

/**
 * By resource of `wholeRecords`, every record about the person or naming them; from the other
 * resources (records that are not about people: other profiles, templates, companies, offers) and
 * from each company's own tags on other profiles, only the fields naming them.
 */
export function recordsAbout(
  state: MockState,
  candidate: Candidate,
  wholeRecords: readonly ResourceName[],
): { records: Partial<Record<ResourceName, Row[]>>; mentions: Mention[] } {
  const about = recordsAboutIndex(state, [candidate.id]);
  const matcher = new PeopleMatcher([candidate]);
  const scrub = scrubberOf(matcher);
  const records: Partial<Record<ResourceName, Row[]>> = {};
  const mentions: Mention[] = [];
  for (const resource of RESOURCES) {
    const whole = wholeRecords.includes(resource);
    const fields = Object.entries(PERSON_TEXT[resource]);
    if (!whole && fields.length === 0) continue;
    for (const row of rowsOf(state, resource)) {
      if (resource === 'candidates' && row.id === candidate.id) continue;
      const naming = fields.filter(([field, how]) => scrubField(row[field], how, scrub) !== row[field]);
      if (whole && (about.has(keyOf(resource, row.id)) || naming.length > 0)) {
        records[resource] ??= [];
        records[resource].push(row);
      } else if (!whole)
        for (const [field] of naming) mentions.push({ resource, id: row.id, field, text: row[field] });
    }
  }
  // A company's own tags on another profile are typed like the record's, and erased alike.
  for (const row of state.tables.candidateTags.rows)
    if (row.candidateId !== candidate.id && scrubField(row.tags, 'deep', scrub) !== row.tags)
      mentions.push({
        resource: 'candidates',
        id: row.candidateId,
        field: 'tags',
        text: row.tags,
        companyId: row.companyId,
      });
  return { records, mentions };
}

/** One line of a profile's access trail: who, of which company, did what to it, when, how often that hour. */
export interface ProfileAccess extends Omit<AccessEntry, 'userId'> {
  actorId: number;
  actorRole: string | null;
}

/** The profile's access trail as the GDPR export gives it: views, listings, unlocks and exports, oldest first. */
export function profileAccessTrail(state: MockState, candidateId: number): ProfileAccess[] {
  return accessTrailOf(state, candidateId).map(({ userId, ...entry }) => ({
    ...entry,
    actorId: userId,
    actorRole: (state.tables.users.get(userId) as User | undefined)?.role ?? null,
  }));
}
