/**
 * Response types of `GET /api/stats/{name}` (docs/api.md, issue 6), shared by the dashboards and
 * the reference API. Every response echoes the resolved `range`; counts are whole numbers, money
 * is in cents per currency, rates are fractions 0..1 (null when the denominator is 0), days are
 * decimal days rounded to 0.1.
 *
 * Query: `from`, `to` (YYYY-MM-DD, inclusive, UTC; default the 30 days ending today), `country`
 * (FR|GB), `companyId` (staff only; recruiters are always scoped to their own company).
 */
import type { RejectionCode } from './boards';
import type {
  ActivityType,
  CandidateSource,
  CompanyStatus,
  Country,
  Currency,
  Identifier,
  InterviewKind,
  OfferStatus,
  Plan,
  RejectionCategory,
  Role,
  Stage,
} from './types';

export const STATS_NAMES = [
  'offers',
  'funnel',
  'time-to-hire',
  'sources',
  'accounts',
  'account-health',
  'offer-health',
  'kpis',
  'recruiter',
  'support',
  'boards',
] as const;
export type StatsName = (typeof STATS_NAMES)[number];

/** What the app sends (all optional). */
export interface StatsParams {
  from?: string;
  to?: string;
  country?: Country;
  companyId?: Identifier;
}

/** The filter the server actually applied. */
export interface StatsRange {
  from: string; // YYYY-MM-DD
  to: string; // YYYY-MM-DD, inclusive
  days: number;
  country: Country | null;
  companyId: Identifier | null;
}

export type MoneyByCurrency = Record<Currency, number>; // cents

// --- offers -------------------------------------------------------------------------------------

/** day for ranges ≤ 92 days, week (Monday-based) ≤ 366 days, month beyond. */
export type BucketSize = 'day' | 'week' | 'month';

export interface OffersBucket {
  /** Start of the bucket, clamped to `range.from` for the first one. */
  date: string;
  published: number; // publishedAt in the bucket
  closed: number; // closedAt in the bucket (offers closed by the recruiter)
  expired: number; // expiresAt in the bucket, for offers now expired (they have no closedAt)
  /**
   * Day buckets: mean of `published` over this day and the 6 before it, days before `from` included,
   * so every point of the period averages exactly 7 days (2 decimals). null for week/month buckets.
   */
  publishedAverage7d: number | null;
}

export interface OffersStats {
  range: StatsRange;
  bucket: BucketSize;
  buckets: OffersBucket[];
  totals: { published: number; closed: number; expired: number };
}

// --- funnel -------------------------------------------------------------------------------------

export interface FunnelStage {
  stage: Stage; // FUNNEL_STAGES order
  /** Applications (applied in range) that reached this stage or a later one. */
  reached: number;
  /** The same, counted only on the finished cohort (hired, rejected or withdrawn). */
  finishedReached: number;
  /** finishedReached / finishedReached of the previous stage; null for `new` or a 0 denominator. */
  conversion: number | null;
}

export interface FunnelStats {
  range: StatsRange;
  total: number; // applications applied in range
  finished: number;
  open: number;
  exits: { hired: number; rejected: number; withdrawn: number };
  /** The cohort's rejected applications by reason (they add up to exits.rejected). */
  rejections: Record<RejectionCategory, number>;
  stages: FunnelStage[];
}

// --- time to hire -------------------------------------------------------------------------------

export interface DaysHistogramBucket {
  /** Days, inclusive lower bound, exclusive upper bound (null = no upper bound). */
  min: number;
  max: number | null;
  count: number;
}

export interface TimeToHireStats {
  range: StatsRange;
  hires: number; // applications whose hire time is in range
  medianDays: number | null;
  p75Days: number | null;
  distribution: DaysHistogramBucket[];
  /** Median days spent in each stage before moving on, over the same hires (new..offer). */
  stages: Array<{ stage: Stage; medianDays: number | null; count: number }>;
}

// --- sources ------------------------------------------------------------------------------------

export interface SourceRow {
  source: CandidateSource;
  applications: number; // applied in range
  hires: number; // of those, now hired
  hireRate: number | null; // hires / applications
}

export interface SourcesStats {
  range: StatsRange;
  sources: SourceRow[]; // CANDIDATE_SOURCES order, all present
}

// --- accounts (staff only) ----------------------------------------------------------------------

