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
