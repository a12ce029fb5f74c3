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
