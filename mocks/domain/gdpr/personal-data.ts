import type { Candidate, ResourceName } from '../../../src/model/types';
import { type FieldType, RESOURCE_SPECS } from '../records/resources';

/**
 * Where a candidate's personal data lives beyond their profile, for the two GDPR requests: erasure
 * (anonymisation) scrubs it everywhere, the export gathers it (personal-records.ts). Two tables
 * say, for every free-text field of every resource, either how it may name a person or why it
 * cannot name a candidate; a test holds every such field of the resource specs to be in exactly one
 * of them, so a new field is a decision, never an oversight.
 */

/**
 * How a field that may name the person loses them: words replaced, words of rich text (HTML, read
 * by what it says) replaced, strings inside replaced, or emptied.
 */
export type Scrub = 'text' | 'html' | 'deep' | 'clear';

/** Fields that may name a candidate (typed by people, or worded by the API from their name). */
export const PERSON_TEXT: Record<ResourceName, Record<string, Scrub>> = {
  companies: { statusReason: 'text' },
  users: {},
  // Typed by recruiters, who may name the person a job replaces or paste a profile into an advert.
  offers: { title: 'text', description: 'html', city: 'text', skills: 'deep' },
  // Another profile's words are typed by recruiters too: a name can land in any of them.
  candidates: { headline: 'text', summary: 'text', tags: 'deep', city: 'text', skills: 'deep' },
  applications: { rejectionReason: 'text' },
  activities: { body: 'html' },
  // A meeting link may carry the name in its path: it cannot be half-erased, so it goes.
  interviews: { location: 'text', videoUrl: 'clear' },
  scorecards: { summary: 'text' },
  tasks: { title: 'text' },
  'message-templates': { name: 'text', subject: 'text', body: 'text' },
  'saved-views': { name: 'text', filter: 'deep' },
  'credit-ledger': { reason: 'text' },
  'audit-logs': { changes: 'deep', reason: 'text' },
  boards: {},
  // Support's reason for refusing an offer may quote the offer, never an applicant; scrubbed all the same.
  'offer-publications': { rejectionReason: 'text' },
  'feed-imports': {},
};

const ACCOUNT = 'the account holder’s own identity, not a candidate’s';
const PROFILE = 'a profile’s own identity: the erased one is reset, any other is another person’s';

/** Free-text fields that cannot name a candidate, with the reason. */
export const NOT_PERSON_TEXT: Record<ResourceName, Record<string, string>> = {
  companies: {
    name: 'the customer’s name',
    legalId: 'a company registration number',
    city: 'a place',
    website: 'the customer’s site',
    sector: 'an industry',
    contactName: 'the customer’s business contact, a relationship of its own',
    contactEmail: 'the customer’s business contact, a relationship of its own',
    billingEmail: 'the customer’s billing address',
    billingAddress: 'the customer’s postal address',
    phone: 'the customer’s switchboard',
    credits: 'two balances',
  },
  users: { firstName: ACCOUNT, lastName: ACCOUNT, email: ACCOUNT },
  offers: { reference: 'worded by the API', externalRef: 'a code from the company’s own ATS' },
  candidates: {
    firstName: PROFILE,
    lastName: PROFILE,
    email: PROFILE,
    phone: PROFILE,
    linkedinUrl: PROFILE,
  },
  applications: { history: 'stages and dates' },
  activities: {},
  interviews: {},
  scorecards: { ratings: 'criteria of the offer and numbers' },
  tasks: {},
  'message-templates': {},
  'saved-views': {
    resource: 'a resource name',
    sort: 'a sortable field of the view’s resource and a direction, as validated',
  },
  'credit-ledger': { rule: 'worded by the API from its rules and an offer reference' },
  'audit-logs': { action: 'an action code', resource: 'a resource name' },
  boards: { name: 'a job board’s name', url: 'a job board’s site', rules: 'flags and a number' },
  'offer-publications': {
    findings: 'rule codes and offsets into a public job advert',
    queueOrder: 'a number and a date',
  },
  'feed-imports': {
    reasons: 'messages worded by the API',
    counts: 'numbers',
    items: 'ATS codes, outcomes, ids and messages worded by the API, never an offer’s text',
  },
};

/** Field types that hold free text (every other type is a number, a date, a flag, an id or a code). */
export const TEXT_TYPES: readonly FieldType[] = [
  'string',
  'text',
  'html',
  'email',
  'phone',
  'url',
  'strings',
  'json',
  'address',
];

/** The profile fields an anonymisation resets, with what they become. */
export function anonymisedProfile(candidate: Candidate): Partial<Candidate> {
  return {
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
  };
}

/** The free-text fields of a resource, as the specs declare them (for the completeness test). */
export function textFieldsOf(resource: ResourceName): string[] {
  return Object.entries(RESOURCE_SPECS[resource].fields)
    .filter(([, spec]) => TEXT_TYPES.includes(spec.type))
    .map(([name]) => name);
}
