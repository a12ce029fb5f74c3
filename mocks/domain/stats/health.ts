import type {
  AccountHealth,
  AccountHealthComponents,
  AccountHealthPoints,
  AccountHealthStats,
  AtRiskReason,
} from '../../../src/model/stats-types';
import type { Company } from '../../../src/model/types';
import { TopK } from '../records/top-k';
import { activityColumns, offerColumns, type StatsData } from './columns';
import { type StatsQuery, windowBefore } from './params';
import { Scope } from './scope';
import { DAY_MS, isoDay, msToIso } from './time';

/**
 * Account health, 0..100 = five components of 0..20 points each, as of the API's clock:
 * - recruiters: 20 × share of the company's recruiters (not invited) who logged in within 30 days;
 * - offers: 4 points per offer published in the last 30 days, up to 5;
 * - credits: 0 when out of cv-unlock credits; 8 when none were spent in 30 days (credits unused);
 *   otherwise 12 + 8 × min(1, days of credit left / 60), days left = credits ÷ (30-day burn / 30);
 * - renewal: 10 without a renewal date; 0 when overdue; else 20 × min(1, days to renewal / 90);
 * - breadth: 5 per feature used in 30 days: offers (created or published), cv unlocks,
 *   pipeline moves (stage_change activities), saved views (any saved by the company).
 * previousScore applies the same rules to the 30 days before (offers, credits, breadth; recruiters and
 * renewal kept as now, being snapshots). At risk: score fell by 10 or more, renewal within 30
 * days, or out of credits.
 */
export const FALLING_POINTS = 10;
export const TOP_LIMIT = 10;
export const AT_RISK_LIMIT = 20;

/** Per-company counters for one 30-day window. */
class WindowCounters {
  readonly offers: Int32Array;
  readonly burn: Int32Array;
  readonly moves: Int32Array;
  readonly created: Int32Array;
  constructor(size: number) {
    this.offers = new Int32Array(size);
    this.burn = new Int32Array(size);
    this.moves = new Int32Array(size);
    this.created = new Int32Array(size);
  }
}

export function creditPoints(left: number, burn: number): number {
  if (left <= 0) return 0;
  if (burn <= 0) return 8;
  return 12 + Math.round(8 * Math.min(1, left / (burn / 30) / 60));
}

export function renewalPoints(daysToRenewal: number | null): number {
  if (daysToRenewal === null) return 10;
  if (daysToRenewal < 0) return 0;
  return Math.round(20 * Math.min(1, daysToRenewal / 90));
}

export function accountHealthStats(data: StatsData, query: StatsQuery): AccountHealthStats {
  const scope = new Scope(query);
  const rows = accountHealthRows(data, (c) => scope.company(c), query.now);
  const top = new TopK<AccountHealth>(TOP_LIMIT);
  const atRisk = new TopK<AccountHealth>(AT_RISK_LIMIT);
  let scoreSum = 0;
  let atRiskTotal = 0;
  for (const health of rows) {
    scoreSum += health.score;
    top.push(health, health.companyId, health.score);
    if (health.reasons.length > 0) {
      atRiskTotal++;
      atRisk.push(health, health.companyId, -health.score);
    }
  }
  return {
    range: query.range,
    asOf: msToIso(query.now),
    scored: rows.length,
    averageScore: rows.length > 0 ? Math.round((scoreSum / rows.length) * 10) / 10 : null,
    top: top.sorted().map((r) => r.item),
    atRisk: atRisk.sorted().map((r) => r.item),
    atRiskTotal,
  };
}

/**
 * The health of every company not churned that `wanted` keeps, in id order, as of `now` (ms): the
 * one computation behind the statistic's summary and the paged, sortable list (account-health.ts).
 */
