import type {
  Activity,
  Application,
  AuditLog,
  Board,
  Candidate,
  CandidateUnlock,
  Company,
  CreditLedgerEntry,
  FeedImport,
  Interview,
  MatchFeedback,
  MessageTemplate,
  Offer,
  OfferPublication,
  SavedView,
  Scorecard,
  Task,
  User,
} from '../../src/model/types';
import type { QuotaOverride, UsageCounts } from '../../src/model/usage';
import type { Table } from './table';

export type Scale = 'small' | 'demo' | 'large';
export const SCALES: readonly Scale[] = ['small', 'demo', 'large'];

/** The whole data set as plain arrays, ids sequential from 1 in each. */
export interface Dataset {
  companies: Company[];
  users: User[];
  offers: Offer[];
  candidates: Candidate[];
  applications: Application[];
  activities: Activity[];
  interviews: Interview[];
  scorecards: Scorecard[];
  tasks: Task[];
  'message-templates': MessageTemplate[];
  'saved-views': SavedView[];
  'credit-ledger': CreditLedgerEntry[];
  'audit-logs': AuditLog[];
  boards: Board[];
  'offer-publications': OfferPublication[];
  'feed-imports': FeedImport[];
  /** A company's stored feed document, run by support in the demo (mocks/db/seed-feeds.ts). */
  feedDocuments: StoredFeed[];
  candidateUnlocks: CandidateUnlock[];
  /** Recruiters' verdicts on matches (none in the seed: they come from the recruiters). */
  matchFeedback: MatchFeedback[];
  /** A company's own tags on a profile it does not own (mocks/domain/candidates/tags.ts). */
  candidateTags: CompanyTags[];
  /** email (lower case) -> password; demo accounts use "demo". */
  passwords: Record<string, string>;
}

/** One company's tags on one candidate, seen and changed by that company only. */
export interface CompanyTags {
  id: number;
  companyId: number;
  candidateId: number;
  tags: string[];
  /** Writes so far: a recruiter's view of the profile adds it to the record's version. */
  version: number;
}

/** Who read, unlocked or exported a candidate profile, and when (one entry per user, action and hour). */
export interface AccessEntry {
  /** `listed`: shown as a row of a list (a search page, a ranking, a duplicate check). */
  action: 'view' | 'listed' | 'unlock' | 'export';
  userId: number;
  companyId: number | null;
  /** The first time in that hour, ISO. */
  at: string;
  count: number;
}

/** The usage counters (mocks/domain/usage/counters.ts): not data, reset with it like the rate limits. */
export interface UsageStore {
  /** `${scope}:${id}:${hourMs}` → that hour's counts, kept current on each counted read. */
  hourly: Map<string, UsageCounts>;
  /** `${scope}:${id}` → the database profiles served to it today (each counts once a day). */
  seenToday: Map<string, { day: number; ids: Set<number> }>;
  /** candidate id → views and exports of the profile (mocks/domain/candidates/access-trail.ts). */
  trail: Map<number, AccessEntry[]>;
  /** `${scope}:${id}:${day}` → the same counts summed per UTC day, kept with the hourly ones. */
  daily: Map<string, UsageCounts>;
  /** user id → the last candidate id they viewed (a sequential walk is told from it). */
  lastViewed: Map<number, number>;
  /** user id → a lower quota support set for a while (mocks/domain/scraping/actions.ts). */
  quotas: Map<number, QuotaOverride>;
  /** The UTC day old counters and trail entries were last dropped (mocks/domain/usage/counters.ts). */
  prunedDay: number | null;
  /** The seeded weeks of counts not written yet (mocks/db/seed-usage.ts): written before any read. */
  history: Iterator<void> | null;
}

export type TableName = Exclude<keyof Dataset, 'passwords'>;

export interface GenerateOptions {
  seed?: number;
  scale?: Scale;
  /** The "now" the data is dated from (ISO); REFERENCE_DATE unless the demo asks for today. */
  referenceDate?: string;
}

/** The fixed "now" of every seed: data is dated relative to it, never to the wall clock. */
export const REFERENCE_DATE = '2026-11-02T09:00:00.000Z';

export type Tables = { [K in TableName]: Table<Dataset[K][number]> };

export interface Session {
  token: string;
  userId: number;
  expiresAt: number; // epoch ms
}

/** Everything the mock API holds; resetDb() builds a new one. */
export interface MockState {
  seed: number;
  scale: Scale;
  tables: Tables;
  passwords: Map<string, string>;
  sessions: Map<string, Session>;
  /** key (e.g. "login:email" or "list:token") -> timestamps of recent hits, for rate limits. */
  rateLimits: Map<string, number[]>;
  /** Who read how much of the candidate database, per user and company and hour (domain/usage/counters.ts). */
  usage: UsageStore;
  /** Session lifetime in ms; tests shorten it. */
  sessionTtlMs: number;
  /** The mock's clock; tests move it forward (advanceClock) instead of sleeping. */
  clock: { now(): number };
  /** The date the seed was generated from. */
  referenceDate: string;
}

/** The feed document a company's ATS last left with us, run again on demand. */
export interface StoredFeed {
  id: number;
  companyId: number;
  format: 'json' | 'xml';
  content: string;
}
