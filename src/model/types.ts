/**
 * The API's record types (docs/resources.md), shared by the app and the reference API in mocks/.
 * Dates are ISO-8601 strings in UTC; money is in minor units only where the name says `Cents`.
 */
import type {
  BoardLanguage,
  BoardRules,
  ModerationFinding,
  PublicationState,
  RejectionCode,
  Severity,
} from './boards';

export type Role = 'recruiter' | 'sales' | 'support' | 'admin';
export const ROLES: readonly Role[] = ['recruiter', 'sales', 'support', 'admin'];

export type Locale = 'fr' | 'en';
export type Country = 'FR' | 'GB';
export type Currency = 'EUR' | 'GBP';
export const CURRENCY_BY_COUNTRY: Record<Country, Currency> = { FR: 'EUR', GB: 'GBP' };
/** The language of a market: what its people read (e.g. the messages a candidate receives). */
export const LOCALE_BY_COUNTRY: Record<Country, Locale> = { FR: 'fr', GB: 'en' };

export type Identifier = number;

interface Versioned {
  id: Identifier;
  version: number;
}

export type Plan = 'free' | 'starter' | 'pro' | 'enterprise';
export const PLANS: readonly Plan[] = ['free', 'starter', 'pro', 'enterprise'];
export type CompanyStatus = 'trial' | 'active' | 'suspended' | 'churned';
export const COMPANY_STATUSES: readonly CompanyStatus[] = ['trial', 'active', 'suspended', 'churned'];
export type CompanySize = '1-10' | '11-50' | '51-200' | '201-1000' | '1000+';
export const COMPANY_SIZES: readonly CompanySize[] = ['1-10', '11-50', '51-200', '201-1000', '1000+'];
export type CreditKind = 'cvUnlocks' | 'jobSlots';
export const CREDIT_KINDS: readonly CreditKind[] = ['cvUnlocks', 'jobSlots'];

/** A postal address; its rules (postcode per country, lengths) are in src/model/address.ts. */
export interface PostalAddress {
  street: string;
  postcode: string;
  city: string;
  country: Country;
}

export interface Company extends Versioned {
  name: string;
  legalId: string; // SIREN (FR, 9 digits) or Companies House number (GB, 8 characters)
  country: Country;
  city: string;
  website: string | null;
  sector: string;
  size: CompanySize;
  plan: Plan;
  mrrCents: number;
  currency: Currency;
  credits: Record<CreditKind, number>;
  status: CompanyStatus;
  statusReason: string | null;
  salesOwnerId: Identifier | null;
  /** The customer's contact person for the account and its invoices. */
  contactName: string | null;
  contactEmail: string | null;
  billingEmail: string | null;
  billingAddress: PostalAddress | null;
  phone: string | null;
  renewalDate: string | null;
  createdAt: string;
  lastActivityAt: string | null;
}

export type UserStatus = 'active' | 'locked' | 'invited';
export const USER_STATUSES: readonly UserStatus[] = ['active', 'locked', 'invited'];

export interface User extends Versioned {
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  companyId: Identifier | null;
  status: UserStatus;
  locale: Locale | null; // null until the user picks one: the browser's language decides
  lastLoginAt: string | null;
  createdAt: string;
}

export type ContractType = 'permanent' | 'fixed-term' | 'freelance' | 'internship';
export const CONTRACT_TYPES: readonly ContractType[] = ['permanent', 'fixed-term', 'freelance', 'internship'];
export type RemotePolicy = 'none' | 'partial' | 'full';
export const REMOTE_POLICIES: readonly RemotePolicy[] = ['none', 'partial', 'full'];
export type ExperienceLevel = 'junior' | 'intermediate' | 'senior' | 'lead';
export const EXPERIENCE_LEVELS: readonly ExperienceLevel[] = ['junior', 'intermediate', 'senior', 'lead'];
export type OfferStatus = 'draft' | 'published' | 'paused' | 'closed' | 'expired';
export const OFFER_STATUSES: readonly OfferStatus[] = ['draft', 'published', 'paused', 'closed', 'expired'];
export type Ir35Status = 'inside' | 'outside';

export interface Offer extends Versioned {
  reference: string;
  /** The offer's reference in the company's own ATS when it came from a feed; null when typed by hand. */
  externalRef: string | null;
  title: string;
  companyId: Identifier;
  recruiterId: Identifier;
  contractType: ContractType;
  city: string;
  country: Country;
  remote: RemotePolicy;
  /** Yearly salary, whole currency units; permanent, fixed-term and internship only. */
  salaryMin: number | null;
  salaryMax: number | null;
  /** Daily rate, whole currency units; freelance only. */
  dailyRateMin: number | null;
  dailyRateMax: number | null;
  currency: Currency;
  ir35: Ir35Status | null; // UK freelance offers only
  skills: string[];
  experienceLevel: ExperienceLevel;
  description: string; // sanitised HTML
  status: OfferStatus;
  publishedAt: string | null;
  closedAt: string | null;
  expiresAt: string | null;
  views: number;
  applicationsCount: number;
  createdAt: string;
}

