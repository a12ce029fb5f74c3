import { BOARD_LANGUAGES, PUBLICATION_STATES, REJECTION_CODES } from '../../../src/model/boards';
import {
  ACTIVITY_TYPES,
  CANDIDATE_SOURCES,
  COMPANY_SIZES,
  COMPANY_STATUSES,
  CONTRACT_TYPES,
  CREDIT_KINDS,
  EXPERIENCE_LEVELS,
  INTERVIEW_KINDS,
  OFFER_STATUSES,
  PLANS,
  REJECTION_CATEGORIES,
  REMOTE_POLICIES,
  type ResourceName,
  ROLES,
  STAGES,
  TASK_KINDS,
  USER_STATUSES,
} from '../../../src/model/types';

/**
 * The shape of every resource as the API sees it: types for validation, which fields may be filtered,
 * sorted and searched (`q`), and which the server owns. One table, so query parsing, validation and
 * mass-assignment checks cannot drift apart.
 */
export type FieldType =
  | 'id'
  | 'int'
  | 'number'
  | 'string'
  | 'text' // long free text: not filterable, searchable
  | 'html' // sanitised rich text
  | 'email'
  | 'phone'
  | 'url'
  | 'date' // YYYY-MM-DD
  | 'datetime' // ISO-8601
  | 'bool'
  | 'enum'
  | 'strings'
  | 'enums'
  | 'ids'
  | 'address' // a postal address object {street, postcode, city, country}: src/model/address.ts
  | 'json';

export interface FieldSpec {
  type: FieldType;
  values?: readonly string[];
  nullable?: boolean;
  required?: boolean;
  /** A `string` that may hold tabs and line breaks (a reason typed in a text area). */
  multiline?: boolean;
  /** Length for strings, value for numbers. */
  min?: number;
  max?: number;
  /** Set by the server: ignored on create, refused when changed on update. */
  owned?: boolean;
  /** Included in `q` full-text search. */
  search?: boolean;
  /** Array filter means "all of these" (default for array fields: "any of these"). */
  matchAll?: boolean;
  noFilter?: boolean;
  noSort?: boolean;
  /** Null means "already" (a candidate available now): it passes `_lte`/`_lt`, not `_gte`/`_gt`. */
  nullIsPast?: boolean;
  /** For the OpenAPI document, when the name does not say it all (e.g. a computed field). */
  description?: string;
  /**
   * The resource an `id`/`ids` field points at. Every reference a body sets must be a record the
   * caller may read, inside the company the written record belongs to (mocks/domain/records/references.ts).
   */
  ref?: ResourceName;
  /**
   * With `ref`: the referenced record's field of this name must equal the written record's own
   * (a task's application must be the application of the task's candidate).
   */
  agrees?: string;
}

export interface ResourceSpec {
  fields: Record<string, FieldSpec>;
  /** Rows carry a companyId: recruiters see their own company's only. */
  companyScoped: boolean;
  readOnly?: boolean;
}

const owned = (type: FieldType, extra: Partial<FieldSpec> = {}): FieldSpec => ({
  type,
  owned: true,
  ...extra,
});
const ID: FieldSpec = { type: 'id', owned: true };
const VERSION: FieldSpec = { type: 'int', owned: true };
const COUNTRIES = ['FR', 'GB'] as const;
const CURRENCIES = ['EUR', 'GBP'] as const;
const LOCALES = ['fr', 'en'] as const;

