import { MATCH_FEEDBACK_REASONS, MATCH_VERDICTS } from '../../../src/model/types';

/**
 * The endpoints beyond CRUD (docs/api.md: auth and actions), described by hand: their bodies are not resource
 * records. A route the mock serves but this table misses still appears in the document (generic
 * entry), so nothing is ever silently absent.
 */
export interface Route {
  method: string;
  /** OpenAPI form from /api on, e.g. `/users/{id}/lock`. */
  path: string;
}

export type Operation = Record<string, unknown>;

type Schema = Record<string, unknown>;

const obj = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: 'object',
  properties,
  required,
});
const str: Schema = { type: 'string' };
const reason: Schema = { type: 'string', minLength: 1, maxLength: 500 };

function op(
  tag: string,
  summary: string,
  body?: Schema,
  status = '200',
  errors = ['401', '403', '404', '422'],
) {
  return {
    tags: [tag],
    summary,
    ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: body } } } } : {}),
    responses: {
      [status]: { description: summary, content: { 'application/json': { schema: { type: 'object' } } } },
      ...Object.fromEntries(errors.map((code) => [code, { $ref: `#/components/responses/E${code}` }])),
    },
  };
}

const ranked = (summary: string) => ({
  ...op('matching', summary, undefined, '200', ['400', '401', '403', '404', '429']),
  parameters: [
    { name: 'range', in: 'query', schema: str, description: 'JSON [start,end]; at most 100 results' },
  ],
});

/** A recruiter's verdict on a match (issue 18). */
export const MATCH_FEEDBACK_SCHEMA: Schema = obj(
  {
    id: { type: 'integer' },
    companyId: { type: 'integer' },
    offerId: { type: 'integer' },
    candidateId: { type: 'integer' },
    verdict: { type: 'string', enum: [...MATCH_VERDICTS] },
    reason: { type: ['string', 'null'], enum: [...MATCH_FEEDBACK_REASONS, null] },
    authorId: { type: 'integer' },
    createdAt: { type: 'string', format: 'date-time' },
  },
  ['id', 'companyId', 'offerId', 'candidateId', 'verdict', 'reason', 'authorId', 'createdAt'],
);

/** An operation answering `schema` with `status`. */
function answers(
  base: { summary: string; responses: Record<string, unknown> },
  status: string,
  schema: Schema,
) {
  const responses = base.responses;
  return {
    ...base,
    responses: {
      ...responses,
      [status]: { description: base.summary, content: { 'application/json': { schema } } },
    },
  };
}

/**
 * One scraping watch (recruiters, or companies) and the two measures its rows lead to, lowered
 * quotas and a warning: the same parameters and bodies, in the order the document lists them.
 */
function scrapingWatch(watch: {
  list: string;
  /** Before the roles, the order and the header, which both share. */
  summary: string;
  sorts: string;
  tag: string;
  quota: [path: string, summary: string];
  warn: [path: string, summary: string];
}): Record<string, Operation> {
  const [quotaPath, quotaSummary] = watch.quota;
  const [warnPath, warnSummary] = watch.warn;
  return {
    [`get ${watch.list}`]: {
      ...op('usage', `${watch.summary} (support, admin); flagged first; Content-Range`, undefined, '200', [
        '400',
        '401',
        '403',
      ]),
      parameters: [
        { name: 'sort', in: 'query', schema: str, description: `JSON [field, order]: ${watch.sorts}` },
        { name: 'range', in: 'query', schema: str, description: 'JSON [start,end]; at most 100 rows' },
        { name: 'filter', in: 'query', schema: str, description: 'JSON {flagged?, companyId?, q?}' },
      ],
    },
    [`post ${quotaPath}`]: op(
      watch.tag,
      quotaSummary,
      obj(
        {
          dailyProfiles: { type: 'integer', minimum: 0 },
          callsPerMinute: { type: 'integer', minimum: 1 },
          days: { type: 'integer', minimum: 1, maximum: 90 },
          reason,
        },
        ['dailyProfiles', 'days', 'reason'],
      ),
    ),
    [`post ${warnPath}`]: op(watch.tag, warnSummary, obj({ reason }, ['reason'])),
  };
}