export type CandidateSource = 'free-work' | 'linkedin' | 'referral' | 'job-board' | 'sourcing' | 'import';
export const CANDIDATE_SOURCES: readonly CandidateSource[] = [
  'free-work',
  'linkedin',
  'referral',
  'job-board',
  'sourcing',
  'import',
];

export interface Candidate extends Versioned {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  linkedinUrl: string | null;
  headline: string;
  skills: string[];
  yearsOfExperience: number;
  city: string;
  country: Country;
  remote: RemotePolicy;
  availableFrom: string | null; // date, YYYY-MM-DD
  desiredSalary: number | null; // yearly, whole units
  desiredDailyRate: number | null;
  currency: Currency;
  contractTypes: ContractType[];
  /** Null when a recruiter reads a profile their company does not own (as ownerCompanyId). */
  source: CandidateSource | null;
  summary: string;
  tags: string[];
  consentAt: string | null;
  lastActivityAt: string | null;
  anonymizedAt: string | null;
  createdAt: string;
  /**
   * The company that added this profile (import, sourcing), null for platform sign-ups; a recruiter
   * reads it as their own company's id or null.
   */
  ownerCompanyId: Identifier | null;
  /** Set by the API on recruiters' database results while contact details are masked. */
  contactMasked?: boolean;
}

export type Stage =
  | 'new'
  | 'screening'
  | 'interview'
  | 'technical'
  | 'offer'
  | 'hired'
  | 'rejected'
  | 'withdrawn';
/** Funnel order; the last two are exits, shown in their own lane. */
export const FUNNEL_STAGES: readonly Stage[] = [
  'new',
  'screening',
  'interview',
  'technical',
  'offer',
  'hired',
];
export const EXIT_STAGES: readonly Stage[] = ['rejected', 'withdrawn'];
export const STAGES: readonly Stage[] = [...FUNNEL_STAGES, ...EXIT_STAGES];
export const FINISHED_STAGES: readonly Stage[] = ['hired', 'rejected', 'withdrawn'];

export type RejectionCategory =
  | 'profile'
  | 'experience'
  | 'salary'
  | 'technical_test'
  | 'location'
  | 'position_filled'
  | 'unreachable'
  | 'other';
export const REJECTION_CATEGORIES: readonly RejectionCategory[] = [
  'profile',
  'experience',
  'salary',
  'technical_test',
  'location',
  'position_filled',
  'unreachable',
  'other',
];

export interface Application extends Versioned {
  candidateId: Identifier;
  offerId: Identifier;
  companyId: Identifier;
  recruiterId: Identifier; // the offer's recruiter, denormalised for filtering
  stage: Stage;
  position: number; // order within the stage column, 0 first
  rating: number | null; // 1..5
  /** Why it was rejected, among the usual reasons (what the funnel counts); null unless rejected. */
  rejectionCategory: RejectionCategory | null;
  /** The recruiter's own words: required for "other", a detail for the others. */
  rejectionReason: string | null;
  source: CandidateSource;
  appliedAt: string;
  stageChangedAt: string;
  /** Stages reached, in order, with the time reached: what the funnel and time-in-stage stats read. */
  history: Array<{ stage: Stage; at: string }>;
  /**
   * Read-only, computed on every read: the matching engine's score (0-100) of this candidate for
   * this offer, the same as on the offer's "Best matches"; null when it cannot be computed (e.g. an
   * anonymised candidate). Never stored, refused on write.
   */
  matchScore?: number | null;
}

export type ActivityType = 'note' | 'call' | 'email' | 'interview' | 'stage_change';
export const ACTIVITY_TYPES: readonly ActivityType[] = ['note', 'call', 'email', 'interview', 'stage_change'];

export interface Activity extends Versioned {
  candidateId: Identifier;
  applicationId: Identifier | null;
  companyId: Identifier;
  authorId: Identifier;
  type: ActivityType;
  body: string;
  fromStage: Stage | null;
  toStage: Stage | null;
  scheduledAt: string | null;
  createdAt: string;
}

export type InterviewKind = 'phone' | 'video' | 'on-site' | 'technical';
export const INTERVIEW_KINDS: readonly InterviewKind[] = ['phone', 'video', 'on-site', 'technical'];
export type InterviewStatus = 'planned' | 'done' | 'cancelled' | 'no-show';

