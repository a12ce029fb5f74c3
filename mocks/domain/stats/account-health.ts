import {
  ACCOUNT_HEALTH_SORTS,
  type AccountHealth,
  type AccountHealthRow,
} from '../../../src/model/stats-types';
import { PLANS } from '../../../src/model/types';
import { type Page, parseListQueryOver, runQuery, textPredicate } from '../records/query';
import type { FieldSpec } from '../records/resources';
import type { StatsData } from './columns';
import { accountHealthRows } from './health';

/**
 * `GET /account-health`: every scored company's health as a list in the API's list dialect
 * (filter, sort, range, Content-Range), so the sales table pages and sorts on the server. The scores
 * are those of the `account-health` statistic (stats/health.ts), as of the API's clock.
 */
const sortable = new Set<string>(ACCOUNT_HEALTH_SORTS);
const field = (spec: FieldSpec, name: string): FieldSpec =>
  sortable.has(name) ? spec : { ...spec, noSort: true };

export const ACCOUNT_HEALTH_FIELDS: Record<string, FieldSpec> = Object.fromEntries(
  Object.entries({
    id: { type: 'id' },
    name: { type: 'string', search: true },
    country: { type: 'enum', values: ['FR', 'GB'] },
    plan: { type: 'enum', values: PLANS },
    score: { type: 'int', description: '0..100, the sum of the five components' },
    previousScore: { type: 'int', description: 'the same rules 30 days earlier' },
    change: { type: 'int', description: 'score − previousScore' },
    atRisk: {
      type: 'bool',
      description: 'falling 10 points or more, renewal within 30 days, or out of credits',
    },
    companyId: { type: 'id', noFilter: true },
    components: { type: 'json' },
    points: { type: 'json' },
    reasons: { type: 'enums', values: ['falling', 'renewal', 'out-of-credits'], noFilter: true },
  } satisfies Record<string, FieldSpec>).map(([name, spec]) => [name, field(spec, name)]),
);

const SEARCHED = ['name'];

function toRow(health: AccountHealth): AccountHealthRow {
  return {
    id: health.companyId,
    ...health,
    change: health.score - health.previousScore,
    atRisk: health.reasons.length > 0,
  };
}

/** One page of the health list: 400 naming the parameter for an unknown filter or sort field. */
export function listAccountHealth(
  data: StatsData,
  params: URLSearchParams,
  now: number,
): Page<AccountHealthRow> & { start: number } {
  const query = parseListQueryOver(ACCOUNT_HEALTH_FIELDS, params);
  if (query.words.length > 0) query.predicates.push(textPredicate(SEARCHED, query.words));
  const rows = accountHealthRows(data, () => true, now).map(toRow);
  return { ...runQuery(rows, query), start: query.range[0] };
}

/** One company's health, or undefined when it is not scored (churned or unknown). */
export function accountHealthOf(
  data: StatsData,
  companyId: number,
  now: number,
): AccountHealthRow | undefined {
  const [health] = accountHealthRows(data, (c) => c.id === companyId, now);
  return health && toRow(health);
}
