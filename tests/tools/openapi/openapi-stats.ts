import { REJECTION_CODES } from '../../../src/model/boards';
import { STATS_NAMES, STATS_ROLES, type StatsName } from '../../../src/model/stats-types';
import {
  ACTIVITY_TYPES,
  CANDIDATE_SOURCES,
  COMPANY_STATUSES,
  type Currency,
  FUNNEL_STAGES,
  OFFER_STATUSES,
  PLANS,
  REJECTION_CATEGORIES,
  ROLES,
  STAGES,
} from '../../../src/model/types';
import { pascalCase } from './openapi-schema';

/**
 * The responses of `GET /stats/{name}` (src/model/stats-types.ts) as JSON Schema, one per statistic, for
 * the OpenAPI document. Every object lists all its fields as required and nothing else, and a test
 * checks each statistic the API answers against it (tests/contract/openapi.test.ts), so the
 * document and the API cannot drift apart.
 */
type Schema = Record<string, unknown>;

const int: Schema = { type: 'integer' };
const count: Schema = { type: 'integer', minimum: 0 };
const num: Schema = { type: 'number' };
const str: Schema = { type: 'string' };
const day: Schema = { type: 'string', format: 'date' };
const instant: Schema = { type: 'string', format: 'date-time' };
const id: Schema = { type: 'integer', minimum: 1 };
const rate: Schema = { type: ['number', 'null'], minimum: 0, maximum: 1 };
const nullable = (schema: Schema): Schema => ({
  ...schema,
  type: [...([] as unknown[]).concat(schema.type), 'null'],
  ...(Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {}),
});
const oneOf = (values: readonly string[]): Schema => ({ type: 'string', enum: [...values] });
const array = (items: Schema): Schema => ({ type: 'array', items });
const object = (properties: Record<string, Schema>): Schema => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
});
/** An object with one number per key (plans, statuses, stages, currencies). */
const tally = (keys: readonly string[], value: Schema = count) =>
  object(Object.fromEntries(keys.map((key) => [key, value])));

const CURRENCIES: readonly Currency[] = ['EUR', 'GBP'];
const money = tally(CURRENCIES, int);
const range = object({
  from: day,
  to: day,
  days: count,
  country: nullable(oneOf(['FR', 'GB'])),
  companyId: nullable(id),
});

const accountHealth = object({
  companyId: id,
  name: str,
  country: oneOf(['FR', 'GB']),
  plan: oneOf(PLANS),
  score: count,
  previousScore: count,
  components: object({
    activeRecruiters: count,
    recruiters: count,
    offersPublished30d: count,
    creditBurn30d: int,
    creditsLeft: int,
    daysOfCreditLeft: nullable(int),
    daysToRenewal: nullable(int),
    features: array(oneOf(['offers', 'unlocks', 'pipeline', 'saved-views'])),
  }),
  points: tally(['recruiters', 'offers', 'credits', 'renewal', 'breadth'], {
    type: 'integer',
    minimum: 0,
    maximum: 20,
  }),
  reasons: array(oneOf(['falling', 'renewal', 'out-of-credits'])),
});