export const RESOURCE_SPECS: Record<ResourceName, ResourceSpec> = {
  companies: {
    companyScoped: false,
    fields: {
      id: ID,
      version: VERSION,
      name: { type: 'string', required: true, min: 2, max: 120, search: true },
      legalId: { type: 'string', required: true, min: 8, max: 14, search: true },
      country: { type: 'enum', values: COUNTRIES, required: true },
      city: { type: 'string', required: true, max: 80, search: true },
      website: { type: 'url', nullable: true },
      sector: { type: 'string', required: true, max: 80, search: true },
      size: { type: 'enum', values: COMPANY_SIZES, required: true },
      plan: { type: 'enum', values: PLANS, required: true },
      mrrCents: { type: 'int', min: 0, max: 100_000_000 },
      currency: { type: 'enum', values: CURRENCIES },
      credits: owned('json', { noFilter: true, noSort: true }),
      status: { type: 'enum', values: COMPANY_STATUSES, required: true },
      statusReason: { type: 'string', nullable: true, max: 500, multiline: true },
      salesOwnerId: { type: 'id', nullable: true, ref: 'users' },
      contactName: { type: 'string', nullable: true, max: 120, search: true },
      contactEmail: { type: 'email', nullable: true, search: true },
      billingEmail: { type: 'email', nullable: true },
      billingAddress: {
        type: 'address',
        nullable: true,
        description:
          'Postal billing address; the postcode follows the address country (FR: 5 digits, GB: a UK postcode)',
      },
      phone: { type: 'phone', nullable: true },
      renewalDate: { type: 'date', nullable: true },
      createdAt: owned('datetime'),
      lastActivityAt: owned('datetime', { nullable: true }),
    },
  },
  users: {
    companyScoped: true,
    fields: {
      id: ID,
      version: VERSION,
      firstName: { type: 'string', required: true, min: 1, max: 80, search: true },
      lastName: { type: 'string', required: true, min: 1, max: 80, search: true },
      email: { type: 'email', required: true, search: true },
      role: { type: 'enum', values: ROLES, required: true },
      companyId: { type: 'id', nullable: true, ref: 'companies' },
      status: owned('enum', { values: USER_STATUSES }),
      locale: { type: 'enum', values: LOCALES, nullable: true },
      lastLoginAt: owned('datetime', { nullable: true }),
      createdAt: owned('datetime'),
    },
  },
  offers: {
    companyScoped: true,
    fields: {
      id: ID,
      version: VERSION,
      reference: owned('string', { search: true }),
      // Set by the company's feed import only (its ATS's reference), so a hand edit cannot detach it.
      externalRef: owned('string', { nullable: true, search: true }),
      title: { type: 'string', required: true, min: 5, max: 100, search: true },
      companyId: { type: 'id', ref: 'companies' },
      recruiterId: { type: 'id', ref: 'users' },
      contractType: { type: 'enum', values: CONTRACT_TYPES, required: true },
      city: { type: 'string', required: true, max: 80, search: true },
      country: { type: 'enum', values: COUNTRIES, required: true },
      remote: { type: 'enum', values: REMOTE_POLICIES, required: true },
      salaryMin: { type: 'int', nullable: true, min: 0, max: 1_000_000 },
      salaryMax: { type: 'int', nullable: true, min: 0, max: 1_000_000 },
      dailyRateMin: { type: 'int', nullable: true, min: 0, max: 10_000 },
      dailyRateMax: { type: 'int', nullable: true, min: 0, max: 10_000 },
      currency: { type: 'enum', values: CURRENCIES },
      ir35: { type: 'enum', values: ['inside', 'outside'], nullable: true },
      skills: { type: 'strings', matchAll: true, search: true, max: 30 },
      experienceLevel: { type: 'enum', values: EXPERIENCE_LEVELS, required: true },
      description: { type: 'html', max: 10_000 },
      status: { type: 'enum', values: OFFER_STATUSES, required: true },
      publishedAt: owned('datetime', { nullable: true }),
      closedAt: owned('datetime', { nullable: true }),
      expiresAt: { type: 'datetime', nullable: true },
      views: owned('int'),
      applicationsCount: owned('int'),
      createdAt: owned('datetime'),
    },
  },
  candidates: {
    companyScoped: false,
    fields: {
      id: ID,
      version: VERSION,
      firstName: { type: 'string', required: true, min: 1, max: 80, search: true },
      lastName: { type: 'string', required: true, min: 1, max: 80, search: true },
      email: { type: 'email', required: true, search: true },
      phone: { type: 'phone', nullable: true },
      linkedinUrl: { type: 'url', nullable: true },
      headline: { type: 'string', max: 200, search: true },
      skills: { type: 'strings', matchAll: true, search: true, max: 50 },
      yearsOfExperience: { type: 'int', min: 0, max: 60 },
      city: { type: 'string', max: 80, search: true },
      country: { type: 'enum', values: COUNTRIES, required: true },
      remote: { type: 'enum', values: REMOTE_POLICIES },
      availableFrom: { type: 'date', nullable: true, nullIsPast: true },
      desiredSalary: { type: 'int', nullable: true, min: 0, max: 1_000_000 },
      desiredDailyRate: { type: 'int', nullable: true, min: 0, max: 10_000 },
      currency: { type: 'enum', values: CURRENCIES },
      contractTypes: { type: 'enums', values: CONTRACT_TYPES },
      source: {
        type: 'enum',
        values: CANDIDATE_SOURCES,
        nullable: true,
        description:
          "How the profile entered the database. A recruiter reads it only on their own company's profiles, null on others (an import or sourcing would tell which company holds the profile)",
      },
      summary: { type: 'text', max: 10_000, search: true },
      tags: { type: 'strings', search: true, max: 30 },
      consentAt: { type: 'datetime', nullable: true },
      lastActivityAt: owned('datetime', { nullable: true }),
      anonymizedAt: owned('datetime', { nullable: true }),
      createdAt: owned('datetime'),
      ownerCompanyId: owned('id', { nullable: true }),
      contactMasked: owned('bool', { noFilter: true, noSort: true }),
    },
  },
  applications: {
    companyScoped: true,
    fields: {
      id: ID,
      version: VERSION,
      candidateId: { type: 'id', required: true, ref: 'candidates' },
      offerId: { type: 'id', required: true, ref: 'offers' },
      companyId: owned('id'),
      recruiterId: owned('id'),
      stage: { type: 'enum', values: STAGES },
      position: { type: 'int', min: 0, max: 1_000_000 },
      rating: { type: 'int', nullable: true, min: 1, max: 5 },
      rejectionCategory: { type: 'enum', values: REJECTION_CATEGORIES, nullable: true },
      rejectionReason: { type: 'string', nullable: true, max: 500, multiline: true },
      source: { type: 'enum', values: CANDIDATE_SOURCES },
      appliedAt: owned('datetime'),
      stageChangedAt: owned('datetime'),
      history: owned('json', { noFilter: true, noSort: true }),
      matchScore: owned('int', {
        nullable: true,
        min: 0,
        max: 100,
        noFilter: true,
        noSort: true,
        description:
          'Computed on read by the matching engine (the offer\'s "Best matches" score of this candidate); never stored: ignored in a PUT (an echo of a read), refused in a PATCH that changes it',
      }),
    },
  },
  activities: {
    companyScoped: true,
    fields: {
      id: ID,
      version: VERSION,
      candidateId: { type: 'id', required: true, ref: 'candidates' },
      applicationId: { type: 'id', nullable: true, ref: 'applications', agrees: 'candidateId' },
      companyId: { type: 'id', ref: 'companies' },
      authorId: owned('id'),
      type: { type: 'enum', values: ACTIVITY_TYPES, required: true },
      body: { type: 'html', max: 10_000, search: true },
      fromStage: { type: 'enum', values: STAGES, nullable: true },
      toStage: { type: 'enum', values: STAGES, nullable: true },
      scheduledAt: { type: 'datetime', nullable: true },
      createdAt: owned('datetime'),
    },
  },
  interviews: {
    companyScoped: true,
    fields: {
      id: ID,
      version: VERSION,
      applicationId: { type: 'id', required: true, ref: 'applications' },
      candidateId: owned('id'),
      offerId: owned('id'),
      companyId: { type: 'id', ref: 'companies' },
      startsAt: { type: 'datetime', required: true },
      durationMinutes: { type: 'int', required: true, min: 5, max: 480 },
      kind: { type: 'enum', values: INTERVIEW_KINDS, required: true },
      location: { type: 'string', nullable: true, max: 200, search: true },
      videoUrl: { type: 'url', nullable: true },
      interviewerIds: { type: 'ids', ref: 'users' },
      status: { type: 'enum', values: ['planned', 'done', 'cancelled', 'no-show'] },
    },
  },
  scorecards: {
    companyScoped: true,
    fields: {
      id: ID,
      version: VERSION,
      interviewId: { type: 'id', required: true, ref: 'interviews' },
      applicationId: owned('id'),
      companyId: { type: 'id', ref: 'companies' },
      authorId: owned('id'),
      ratings: { type: 'json', noFilter: true, noSort: true },
      summary: { type: 'text', max: 10_000, search: true },
      recommendation: { type: 'enum', values: ['strong-no', 'no', 'yes', 'strong-yes'], nullable: true },
      submittedAt: { type: 'datetime', nullable: true },
    },
  },
  tasks: {
    companyScoped: true,
    fields: {
      id: ID,
      version: VERSION,
      companyId: { type: 'id', ref: 'companies' },
      candidateId: { type: 'id', nullable: true, ref: 'candidates' },
      applicationId: { type: 'id', nullable: true, ref: 'applications', agrees: 'candidateId' },
      title: { type: 'string', required: true, min: 1, max: 200, search: true },
      dueAt: { type: 'datetime', required: true },
      assigneeId: { type: 'id', ref: 'users' },
      done: { type: 'bool' },
      automatic: owned('bool'),
      kind: owned('enum', { values: TASK_KINDS, nullable: true }),
      createdAt: owned('datetime'),
    },
  },
  'message-templates': {
    companyScoped: true,
    fields: {
      id: ID,
      version: VERSION,
      companyId: { type: 'id', ref: 'companies' },
      kind: { type: 'enum', values: ['invitation', 'rejection', 'offer'], required: true },
      locale: { type: 'enum', values: LOCALES, required: true },
      name: { type: 'string', required: true, min: 1, max: 120, search: true },
      subject: { type: 'string', required: true, min: 1, max: 200, search: true },
      body: { type: 'text', required: true, max: 10_000, search: true },
    },
  },
  'saved-views': {
    companyScoped: false,
    fields: {
      id: ID,
      version: VERSION,
      ownerId: owned('id'),
      companyId: owned('id', { nullable: true }),
      resource: { type: 'string', required: true, max: 40 },
      name: { type: 'string', required: true, min: 1, max: 80, search: true },
      filter: { type: 'json', noFilter: true, noSort: true },
      sort: { type: 'json', nullable: true, noFilter: true, noSort: true },
      sharedWithTeam: { type: 'bool' },
    },
  },
  'credit-ledger': {
    companyScoped: true,
    readOnly: true,
    fields: {
      id: ID,
      companyId: owned('id'),
      kind: owned('enum', { values: CREDIT_KINDS }),
      delta: owned('int'),
      balanceAfter: owned('int'),
      action: owned('enum', { values: ['initial', 'cv_unlock', 'job_slot', 'support_adjustment', 'refund'] }),
      rule: owned('string', { search: true }),
      recordId: owned('id', { nullable: true }),
      actorId: owned('id', { nullable: true }),
      reason: owned('string', { nullable: true, search: true }),
      at: owned('datetime'),
    },
  },
  'audit-logs': {
    companyScoped: false,
    readOnly: true,
    fields: {
      id: ID,
      actorId: owned('id'),
      actorRole: owned('enum', { values: ROLES }),
      action: owned('string', { search: true }),
      resource: owned('string'),
      recordId: owned('id', { nullable: true }),
      changes: owned('json', { noFilter: true, noSort: true }),
      reason: owned('string', { nullable: true, search: true }),
      at: owned('datetime'),
    },
  },
  boards: {
    companyScoped: false,
    fields: {
      id: ID,
      version: VERSION,
      name: { type: 'string', required: true, min: 2, max: 80, search: true },
      url: { type: 'url', required: true },
      country: { type: 'enum', values: COUNTRIES, required: true },
      languages: { type: 'enums', values: BOARD_LANGUAGES, required: true },
      rules: {
        type: 'json',
        noFilter: true,
        noSort: true,
        description:
          "The board's own rules: {requiresPayRange: boolean, inclusiveWording: boolean, minWords: 0..1000}",
      },
      active: { type: 'bool' },
      createdAt: owned('datetime'),
    },
  },
  // Written only through the publication actions (submit, approve, reject), never as a plain record.
  'offer-publications': {
    companyScoped: true,
    readOnly: true,
    fields: {
      id: ID,
      version: VERSION,
      offerId: owned('id'),
      boardId: owned('id'),
      companyId: owned('id'),
      state: owned('enum', { values: PUBLICATION_STATES }),
      findings: owned('json', { noFilter: true, noSort: true }),
      severity: owned('enum', { values: ['none', 'soft', 'blocking'] }),
      queueOrder: owned('string', {
        noFilter: true,
        description: 'Sort key of the moderation queue: heavier findings first, then the oldest submission',
      }),
      rejectionCode: owned('enum', { values: REJECTION_CODES, nullable: true }),
      rejectionReason: owned('string', { nullable: true }),
      submittedAt: owned('datetime'),
      decidedAt: owned('datetime', { nullable: true }),
      decidedBy: owned('id', { nullable: true }),
      views: owned('int'),
      applicationsCount: owned('int'),
    },
  },
  // Reports of a company's feed imports, written only by running the feed.
  'feed-imports': {
    companyScoped: true,
    readOnly: true,
    fields: {
      id: ID,
      version: VERSION,
      companyId: owned('id'),
      actorId: owned('id'),
      format: owned('enum', { values: ['json', 'xml'] }),
      source: owned('enum', { values: ['upload', 'stored'] }),
      status: owned('enum', { values: ['applied', 'refused'] }),
      reasons: owned('json', { noFilter: true, noSort: true }),
      counts: owned('json', { noFilter: true, noSort: true }),
      items: owned('json', { noFilter: true, noSort: true }),
      at: owned('datetime'),
    },
  },
};

