import type { Plan, UserStatus } from './types';
import type { QuotaOverride } from './usage';

/**
 * GET /scraping-watch (support and admin): each recruiter's reading of the candidate database
 * against their own history and the peers of their company's plan, with a risk score and its
 * reasons; flagged users first by default.
 */
export const SCRAPING_SIGNALS = [
  /** Profile views on the recent day above the 99th percentile of the plan's peers' days. */
  'views_above_peers',
  /** Profile views far above the user's own usual day. */
  'views_above_own',
  /** Views that walk the candidate ids one after another. */
  'sequential_walk',
  /** A search paged far down. */
  'deep_paging',
  /** Reads at hours of the day the company never worked in the past weeks. */
  'off_hours',
  /** Many sign-ins in one day. */
  'many_sign_ins',
  /** Many views and no pipeline work for a week. */
  'no_pipeline_action',
  /** Requests refused for going over the quotas. */
  'quota_refusals',
  /** A week of views far above the peers' weeks, however it is paced day by day. */
  'sustained_reading',
] as const;
export type ScrapingSignal = (typeof SCRAPING_SIGNALS)[number];

export interface ScrapingReason {
  signal: ScrapingSignal;
  /** What it adds to the score. */
  points: number;
  /** The user's figure, and the line it crossed. */
  value: number;
  threshold: number;
  /** In words, with the figure, in the caller's language. */
  text: string;
}

/** One UTC day of a user's activity, with the band of the plan's peers (profile views). */
export interface WatchDay {
  day: string;
  profileViews: number;
  searchCalls: number;
  unlocks: number;
  exports: number;
  refused: number;
  peerMedian: number;
  peerP99: number;
}

export interface WatchedUser {
  /** The user's id. */
  id: number;
  name: string;
  email: string;
  status: UserStatus;
  companyId: number;
  companyName: string;
  plan: Plan;
  /** 0–100; flagged from FLAG_SCORE up. */
  score: number;
  flagged: boolean;
  reasons: ScrapingReason[];
  /** Profile views on the busier of today and yesterday (the day the signals read). */
  profileViews: number;
  /** The last 30 UTC days, oldest first, today last. */
  days: WatchDay[];
  /** A lower quota support set, while it lasts. */
  quota: QuotaOverride | null;
}

export const FLAG_SCORE = 50;

/** The fields the list sorts on. */
export const WATCH_SORTS = ['score', 'name', 'companyName', 'profileViews', 'status'] as const;

/**
 * GET /scraping-watch-companies (support and admin): each company's reading of the candidate
 * database, its users' together, against its own history and the companies of the same plan.
 */
export const COMPANY_SIGNALS = [
  /** The company's profile views on the recent day above the 99th percentile of the plan's companies. */
  'views_above_peers',
  /** Its profile views far above its own usual day. */
  'views_above_own',
  /** Several users, none flagged and each under a user's line, reading far more than peers together. */
  'split_harvest',
  /** One of its users or more is flagged. */
  'flagged_users',
  /** Its views walk the candidate ids one after another (a walk split between users too). */
  'sequential_walk',
  /** Profiles leaving by exports above the plan's companies' 99th percentile. */
  'exports_above_peers',
  /** Reads at hours the company never worked in the past weeks. */
  'off_hours',
  /** Many views and no pipeline work by anyone of the company for a week. */
  'no_pipeline_action',
  /** Requests of its users refused for going over the quotas. */
  'quota_refusals',
] as const;
export type CompanySignal = (typeof COMPANY_SIGNALS)[number];

export interface CompanyReason extends Omit<ScrapingReason, 'signal'> {
  signal: CompanySignal;
}

/** A reader of the company on the watch: their own score, and their share of the recent day. */
export interface CompanyReader {
  id: number;
  name: string;
  email: string;
  status: UserStatus;
  score: number;
  flagged: boolean;
  profileViews: number;
  quota: QuotaOverride | null;
}

export interface WatchedCompany {
  /** The company's id. */
  id: number;
  name: string;
  plan: Plan;
  score: number;
  flagged: boolean;
  reasons: CompanyReason[];
  /** The company's profile views on the busier of today and yesterday. */
  profileViews: number;
  /** How many of its recruiters read the candidate database on that day. */
  readers: number;
  /** Its recruiters, the riskiest first. */
  users: CompanyReader[];
  /** The last 30 UTC days of the company, oldest first, with the band of the plan's companies. */
  days: WatchDay[];
}

export const COMPANY_WATCH_SORTS = ['score', 'name', 'plan', 'profileViews', 'readers'] as const;
