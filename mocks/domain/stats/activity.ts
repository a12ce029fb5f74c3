import type {
  BucketSize,
  DaysHistogramBucket,
  FunnelStats,
  OffersStats,
  SourcesStats,
  TimeToHireStats,
} from '../../../src/model/stats-types';
import {
  CANDIDATE_SOURCES,
  FUNNEL_STAGES,
  REJECTION_CATEGORIES,
  type RejectionCategory,
  STAGES,
} from '../../../src/model/types';
import { applicationColumns, offerColumns, STAGE_INDEX, STEPS, type StatsData } from './columns';
import type { StatsQuery } from './params';
import { inRangeMs, Scope } from './scope';
import { DAY_MS, dayToIso, quantileSorted, ratio, round1, sortedCopy } from './time';

export const DAY_BUCKETS_MAX_DAYS = 92;
export const WEEK_BUCKETS_MAX_DAYS = 366;

export const bucketSizeFor = (days: number): BucketSize =>
  days <= DAY_BUCKETS_MAX_DAYS ? 'day' : days <= WEEK_BUCKETS_MAX_DAYS ? 'week' : 'month';

/** Bucket start days in range order, and each day's bucket index (days from `fromDay`). */
export function bucketLayout(fromDay: number, toDay: number, size: BucketSize) {
  const starts: number[] = [];
  const dayToBucket = new Int32Array(toDay - fromDay + 1);
  let lastKey = Number.NaN;
  for (let d = fromDay; d <= toDay; d++) {
    let key = d;
    if (size === 'week') key = d - ((d + 3) % 7); // 1970-01-01 was a Thursday; weeks start Monday
    if (size === 'month')
      key = Date.UTC(new Date(d * DAY_MS).getUTCFullYear(), new Date(d * DAY_MS).getUTCMonth(), 1) / DAY_MS;
    if (key !== lastKey) starts.push(Math.max(key, fromDay));
    lastKey = key;
    dayToBucket[d - fromDay] = starts.length - 1;
  }
  return { starts, dayToBucket };
}

/** The moving average's window: a day and the six before it. */
export const AVERAGE_DAYS = 7;

/**
 * Offers published, closed and expired per bucket. Day buckets also carry the 7-day moving average
 * of `published`, counted over the six days before `from` too, so the first day of the period
 * averages a full week like the others.
 */
export function offersStats(data: StatsData, query: StatsQuery): OffersStats {
  const scope = new Scope(query);
  const cols = offerColumns(data);
  const bucket = bucketSizeFor(query.range.days);
  const { starts, dayToBucket } = bucketLayout(query.fromDay, query.toDay, bucket);
  const counts = {
    published: new Int32Array(starts.length),
    closed: new Int32Array(starts.length),
    expired: new Int32Array(starts.length),
  };
  const { fromMs, toExclMs } = query;
  const count = (into: Int32Array, t: number) => {
    if (t >= fromMs && t < toExclMs) into[dayToBucket[Math.floor((t - fromMs) / DAY_MS)]]++;
  };
  // Published per day from six days before `from`, for the average (day buckets only).
  const lead = AVERAGE_DAYS - 1;
  const leadMs = fromMs - lead * DAY_MS;
  const daily = bucket === 'day' ? new Int32Array(query.range.days + lead) : null;
  for (let i = 0; i < cols.n; i++) {
    if (!scope.offerAt(cols, i)) continue;
    const published = cols.published[i];
    count(counts.published, published);
    count(counts.closed, cols.closed[i]);
    count(counts.expired, cols.expiredAt[i]);
    if (daily && published >= leadMs && published < toExclMs)
      daily[Math.floor((published - leadMs) / DAY_MS)]++;
  }
  const average = daily ? trailingAverage(daily, AVERAGE_DAYS) : null;
  const totals = { published: 0, closed: 0, expired: 0 };
  const buckets = starts.map((day, i) => {
    totals.published += counts.published[i];
    totals.closed += counts.closed[i];
    totals.expired += counts.expired[i];
    return {
      date: dayToIso(day),
      published: counts.published[i],
      closed: counts.closed[i],
      expired: counts.expired[i],
      publishedAverage7d: average ? average[i] : null,
    };
  });
  return { range: query.range, bucket, buckets, totals };
}

/** Mean of each full window of `values` (length n → n − window + 1 means), 2 decimals. */
function trailingAverage(values: Int32Array, window: number): number[] {
  const means: number[] = [];
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    sum += values[i];
    if (i >= window) sum -= values[i - window];
    if (i >= window - 1) means.push(Math.round((sum / window) * 100) / 100);
  }
  return means;
}

const HIRED = STAGE_INDEX.hired;
const FINISHED = new Set([STAGE_INDEX.hired, STAGE_INDEX.rejected, STAGE_INDEX.withdrawn]);

/**
 * Applications applied in range. A stage is reached when the history holds it or any later funnel
 * stage (a skipped step still counts as passed). Conversion uses only the finished cohort.
 */