export interface Interview extends Versioned {
  applicationId: Identifier;
  candidateId: Identifier;
  offerId: Identifier;
  companyId: Identifier;
  startsAt: string;
  durationMinutes: number;
  kind: InterviewKind;
  location: string | null;
  videoUrl: string | null;
  interviewerIds: Identifier[];
  status: InterviewStatus;
}

export type Recommendation = 'strong-no' | 'no' | 'yes' | 'strong-yes';

export interface Scorecard extends Versioned {
  interviewId: Identifier;
  applicationId: Identifier;
  companyId: Identifier;
  authorId: Identifier;
  ratings: Record<string, number>; // criterion -> 1..4
  summary: string;
  recommendation: Recommendation | null;
  submittedAt: string | null;
}

/**
 * A task the API wrote itself, by what it asks (the app words it in the reader's language, with the
 * candidate's name); null for a task a person wrote, whose title is their own words.
 */
export type TaskKind = 'review' | 'review_waiting' | 'call_back' | 'write_up' | 'send_test' | 'prepare_offer';
export const TASK_KINDS: readonly TaskKind[] = [
  'review',
  'review_waiting',
  'call_back',
  'write_up',
  'send_test',
  'prepare_offer',
];

export interface Task extends Versioned {
  companyId: Identifier;
  candidateId: Identifier | null;
  applicationId: Identifier | null;
  title: string;
  dueAt: string;
  assigneeId: Identifier;
  done: boolean;
  automatic: boolean;
  kind: TaskKind | null;
  createdAt: string;
}

export interface MessageTemplate extends Versioned {
  companyId: Identifier;
  kind: 'invitation' | 'rejection' | 'offer';
  locale: Locale;
  name: string;
  subject: string;
  body: string;
}

export interface SavedView extends Versioned {
  ownerId: Identifier;
  companyId: Identifier | null;
  resource: string;
  name: string;
  filter: Record<string, unknown>;
  sort: { field: string; order: 'ASC' | 'DESC' } | null;
  sharedWithTeam: boolean;
}

export interface CreditLedgerEntry {
  id: Identifier;
  companyId: Identifier;
  kind: CreditKind;
  delta: number;
  balanceAfter: number;
  action: 'initial' | 'cv_unlock' | 'job_slot' | 'support_adjustment' | 'refund';
  rule: string;
  recordId: Identifier | null;
  actorId: Identifier | null;
  reason: string | null;
  at: string;
}

export interface AuditLog {
  id: Identifier;
  actorId: Identifier;
  actorRole: Role;
  action: string;
  resource: string;
  recordId: Identifier | null;
  changes: Record<string, [unknown, unknown]>;
  reason: string | null;
  at: string;
}

/** A company's right to see a candidate's contact details. */
export interface CandidateUnlock {
  id: Identifier;
  companyId: Identifier;
  candidateId: Identifier;
  unlockedAt: string;
  actorId: Identifier;
}

export interface AuthUser {
  id: Identifier;
  fullName: string;
  role: Role;
  companyId: Identifier | null;
  locale: Locale | null;
}

export interface LoginResponse {
  token: string;
  user: AuthUser;
}

/**
 * Stable reasons of a refusal that the app branches on, beside the message (which is worded in
 * the caller's language, so never matched): no job slot left to publish, no CV unlock credit
 * left, a locked account at sign-in; and a 404 for a path that is no route of the API (unlike a
 * 404 for a record that does not exist or is outside the caller's tenant).
 */