const ARRAY_TYPES: readonly FieldType[] = ['strings', 'enums', 'ids'];
export const isArrayType = (type: FieldType): boolean => ARRAY_TYPES.includes(type);

export function canFilter(spec: FieldSpec): boolean {
  return (
    !spec.noFilter &&
    spec.type !== 'json' &&
    spec.type !== 'address' &&
    spec.type !== 'html' &&
    spec.type !== 'text'
  );
}

export function canSort(spec: FieldSpec): boolean {
  return (
    !spec.noSort &&
    !isArrayType(spec.type) &&
    spec.type !== 'json' &&
    spec.type !== 'address' &&
    spec.type !== 'html'
  );
}

/**
 * The spec of a field by name, or undefined: looked up as the table's own entry, so a caller's
 * `constructor` or `__proto__` is an unknown field, never a member every object inherits.
 */
export function fieldSpec(resource: ResourceName, field: string): FieldSpec | undefined {
  const fields = RESOURCE_SPECS[resource].fields;
  return Object.hasOwn(fields, field) ? fields[field] : undefined;
}

export function searchFields(resource: ResourceName): string[] {
  return Object.entries(RESOURCE_SPECS[resource].fields)
    .filter(([, spec]) => spec.search)
    .map(([name]) => name);
}

export function isResource(name: string): name is ResourceName {
  return Object.hasOwn(RESOURCE_SPECS, name);
}