export function funnelStats(data: StatsData, query: StatsQuery): FunnelStats {
  const scope = new Scope(query);
  const cols = applicationColumns(data);
  const reached = new Int32Array(FUNNEL_STAGES.length);
  const finishedReached = new Int32Array(FUNNEL_STAGES.length);
  const byStage = new Int32Array(STAGES.length);
  const byRejection = new Int32Array(REJECTION_CATEGORIES.length);
  for (let i = 0; i < cols.n; i++) {
    if (!inRangeMs(cols.applied[i], query) || !scope.applicationAt(cols, i)) continue;
    const furthest = cols.furthest[i];
    const stage = cols.stage[i];
    byStage[stage]++;
    if (stage === STAGE_INDEX.rejected) byRejection[cols.rejection[i]]++;
    for (let s = 0; s <= furthest; s++) reached[s]++;
    if (FINISHED.has(stage)) for (let s = 0; s <= furthest; s++) finishedReached[s]++;
  }
  const exits = {
    hired: byStage[HIRED],
    rejected: byStage[STAGE_INDEX.rejected],
    withdrawn: byStage[STAGE_INDEX.withdrawn],
  };
  const finished = exits.hired + exits.rejected + exits.withdrawn;
  const stages = FUNNEL_STAGES.map((stage, i) => ({
    stage,
    reached: reached[i],
    finishedReached: finishedReached[i],
    conversion: i === 0 ? null : ratio(finishedReached[i], finishedReached[i - 1]),
  }));
  const rejections = Object.fromEntries(REJECTION_CATEGORIES.map((c, i) => [c, byRejection[i]])) as Record<
    RejectionCategory,
    number
  >;
  return {
    range: query.range,
    total: reached[0],
    finished,
    open: reached[0] - finished,
    exits,
    rejections,
    stages,
  };
}

/** Histogram edges in days: [0,7) [7,14) [14,30) [30,45) [45,60) [60,90) [90,∞). */
export const HIRE_DAYS_EDGES = [0, 7, 14, 30, 45, 60, 90];

/**
 * Applications hired in range: days from appliedAt to the hire, and days each spent in every stage
 * before it (an application's visits to a stage summed).
 */
export function timeToHireStats(data: StatsData, query: StatsQuery): TimeToHireStats {
  const scope = new Scope(query);
  const cols = applicationColumns(data);
  const durations: number[] = [];
  const perStage: number[][] = FUNNEL_STAGES.slice(0, STEPS).map(() => []);
  const counts = new Int32Array(HIRE_DAYS_EDGES.length);
  for (let i = 0; i < cols.n; i++) {
    if (!inRangeMs(cols.hired[i], query) || !scope.applicationAt(cols, i)) continue;
    const days = (cols.hired[i] - cols.applied[i]) / DAY_MS;
    durations.push(days);
    let b = HIRE_DAYS_EDGES.length - 1;
    while (b > 0 && days < HIRE_DAYS_EDGES[b]) b--;
    counts[b]++;
    const offset = cols.hiredSlot[i] * STEPS;
    for (let k = 0; k < STEPS; k++) {
      const spent = cols.stageDays[offset + k];
      if (!Number.isNaN(spent)) perStage[k].push(spent);
    }
  }
  const sorted = sortedCopy(durations);
  const rounded = (x: number | null) => (x === null ? null : round1(x));
  const distribution: DaysHistogramBucket[] = HIRE_DAYS_EDGES.map((min, i) => ({
    min,
    max: HIRE_DAYS_EDGES[i + 1] ?? null,
    count: counts[i],
  }));
  return {
    range: query.range,
    hires: durations.length,
    medianDays: rounded(quantileSorted(sorted, 0.5)),
    p75Days: rounded(quantileSorted(sorted, 0.75)),
    distribution,
    stages: perStage.map((values, i) => ({
      stage: FUNNEL_STAGES[i],
      medianDays: rounded(quantileSorted(sortedCopy(values), 0.5)),
      count: values.length,
    })),
  };
}

/** Applications applied in range per source, with those of them now hired. */
export function sourcesStats(data: StatsData, query: StatsQuery): SourcesStats {
  const scope = new Scope(query);
  const cols = applicationColumns(data);
  const applications = new Int32Array(CANDIDATE_SOURCES.length);
  const hires = new Int32Array(CANDIDATE_SOURCES.length);
  for (let i = 0; i < cols.n; i++) {
    if (!inRangeMs(cols.applied[i], query) || !scope.applicationAt(cols, i)) continue;
    applications[cols.source[i]]++;
    if (cols.stage[i] === HIRED) hires[cols.source[i]]++;
  }
  return {
    range: query.range,
    sources: CANDIDATE_SOURCES.map((source, i) => ({
      source,
      applications: applications[i],
      hires: hires[i],
      hireRate: ratio(hires[i], applications[i]),
    })),
  };
}