export function accountHealthRows(
  data: StatsData,
  wanted: (company: Company) => boolean,
  now: number,
): AccountHealth[] {
  const cur = windowBefore(now, 30);
  const prev = windowBefore(now, 30, 30);
  let size = 1;
  for (const c of data.companies) if (c.id >= size) size = c.id + 1;
  const kept = new Uint8Array(size);
  for (const c of data.companies) if (c.status !== 'churned' && wanted(c)) kept[c.id] = 1;

  const recruiters = new Int32Array(size);
  const activeRecruiters = new Int32Array(size);
  for (const u of data.users) {
    const id = u.companyId;
    if (id === null || u.role !== 'recruiter' || !kept[id] || u.status === 'invited') continue;
    recruiters[id]++;
    if (
      u.status === 'active' &&
      u.lastLoginAt !== null &&
      u.lastLoginAt >= cur.startIso &&
      u.lastLoginAt <= cur.endIso
    )
      activeRecruiters[id]++;
  }
  const now30 = new WindowCounters(size);
  const before = new WindowCounters(size);
  const pick = (iso: string | null): WindowCounters | null =>
    iso === null || iso > cur.endIso || iso < prev.startIso ? null : iso >= cur.startIso ? now30 : before;
  const pickMs = (t: number): WindowCounters | null =>
    !(t >= now - 60 * DAY_MS && t <= now) ? null : t >= now - 30 * DAY_MS ? now30 : before;
  const offers = offerColumns(data);
  for (let i = 0; i < offers.n; i++) {
    const id = offers.companyId[i];
    if (!kept[id]) continue;
    const published = pickMs(offers.published[i]);
    if (published) published.offers[id]++;
    const created = pickMs(offers.created[i]);
    if (created) created.created[id]++;
  }
  const deltaSince = new Int32Array(size); // cv-unlock credit change over the last 30 days
  for (const e of data['credit-ledger']) {
    if (!kept[e.companyId] || e.kind !== 'cvUnlocks') continue;
    const w = pick(e.at);
    if (w === now30) deltaSince[e.companyId] += e.delta;
    if (w && e.action === 'cv_unlock') w.burn[e.companyId] -= e.delta;
  }
  const activities = activityColumns(data);
  for (let i = 0; i < activities.n; i++) {
    const id = activities.companyId[i];
    if (!kept[id]) continue;
    const w = pickMs(activities.movedAt[i]); // NaN (not a move): no window
    if (w) w.moves[id]++;
  }
  const savedViews = new Uint8Array(size);
  for (const v of data['saved-views'])
    if (v.companyId !== null && v.companyId < size) savedViews[v.companyId] = 1;

  const today = isoDay(msToIso(now));
  const rows: AccountHealth[] = [];
  for (const c of data.companies) {
    if (!kept[c.id]) continue;
    const id = c.id;
    const features = (w: WindowCounters): AccountHealthComponents['features'] => {
      const list: AccountHealthComponents['features'] = [];
      if (w.offers[id] + w.created[id] > 0) list.push('offers');
      if (w.burn[id] > 0) list.push('unlocks');
      if (w.moves[id] > 0) list.push('pipeline');
      if (savedViews[id]) list.push('saved-views');
      return list;
    };
    const left = c.credits.cvUnlocks;
    const burn = now30.burn[id];
    const daysToRenewal = c.renewalDate === null ? null : isoDay(c.renewalDate) - today;
    const components: AccountHealthComponents = {
      activeRecruiters: activeRecruiters[id],
      recruiters: recruiters[id],
      offersPublished30d: now30.offers[id],
      creditBurn30d: burn,
      creditsLeft: left,
      daysOfCreditLeft: burn > 0 ? Math.floor(left / (burn / 30)) : null,
      daysToRenewal,
      features: features(now30),
    };
    const points: AccountHealthPoints = {
      recruiters: recruiters[id] > 0 ? Math.round((20 * activeRecruiters[id]) / recruiters[id]) : 0,
      offers: Math.min(5, now30.offers[id]) * 4,
      credits: creditPoints(left, burn),
      renewal: renewalPoints(daysToRenewal),
      breadth: 5 * components.features.length,
    };
    const score = points.recruiters + points.offers + points.credits + points.renewal + points.breadth;
    const previousScore =
      points.recruiters +
      points.renewal +
      Math.min(5, before.offers[id]) * 4 +
      creditPoints(left - deltaSince[id], before.burn[id]) +
      5 * features(before).length;
    const reasons: AtRiskReason[] = [];
    if (score <= previousScore - FALLING_POINTS) reasons.push('falling');
    if (daysToRenewal !== null && daysToRenewal >= 0 && daysToRenewal <= 30) reasons.push('renewal');
    if (left <= 0) reasons.push('out-of-credits');
    rows.push(healthRow(c, score, previousScore, components, points, reasons));
  }
  return rows;
}

function healthRow(
  c: Company,
  score: number,
  previousScore: number,
  components: AccountHealthComponents,
  points: AccountHealthPoints,
  reasons: AtRiskReason[],
): AccountHealth {
  return {
    companyId: c.id,
    name: c.name,
    country: c.country,
    plan: c.plan,
    score,
    previousScore,
    components,
    points,
    reasons,
  };
}