export const CUSTOM: Record<string, Operation> = {
  'post /auth/login': op(
    'auth',
    'Sign in: {token, user}; five failures for one email in 15 minutes → 429',
    obj({ email: { type: 'string', format: 'email' }, password: str }, ['email', 'password']),
    '200',
    ['400', '401', '422', '429'],
  ),
  'get /auth/me': op('auth', 'The signed-in user', undefined, '200', ['401']),
  'patch /auth/me': op(
    'auth',
    'Remember the language choice',
    obj({ locale: { type: ['string', 'null'], enum: ['fr', 'en', null] } }, ['locale']),
    '200',
    ['401', '422'],
  ),
  'post /auth/logout': { ...op('auth', 'End this session', undefined, '204', ['401']) },
  'post /companies/{id}/credits': op(
    'companies',
    'Adjust a credit balance (support, admin); ledger and audit entries',
    obj(
      {
        kind: { type: 'string', enum: ['cvUnlocks', 'jobSlots'] },
        delta: { type: 'integer' },
        reason,
        version: { type: 'integer', description: 'The company version the agent saw: 409 when stale' },
      },
      ['delta', 'reason'],
    ),
    '200',
    ['401', '403', '404', '409', '422'],
  ),
  'post /users/{id}/lock': op(
    'users',
    'Lock an account and end its sessions (support, admin)',
    obj({ reason }, ['reason']),
  ),
  'post /users/{id}/unlock': op('users', 'Unlock an account (support, admin)', obj({ reason }, ['reason'])),
  'post /candidates/{id}/unlock': op(
    'candidates',
    'Unmask a database profile for 1 credit (recruiters); 402 without credit; 422 on an anonymised profile (no charge)',
  ),
  'get /candidates/{id}/export': op('candidates', 'GDPR export (support, admin)'),
  'post /candidates/{id}/anonymize': op('candidates', 'GDPR erasure (support, admin)'),
  'post /candidates/anonymize': op(
    'candidates',
    'GDPR retention: anonymise up to 500 candidates (support, admin); answers the ids done',
    obj({ ids: { type: 'array', items: { type: 'integer' }, maxItems: 500 } }, ['ids']),
  ),
  'post /credit-ledger/{id}/refund': op(
    'credit-ledger',
    'Refund one debit once (support, admin): the opposite movement; ledger and audit entries',
    obj({ reason }, ['reason']),
    '200',
    ['401', '403', '404', '409', '422'],
  ),
  'post /offers/{id}/publications': op(
    'offer-publications',
    'Send a published offer to boards (recruiter of its company, admin): each board runs the moderation checks and the publication goes live, waits for review (soft findings) or is refused (blocking ones); the plan caps live publications per board (422 code no_board_slot); all boards or none',
    obj({ boardIds: { type: 'array', items: { type: 'integer' }, minItems: 1, maxItems: 10 } }, ['boardIds']),
    '201',
  ),
  'post /companies/{id}/feed-imports': op(
    'feed-imports',
    'Run a company\'s offer feed (its recruiters; support, admin; never sales): `offers` (JSON), `xml` (an XML document, or a raw application/xml body) or `source: "stored"`; matched by externalRef (new: created and published, changed: updated, missing: closed, same: untouched); one bad offer refuses the whole feed (422 code feed_refused, with `errors` keyed offers.{index}.{field} and the stored `report`); over 20 MB or 5,000 offers: 413; a DOCTYPE: 422. Answers the stored report (docs/offer-feeds.md)',
    obj({
      offers: { type: 'array', items: { type: 'object' }, maxItems: 5000 },
      xml: str,
      source: { type: 'string', enum: ['stored'] },
    }),
    '201',
    ['400', '401', '403', '404', '413', '422'],
  ),
  'post /offer-publications/{id}/resubmit': op(
    'offer-publications',
    'Send a rejected or expired publication again, through the checks (recruiter of its company, admin)',
    undefined,
    '200',
    ['401', '403', '404', '409', '422'],
  ),
  'post /offer-publications/{id}/approve': op(
    'offer-publications',
    'Put a publication waiting for review live (support, admin); audited',
    undefined,
    '200',
    ['401', '403', '404', '409'],
  ),
  'post /offer-publications/{id}/reject': op(
    'offer-publications',
    'Refuse a publication waiting for review or live (support, admin), with a code and a reason the recruiter reads; audited',
    obj({ code: str, reason }, ['code', 'reason']),
    '200',
    ['401', '403', '404', '409', '422'],
  ),
  'post /offer-publications/bulk': op(
    'offer-publications',
    'One decision for up to 200 publications (support, admin): every one is checked first, so the batch applies whole or not at all',
    obj(
      {
        ids: { type: 'array', items: { type: 'integer' }, minItems: 1, maxItems: 200 },
        action: { type: 'string', enum: ['approve', 'reject'] },
        code: str,
        reason,
      },
      ['ids', 'action'],
    ),
    '200',
    ['400', '401', '403', '404', '409', '422'],
  ),
  'get /companies/{id}/credit-usage': {
    ...op('companies', 'Credits spent per calendar month, net of refunds', undefined, '200', [
      '400',
      '401',
      '403',
      '404',
    ]),
    parameters: [
      { name: 'months', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 36, default: 12 } },
    ],
  },
  'get /exports/{name}': {
    tags: ['exports'],
    summary:
      'Every record matching the list filter as CSV: the role columns only, formula cells neutralised, streamed with X-Total-Count',
    parameters: ['filter', 'sort'].map((name) => ({ name, in: 'query', schema: str })),
    responses: {
      '200': {
        description: 'CSV, header line first',
        headers: { 'X-Total-Count': { schema: { type: 'integer' } } },
        content: { 'text/csv': { schema: str } },
      },
      ...Object.fromEntries(
        ['400', '401', '403', '404', '429'].map((code) => [
          code,
          { $ref: `#/components/responses/E${code}` },
        ]),
      ),
    },
  },
  'get /usage': {
    ...op(
      'usage',
      'Usage counters of the candidate database for one user or company, per hour or UTC day (support, admin)',
      undefined,
      '200',
      ['400', '401', '403', '404'],
    ),
    parameters: [
      { name: 'userId', in: 'query', schema: { type: 'integer' }, description: 'This or companyId' },
      { name: 'companyId', in: 'query', schema: { type: 'integer' }, description: 'This or userId' },
      { name: 'granularity', in: 'query', schema: { type: 'string', enum: ['hour', 'day'], default: 'day' } },
      { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
      {
        name: 'to',
        in: 'query',
        schema: { type: 'string', format: 'date' },
        description: 'Default today; at most 31 days of hours or 366 days',
      },
    ],
  },
  ...scrapingWatch({
    list: '/scraping-watch',
    summary:
      'The scraping watch: each recruiter against their own history and their plan’s peers, with a risk score, its reasons in words, 30 days of activity and the peer band',
    sorts: 'score, name, companyName, profileViews, status',
    tag: 'users',
    quota: [
      '/users/{id}/quota',
      'Lower a recruiter’s quotas for a number of days (support, admin); audited, effective at once',
    ],
    warn: [
      '/users/{id}/warn-company',
      'Warn a recruiter’s company contact of harvesting (support, admin); audited',
    ],
  }),
  ...scrapingWatch({
    list: '/scraping-watch-companies',
    summary:
      'The scraping watch per company: each company’s reading (its users together) against its own history and its plan’s companies, with a risk score, its reasons in words (a harvest split between accounts, flagged users…), its recruiters with their own scores, 30 days and the peer band',
    sorts: 'score, name, plan, profileViews, readers',
    tag: 'companies',
    quota: [
      '/companies/{id}/quota',
      'Lower the quotas of all of a company’s recruiters for a number of days (support, admin); audited on each user and on the company, effective at once',
    ],
    warn: [
      '/companies/{id}/warn',
      'Warn a company’s contact that its accounts’ reading looks like harvesting (support, admin); audited',
    ],
  }),
  'get /account-health': {
    tags: ['stats'],
    summary:
      'Every account not churned with its health score (staff), in the list dialect: filter (country, plan, atRisk, q on the name), sort (name, country, plan, score, change), range',
    parameters: ['filter', 'sort', 'range'].map((name) => ({ name, in: 'query', schema: str })),
    responses: {
      '200': {
        description: 'One page, Content-Range: account-health {start}-{end}/{total}',
        headers: { 'Content-Range': { schema: str } },
        content: {
          'application/json': {
            schema: { type: 'array', items: { $ref: '#/components/schemas/AccountHealthRow' } },
          },
        },
      },
      ...Object.fromEntries(
        ['400', '401', '403', '429'].map((code) => [code, { $ref: `#/components/responses/E${code}` }]),
      ),
    },
  },
  'get /account-health/{id}': {
    tags: ['stats'],
    summary: 'One company’s health score (staff); 404 when it is not scored (churned or unknown)',
    responses: {
      '200': {
        description: 'The company’s health',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/AccountHealthRow' } } },
      },
      ...Object.fromEntries(
        ['401', '403', '404'].map((code) => [code, { $ref: `#/components/responses/E${code}` }]),
      ),
    },
  },
  'get /offers/{id}/matches': ranked('Candidates ranked for an offer: score 0-100 and reasons'),
  'get /candidates/{id}/matches': ranked('Offers ranked for a candidate: score 0-100 and reasons'),
  'get /offers/{id}/match-feedback': answers(
    op('matching', 'The company’s verdicts on this offer’s matches', undefined, '200', ['401', '403', '404']),
    '200',
    { type: 'array', items: MATCH_FEEDBACK_SCHEMA },
  ),
  'post /offers/{id}/match-feedback': answers(
    answers(
      op(
        'matching',
        'Mark a match "good", or "not_a_fit" with a reason: 201 for a new verdict, 200 when it replaces the pair’s last one; audited; the offer’s ranking uses it at once',
        obj(
          {
            candidateId: { type: 'integer', minimum: 1 },
            verdict: { type: 'string', enum: [...MATCH_VERDICTS] },
            reason: {
              type: ['string', 'null'],
              enum: [...MATCH_FEEDBACK_REASONS, null],
              description: 'Required with not_a_fit, refused with good',
            },
          },
          ['candidateId', 'verdict'],
        ),
        '201',
        ['400', '401', '403', '404', '422'],
      ),
      '201',
      MATCH_FEEDBACK_SCHEMA,
    ),
    '200',
    MATCH_FEEDBACK_SCHEMA,
  ),
  'delete /offers/{id}/match-feedback/{candidateId}': answers(
    op('matching', 'Undo the verdict on a pair (the removed verdict); audited', undefined, '200', [
      '401',
      '403',
      '404',
    ]),
    '200',
    MATCH_FEEDBACK_SCHEMA,
  ),
  'post /applications/{id}/move': op(
    'applications',
    'Move a pipeline card: stage, position, version; both columns re-indexed. Rejecting needs rejectionCategory (rejectionReason, the words, required for "other")',
    obj(
      {
        stage: str,
        position: { type: 'integer', minimum: 0 },
        version: { type: 'integer' },
        rejectionCategory: str,
        rejectionReason: str,
      },
      ['stage', 'version'],
    ),
  ),
};