export interface AccountsMonth {
  month: string; // YYYY-MM
  /** Sum of mrrCents of the companies active at the month's end (or at `to` for the last one). */
  mrr: MoneyByCurrency;
  active: number;
  new: number; // createdAt in the month (and in range)
  churned: number; // churn date in the month (and in range)
}

export interface AccountsStats {
  range: StatsRange;
  /** Current plan of the companies not churned. */
  planMix: Record<Plan, number>;
  statusMix: Record<CompanyStatus, number>;
  months: AccountsMonth[];
}

// --- account health (staff only) ----------------------------------------------------------------

export interface AccountHealthComponents {
  activeRecruiters: number; // recruiters who logged in within 30 days
  recruiters: number; // recruiters of the company (not invited)
  offersPublished30d: number;
  creditBurn30d: number; // cv unlocks spent in 30 days
  creditsLeft: number; // cvUnlocks now
  daysOfCreditLeft: number | null; // null when nothing was burnt (no end in sight)
  daysToRenewal: number | null;
  /** Features used in 30 days among offers, unlocks, pipeline moves, saved views. */
  features: Array<'offers' | 'unlocks' | 'pipeline' | 'saved-views'>;
}

/** Points of each component; they sum to `score` (0..100). */
export interface AccountHealthPoints {
  recruiters: number; // 0..20
  offers: number; // 0..20
  credits: number; // 0..20
  renewal: number; // 0..20
  breadth: number; // 0..20
}

export type AtRiskReason = 'falling' | 'renewal' | 'out-of-credits';

export interface AccountHealth {
  companyId: Identifier;
  name: string;
  country: Country;
  plan: Plan;
  score: number;
  previousScore: number; // same rules 30 days earlier (activity components only)
  components: AccountHealthComponents;
  points: AccountHealthPoints;
  reasons: AtRiskReason[];
}

/**
 * A row of `GET /account-health` (paged and sorted by the API, one per company not churned) and of
 * `GET /account-health/{companyId}`: the company's health with its change over 30 days.
 */
export interface AccountHealthRow extends AccountHealth {
  id: Identifier; // the company's id
  change: number; // score − previousScore
  atRisk: boolean; // reasons is not empty
}

/** The fields `GET /account-health` sorts on (`sort=["score","ASC"]`). */
export const ACCOUNT_HEALTH_SORTS = ['name', 'country', 'plan', 'score', 'change'] as const;

export interface AccountHealthStats {
  range: StatsRange;
  asOf: string; // ISO: health is a snapshot at the API's clock, not over from/to
  scored: number; // accounts scored (not churned, in scope)
  averageScore: number | null;
  top: AccountHealth[]; // best 10
  atRisk: AccountHealth[]; // at most 20, worst score first
  atRiskTotal: number;
}

// --- offer health (recruiter scope; staff need companyId) --------------------------------------

export type OfferHint = 'no-salary' | 'short-description' | 'expiring';

export interface OfferHealthRow {
  offerId: Identifier;
  reference: string;
  title: string;
  status: OfferStatus;
  publishedAt: string;
  views: number;
  applications: number;
  conversion: number | null; // applications / views
  /** Share (0..100) of peer offers with a lower conversion; null without peers. */
  percentile: number | null;
  peers: number; // other offers, same skills[0], country, contract type, published in 30 days
  lagging: boolean; // percentile < 50
  hint: OfferHint | null; // set only when lagging
}

export interface OfferHealthStats {
  range: StatsRange;
  asOf: string;
  total: number; // company offers published in 30 days
  offers: OfferHealthRow[]; // at most 50, worst first
}

// --- kpis ---------------------------------------------------------------------------------------

export interface KpiValues {
  offersPublished: number;
  activeAccounts: number;
  applications: number;
  hires: number;
  mrr: MoneyByCurrency; // at the period's end
}

export interface KpisStats {
  range: StatsRange;
  previousRange: { from: string; to: string };
  current: KpiValues;
  previous: KpiValues;
}

// --- recruiter dashboard ------------------------------------------------------------------------

export type OfferAttentionReason = 'expiring' | 'no-applicants' | 'paused';

export interface OfferAttention {
  offerId: Identifier;
  reference: string;
  title: string;
  status: OfferStatus;
  reason: OfferAttentionReason;
  publishedAt: string | null;
  expiresAt: string | null;
  applicationsCount: number;
}

export interface UpcomingInterview {
  interviewId: Identifier;
  applicationId: Identifier;
  candidateId: Identifier;
  offerId: Identifier;
  offerTitle: string;
  startsAt: string;
  kind: InterviewKind;
}

