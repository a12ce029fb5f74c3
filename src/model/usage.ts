/**
 * The counters the API keeps of who reads how much of the candidate database, per user and per
 * company, in hourly buckets (GET /usage, support and admin): what the quotas are checked against
 * and what a scraping watch reads.
 */
export const USAGE_COUNTERS = [
  /** Candidate records read by id: `GET /candidates/{id}` and each id of a getMany. */
  'profileViews',
  /** Calls that search or list the candidate database (lists, getMany, matches, duplicates, exports). */
  'searchCalls',
  /** Candidate records those calls returned. */
  'rowsServed',
  /** The furthest row a search asked for (range start): a deep walk through one search. */
  'deepestRow',
  /** Database profiles (masked for the reader) served for the first time that day: the daily allowance. */
  'newProfiles',
  /** CV unlocks (credits spent). */
  'unlocks',
  /** Candidate profiles exported (CSV rows, GDPR exports). */
  'exports',
  /** 429 answers received. */
  'refused',
  /** Profile views of the id right after (or before) the user's previous view: a walk through ids. */
  'sequentialViews',
  /** Successful sign-ins. */
  'signIns',
  /** Pipeline work: writes to applications, activities, interviews, scorecards and tasks. */
  'pipelineActions',
] as const;

export type UsageCounter = (typeof USAGE_COUNTERS)[number];
export type UsageCounts = Record<UsageCounter, number>;

export type UsageGranularity = 'hour' | 'day';

export interface UsageBucket extends UsageCounts {
  /** Start of the hour or UTC day, ISO. */
  at: string;
}

export interface UsageReport {
  scope: 'user' | 'company';
  id: number;
  granularity: UsageGranularity;
  /** UTC days, both included. */
  from: string;
  to: string;
  /** The limits that apply to this user or company. */
  limits: { newProfilesPerDay: number; callsPerMinute: number };
  /** Today's use of the daily allowance. */
  today: { newProfiles: number; remaining: number };
  /** One per hour or day of the period, oldest first, zeros included. */
  buckets: UsageBucket[];
  /** Sums over the period (`deepestRow`: the maximum). */
  totals: UsageCounts;
}

/** A user's quotas lowered by support for a while (POST /users/{id}/quota); the defaults apply after. */
export interface QuotaOverride {
  /** New database profiles a day. */
  dailyProfiles: number;
  /** List and search calls a minute. */
  callsPerMinute: number;
  /** When the lower quota ends, ISO. */
  until: string;
  reason: string;
  /** Who set it (a support or admin user id), and when, ISO. */
  setBy: number;
  setAt: string;
}
