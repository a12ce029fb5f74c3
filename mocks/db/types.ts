import type {
  Activity,
  Application,
  AuditLog,
  Board,
  Candidate,
  CandidateUnlock,
  Company,
  CreditLedgerEntry,
  Interview,
  MessageTemplate,
  Offer,
  OfferPublication,
  SavedView,
  Scorecard,
  Task,
  User,
} from '../../src/types';

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
  candidateUnlocks: CandidateUnlock[];
  /** email (lower case) -> password; demo accounts use "demo". */
  passwords: Record<string, string>;
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