export interface RecentActivity {
  activityId: Identifier;
  type: ActivityType;
  candidateId: Identifier;
  applicationId: Identifier | null;
  authorId: Identifier;
  fromStage: Stage | null;
  toStage: Stage | null;
  createdAt: string;
}

export interface RecruiterStats {
  range: StatsRange;
  asOf: string;
  offersNeedingAttention: OfferAttention[]; // at most 10
  offersNeedingAttentionTotal: number;
  upcomingInterviews: UpcomingInterview[]; // next 7 days, at most 10, soonest first
  upcomingInterviewsTotal: number;
  recentActivity: RecentActivity[]; // last 10
  /** Current stage of the company's applications applied in range. */
  funnel: Record<Stage, number>;
}

// --- support dashboard --------------------------------------------------------------------------

export type AccountAttentionReason = 'out-of-credits' | 'suspended' | 'locked-users';

export interface AccountAttention {
  companyId: Identifier;
  name: string;
  status: CompanyStatus;
  reasons: AccountAttentionReason[];
  lockedUsers: number;
  credits: { cvUnlocks: number; jobSlots: number };
}

export interface RecentAuditEvent {
  id: Identifier;
  actorId: Identifier;
  actorRole: Role;
  action: string;
  resource: string;
  recordId: Identifier | null;
  reason: string | null;
  at: string;
}

export interface SupportStats {
  range: StatsRange;
  asOf: string;
  accountsNeedingAttention: AccountAttention[]; // at most 20
  accountsNeedingAttentionTotal: number;
  recentAudit: RecentAuditEvent[]; // last 10
}

// --- job boards ---------------------------------------------------------------------------------

/** Publications' figures: `live` as of now; the others over the publications submitted in range. */
export interface BoardFigures {
  live: number; // live now
  submitted: number; // submitted in range (first submission or a resubmission)
  views: number; // counters of the publications submitted in range
  applications: number;
  conversion: number | null; // applications / views
}

export interface BoardStatsRow extends BoardFigures {
  boardId: Identifier;
  name: string;
  country: Country;
  pending: number; // waiting in the moderation queue now
}

export interface CountryBoardStats extends BoardFigures {
  country: Country;
}

export interface RejectionCount {
  code: RejectionCode;
  count: number;
}

export interface BoardsStats {
  range: StatsRange;
  asOf: string;
  /** Every board of the market (by id), at most BOARDS_STATS_LIMIT. */
  boards: BoardStatsRow[];
  countries: CountryBoardStats[]; // FR, GB (the market filter keeps one)
  /** The moderation queue now: its size and its oldest submission's age. */
  backlog: { pending: number; oldestSubmittedAt: string | null; oldestAgeDays: number | null };
  /** Support's decisions (approve or reject) made in range, and their median wait since submission. */
  decisions: number;
  medianDecisionDays: number | null;
  /** Publications rejected in range (by the checks or by support), by reason: the top 5, most first. */
  rejections: RejectionCount[];
}

export interface StatsResponseMap {
  offers: OffersStats;
  funnel: FunnelStats;
  'time-to-hire': TimeToHireStats;
  sources: SourcesStats;
  accounts: AccountsStats;
  'account-health': AccountHealthStats;
  'offer-health': OfferHealthStats;
  kpis: KpisStats;
  recruiter: RecruiterStats;
  support: SupportStats;
  boards: BoardsStats;
}
export type StatsResponse<N extends StatsName> = StatsResponseMap[N];

/** Who may call which endpoint (the API answers 403 otherwise). */
export const STATS_ROLES: Record<StatsName, readonly Role[]> = {
  offers: ['recruiter', 'sales', 'support', 'admin'],
  funnel: ['recruiter', 'sales', 'support', 'admin'],
  'time-to-hire': ['recruiter', 'sales', 'support', 'admin'],
  sources: ['recruiter', 'sales', 'support', 'admin'],
  accounts: ['sales', 'support', 'admin'],
  'account-health': ['sales', 'support', 'admin'],
  'offer-health': ['recruiter', 'sales', 'support', 'admin'],
  kpis: ['recruiter', 'sales', 'support', 'admin'],
  recruiter: ['recruiter', 'support', 'admin'], // reads interviews and activities: not sales
  support: ['support', 'admin'], // reads the audit log
  boards: ['sales', 'support', 'admin'], // every company's publications: staff only
};