export const API_ERROR_CODES = [
  'no_job_slot',
  'no_cv_credit',
  'account_locked',
  'no_board_slot',
  'feed_unreadable',
  'feed_too_large',
  'feed_refused',
  'unknown_route',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiErrorBody {
  /** In the language of the request's Accept-Language (fr or en; English by default). */
  message: string;
  code?: ApiErrorCode;
  errors?: Record<string, string>;
  current?: unknown;
}

export interface MatchReason {
  kind:
    | 'skills'
    | 'text'
    | 'seniority'
    | 'location'
    | 'remote'
    | 'pay'
    | 'contract'
    | 'availability'
    | 'feedback';
  /** i18n key and its values, so the app words it in the reader's language. */
  key: string;
  values?: Record<string, string | number>;
  positive: boolean;
}

/** The signals of a match score, each worth some of its 100 points. */
export const MATCH_SIGNALS = [
  'skills',
  'text',
  'seniority',
  'location',
  'pay',
  'contract',
  'availability',
  'feedback',
] as const;
export type MatchSignal = (typeof MATCH_SIGNALS)[number];
/** Points earned per signal (one decimal); feedback may be negative. */
export type MatchPoints = Record<MatchSignal, number>;

/** A recruiter's verdict on a match: "Good match", or "Not a fit" with the reason. */
export const MATCH_VERDICTS = ['good', 'not_a_fit'] as const;
export type MatchVerdict = (typeof MATCH_VERDICTS)[number];
export const MATCH_FEEDBACK_REASONS = ['skills', 'seniority', 'location', 'pay', 'other'] as const;
export type MatchFeedbackReason = (typeof MATCH_FEEDBACK_REASONS)[number];

/** One verdict of a company on a (offer, candidate) pair; a new verdict on the pair replaces it. */
export interface MatchFeedback {
  id: Identifier;
  companyId: Identifier;
  offerId: Identifier;
  candidateId: Identifier;
  verdict: MatchVerdict;
  /** Why not a fit; null for a good match. */
  reason: MatchFeedbackReason | null;
  authorId: Identifier;
  createdAt: string;
}

export interface MatchResult<T> {
  id: Identifier;
  record: T;
  score: number;
  matchedSkills: string[];
  missingSkills: string[];
  reasons: MatchReason[];
  /** Points per signal, to see what separates two ranks. */
  points?: MatchPoints;
  /** The reader's company's verdict on this pair, if it gave one. */
  feedback?: Pick<MatchFeedback, 'verdict' | 'reason'> | null;
}

/** A job board offers are published to; admin adds them. */
export interface Board extends Versioned {
  name: string;
  url: string;
  country: Country;
  languages: BoardLanguage[];
  rules: BoardRules;
  /** An inactive board takes no new publications; its live ones stay until they expire. */
  active: boolean;
  createdAt: string;
}

/** An offer on one board: its own moderation state and counters. */
export interface OfferPublication extends Versioned {
  offerId: Identifier;
  boardId: Identifier;
  companyId: Identifier;
  state: PublicationState;
  /** What the automatic checks found at the last submission. */
  findings: ModerationFinding[];
  severity: Severity | 'none';
  /** The moderation queue's order: worst findings first, then oldest (see queueOrder). */
  queueOrder: string;
  rejectionCode: RejectionCode | null;
  rejectionReason: string | null;
  submittedAt: string;
  decidedAt: string | null;
  decidedBy: Identifier | null;
  views: number;
  applicationsCount: number;
}

export interface ResourceMap {
  companies: Company;
  users: User;
  offers: Offer;
  candidates: Candidate;
  applications: Application;
  activities: Activity;
  interviews: Interview;
  scorecards: Scorecard;
  tasks: Task;
  'message-templates': MessageTemplate;
  'saved-views': SavedView;
  'credit-ledger': CreditLedgerEntry;
  'audit-logs': AuditLog;
  boards: Board;
  'offer-publications': OfferPublication;
  'feed-imports': FeedImport;
}
export type ResourceName = keyof ResourceMap;
export const RESOURCES: readonly ResourceName[] = [
  'companies',
  'users',
  'offers',
  'candidates',
  'applications',
  'activities',
  'interviews',
  'scorecards',
  'tasks',
  'message-templates',
  'saved-views',
  'credit-ledger',
  'audit-logs',
  'boards',
  'offer-publications',
  'feed-imports',
];

/** What a feed import did (or would have done) with one offer of the feed. */
export type FeedOutcome = 'created' | 'updated' | 'closed' | 'unchanged' | 'refused';
export const FEED_OUTCOMES: readonly FeedOutcome[] = ['created', 'updated', 'closed', 'unchanged', 'refused'];

/** A reason worded in both languages when the report was written (it is read later, by anyone). */
export interface FeedReason {
  field: string;
  en: string;
  fr: string;
}

export interface FeedImportItem {
  /** Position in the feed (0-based); null for an offer closed because the feed no longer lists it. */
  index: number | null;
  externalRef: string;
  outcome: FeedOutcome;
  offerId: Identifier | null;
  reasons: FeedReason[];
  /** The boards the offer was sent to by this import, and where the checks left it on each. */
  publications: Array<{ boardId: Identifier; state: PublicationState; rejectionCode: string | null }>;
}

/** One run of a company's offer feed: applied whole, or refused whole with the offers that failed. */
export interface FeedImport extends Versioned {
  companyId: Identifier;
  actorId: Identifier;
  format: 'json' | 'xml';
  source: 'upload' | 'stored';
  status: 'applied' | 'refused';
  /** Why the whole feed was refused when no single offer is to blame (unreadable, too large...). */
  reasons: FeedReason[];
  counts: Record<FeedOutcome, number>;
  items: FeedImportItem[];
  at: string;
}