export const STATS_SCHEMAS: Record<StatsName, Schema> = {
  offers: object({
    range,
    bucket: oneOf(['day', 'week', 'month']),
    buckets: array(
      object({
        date: day,
        published: count,
        closed: count,
        expired: count,
        publishedAverage7d: nullable(num),
      }),
    ),
    totals: tally(['published', 'closed', 'expired']),
  }),
  funnel: object({
    range,
    total: count,
    finished: count,
    open: count,
    exits: tally(['hired', 'rejected', 'withdrawn']),
    rejections: tally(REJECTION_CATEGORIES),
    stages: array(
      object({ stage: oneOf(FUNNEL_STAGES), reached: count, finishedReached: count, conversion: rate }),
    ),
  }),
  'time-to-hire': object({
    range,
    hires: count,
    medianDays: nullable(num),
    p75Days: nullable(num),
    distribution: array(object({ min: count, max: nullable(count), count })),
    stages: array(object({ stage: oneOf(FUNNEL_STAGES), medianDays: nullable(num), count })),
  }),
  sources: object({
    range,
    sources: array(
      object({ source: oneOf(CANDIDATE_SOURCES), applications: count, hires: count, hireRate: rate }),
    ),
  }),
  accounts: object({
    range,
    planMix: tally(PLANS),
    statusMix: tally(COMPANY_STATUSES),
    months: array(
      object({
        month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
        mrr: money,
        active: count,
        new: count,
        churned: count,
      }),
    ),
  }),
  'account-health': object({
    range,
    asOf: instant,
    scored: count,
    averageScore: nullable(num),
    top: array(accountHealth),
    atRisk: array(accountHealth),
    atRiskTotal: count,
  }),
  'offer-health': object({
    range,
    asOf: instant,
    total: count,
    offers: array(
      object({
        offerId: id,
        reference: str,
        title: str,
        status: oneOf(OFFER_STATUSES),
        publishedAt: instant,
        views: count,
        applications: count,
        conversion: nullable(num),
        percentile: nullable({ type: 'integer', minimum: 0, maximum: 100 }),
        peers: count,
        lagging: { type: 'boolean' },
        hint: nullable(oneOf(['no-salary', 'short-description', 'expiring'])),
      }),
    ),
  }),
  kpis: (() => {
    const values = object({
      offersPublished: count,
      activeAccounts: count,
      applications: count,
      hires: count,
      mrr: money,
    });
    return object({
      range,
      previousRange: object({ from: day, to: day }),
      current: values,
      previous: values,
    });
  })(),
  recruiter: object({
    range,
    asOf: instant,
    offersNeedingAttention: array(
      object({
        offerId: id,
        reference: str,
        title: str,
        status: oneOf(OFFER_STATUSES),
        reason: oneOf(['expiring', 'no-applicants', 'paused']),
        publishedAt: nullable(instant),
        expiresAt: nullable(instant),
        applicationsCount: count,
      }),
    ),
    offersNeedingAttentionTotal: count,
    upcomingInterviews: array(
      object({
        interviewId: id,
        applicationId: id,
        candidateId: id,
        offerId: id,
        offerTitle: str,
        startsAt: instant,
        kind: oneOf(['phone', 'video', 'on-site', 'technical']),
      }),
    ),
    upcomingInterviewsTotal: count,
    recentActivity: array(
      object({
        activityId: id,
        type: oneOf(ACTIVITY_TYPES),
        candidateId: id,
        applicationId: nullable(id),
        authorId: id,
        fromStage: nullable(oneOf(STAGES)),
        toStage: nullable(oneOf(STAGES)),
        createdAt: instant,
      }),
    ),
    funnel: tally(STAGES),
  }),
  support: object({
    range,
    asOf: instant,
    accountsNeedingAttention: array(
      object({
        companyId: id,
        name: str,
        status: oneOf(COMPANY_STATUSES),
        reasons: array(oneOf(['out-of-credits', 'suspended', 'locked-users'])),
        lockedUsers: count,
        credits: tally(['cvUnlocks', 'jobSlots'], int),
      }),
    ),
    accountsNeedingAttentionTotal: count,
    recentAudit: array(
      object({
        id,
        actorId: id,
        actorRole: oneOf(ROLES),
        action: str,
        resource: str,
        recordId: nullable(id),
        reason: nullable(str),
        at: instant,
      }),
    ),
  }),
  boards: (() => {
    const figures = {
      live: count,
      submitted: count,
      views: count,
      applications: count,
      conversion: nullable({ type: 'number', minimum: 0 }),
    };
    return object({
      range,
      asOf: instant,
      boards: array(
        object({ boardId: id, name: str, country: oneOf(['FR', 'GB']), ...figures, pending: count }),
      ),
      countries: array(object({ country: oneOf(['FR', 'GB']), ...figures })),
      backlog: object({ pending: count, oldestSubmittedAt: nullable(instant), oldestAgeDays: nullable(num) }),
      decisions: count,
      medianDecisionDays: nullable(num),
      rejections: array(object({ code: oneOf(REJECTION_CODES), count })),
    });
  })(),
};

/** A single company's statistic: staff must name the company (`companyId`), recruiters get their own. */
export const isOneCompanyStat = (name: StatsName) => name === 'offer-health' || name === 'recruiter';

export const statsSchemaName = (name: StatsName) => `Stats${pascalCase(name)}`;

/** `GET /stats/{name}`, one operation per statistic, with its parameters, audience and body. */
export function statsOperation(name: StatsName): Record<string, unknown> {
  const roles = STATS_ROLES[name].join(', ');
  const companyNote = isOneCompanyStat(name)
    ? 'Staff must name the company; recruiters always get their own.'
    : 'Staff only; recruiters always get their own company.';
  return {
    tags: ['stats'],
    summary: `The "${name}" aggregate (for ${roles}); the payload does not grow with the data`,
    parameters: [
      {
        name: 'from',
        in: 'query',
        schema: day,
        description: 'First day, UTC, inclusive (default: 29 days before to)',
      },
      {
        name: 'to',
        in: 'query',
        schema: day,
        description: 'Last day, UTC, inclusive (default: today); at most 3 years',
      },
      { name: 'country', in: 'query', schema: oneOf(['FR', 'GB']) },
      { name: 'companyId', in: 'query', schema: id, description: companyNote },
    ],
    responses: {
      '200': {
        description: 'The aggregate',
        content: {
          'application/json': { schema: { $ref: `#/components/schemas/${statsSchemaName(name)}` } },
        },
      },
      ...Object.fromEntries(
        ['400', '401', '403', '404'].map((code) => [code, { $ref: `#/components/responses/E${code}` }]),
      ),
    },
  };
}

/** A row of `GET /account-health`: an account's health with its id, change and at-risk flag. */
const accountHealthRow = {
  ...accountHealth,
  properties: {
    id,
    ...(accountHealth.properties as Record<string, Schema>),
    change: int,
    atRisk: { type: 'boolean' },
  },
  required: ['id', ...(accountHealth.required as string[]), 'change', 'atRisk'],
};

export const STATS_COMPONENTS = {
  ...Object.fromEntries(STATS_NAMES.map((name) => [statsSchemaName(name), STATS_SCHEMAS[name]])),
  AccountHealthRow: accountHealthRow,
};
