import { describe, expect, it } from 'vitest';
import { generateDb } from '../../mocks/db/generate';
import { REFERENCE_DATE } from '../../mocks/db/types';
import { computeStats, resolveStatsQuery, type StatsCaller } from '../../mocks/domain/stats';
import type { StatsName } from '../../src/model/stats-types';
import { CANDIDATE_SOURCES, COMPANY_STATUSES, PLANS } from '../../src/model/types';
import {
  activeAt,
  allLabels,
  appMatches,
  bucketLabel,
  companyMatches,
  type Filter,
  finished,
  furthest,
  hireTime,
  median,
  offerById,
  offerMatches,
  p75,
  r1,
  within,
} from './brute';

const db = generateDb({ scale: 'small' });
const NOW = Date.parse(REFERENCE_DATE);
const DAY = 86_400_000;
const offers = offerById(db);
const find = (id: number) => db.companies.find((c) => c.id === id);

const admin: StatsCaller = { role: 'admin', companyId: null };
const sales: StatsCaller = { role: 'sales', companyId: null };
const acme: StatsCaller = { role: 'recruiter', companyId: 1 };
const globex: StatsCaller = { role: 'recruiter', companyId: 2 };

/** Filters × callers: defaults, countries, a company, day/week/month ranges, recruiters' scope. */
const CASES: Array<[string, StatsCaller]> = [
  ['', admin],
  ['from=2026-10-27&to=2026-11-02', sales], // the 7-day preset
  ['country=FR', sales],
  ['country=GB', sales],
  ['companyId=1', admin],
  ['from=2026-08-01&to=2026-10-31&country=FR', admin],
  ['from=2025-11-03&to=2026-11-02', sales],
  ['from=2024-06-01&to=2026-11-02&companyId=2', admin],
  ['', acme],
  ['companyId=2&from=2026-01-01&to=2026-11-02', acme], // another company: narrowed to their own
  ['country=FR&from=2026-05-01&to=2026-11-02', globex],
];

function run<N extends StatsName>(name: N, params: string, caller: StatsCaller) {
  const query = resolveStatsQuery(name, new URLSearchParams(params), caller, find, NOW);
  const { from, to, country, companyId } = query.range;
  const filter: Filter = { from, to, country, companyId };
  return { result: computeStats(name, db, query), filter };
}

describe.each(CASES)('stats over the small seed: "%s" as %o', (params, caller) => {
  it('offers per bucket', () => {
    const { result, filter } = run('offers', params, caller);
    const scoped = db.offers.filter((o) => offerMatches(o, filter));
    /** Published on the 7 days ending on `date`, those before `from` included, over 7. */
    const average = (date: string) => {
      const end = Date.parse(`${date}T00:00:00Z`) + DAY;
      const week = scoped.filter((o) => {
        const t = Date.parse(o.publishedAt ?? '');
        return t >= end - 7 * DAY && t < end;
      });
      return Math.round((week.length / 7) * 100) / 100;
    };
    const expected = allLabels(filter, result.bucket).map((date) => ({
      date,
      published: scoped.filter(
        (o) =>
          within(o.publishedAt, filter) &&
          bucketLabel(o.publishedAt ?? '', result.bucket, filter.from) === date,
      ).length,
      closed: scoped.filter(
        (o) =>
          within(o.closedAt, filter) && bucketLabel(o.closedAt ?? '', result.bucket, filter.from) === date,
      ).length,
      expired: scoped.filter(
        (o) =>
          o.status === 'expired' &&
          within(o.expiresAt, filter) &&
          bucketLabel(o.expiresAt ?? '', result.bucket, filter.from) === date,
      ).length,
      publishedAverage7d: result.bucket === 'day' ? average(date) : null,
    }));
    expect(result.buckets).toEqual(expected);
    expect(result.totals.published).toBe(scoped.filter((o) => within(o.publishedAt, filter)).length);
    expect(result.totals.expired).toBe(result.buckets.reduce((n, b) => n + b.expired, 0));
  });

  it('funnel on the finished cohort', () => {
    const { result, filter } = run('funnel', params, caller);
    const apps = db.applications.filter((a) => within(a.appliedAt, filter) && appMatches(a, filter, offers));
    const done = apps.filter(finished);
    expect(result.total).toBe(apps.length);
    expect(result.finished).toBe(done.length);
    result.stages.forEach((s, i) => {
      expect(s.reached).toBe(apps.filter((a) => furthest(a) >= i).length);
      expect(s.finishedReached).toBe(done.filter((a) => furthest(a) >= i).length);
      const before = done.filter((a) => furthest(a) >= i - 1).length;
      if (i > 0 && before > 0) expect(s.conversion).toBeCloseTo(s.finishedReached / before, 10);
    });
  });

  it('time to hire', () => {
    const { result, filter } = run('time-to-hire', params, caller);
    const hires = db.applications.filter((a) => within(hireTime(a), filter) && appMatches(a, filter, offers));
    const days = hires.map((a) => (Date.parse(hireTime(a) ?? '') - Date.parse(a.appliedAt)) / DAY);
    expect(result.hires).toBe(hires.length);
    expect(result.medianDays).toBe(r1(median(days)));
    expect(result.p75Days).toBe(r1(p75(days)));
    expect(result.distribution.reduce((n, b) => n + b.count, 0)).toBe(hires.length);
    for (const b of result.distribution) {
      expect(b.count).toBe(days.filter((d) => d >= b.min && (b.max === null || d < b.max)).length);
    }
    for (const s of result.stages) {
      const spent: number[] = [];
      for (const a of hires) {
        let total: number | null = null;
        a.history.forEach((h, i) => {
          const next = a.history[i + 1];
          if (h.stage === s.stage && next)
            total = (total ?? 0) + (Date.parse(next.at) - Date.parse(h.at)) / DAY;
        });
        if (total !== null) spent.push(total);
      }
      expect([s.stage, s.medianDays, s.count]).toEqual([s.stage, r1(median(spent)), spent.length]);
    }
  });

  it('sources', () => {
    const { result, filter } = run('sources', params, caller);
    const apps = db.applications.filter((a) => within(a.appliedAt, filter) && appMatches(a, filter, offers));
    expect(result.sources).toEqual(
      CANDIDATE_SOURCES.map((source) => {
        const n = apps.filter((a) => a.source === source).length;
        const h = apps.filter((a) => a.source === source && a.stage === 'hired').length;
        return { source, applications: n, hires: h, hireRate: n ? h / n : null };
      }),
    );
  });

  it('kpis and the previous period', () => {
    const { result, filter } = run('kpis', params, caller);
    const len = Date.parse(filter.to) - Date.parse(filter.from) + DAY;
    const prev: Filter = {
      ...filter,
      from: new Date(Date.parse(filter.from) - len).toISOString().slice(0, 10),
      to: new Date(Date.parse(filter.from) - DAY).toISOString().slice(0, 10),
    };
    expect(result.previousRange).toEqual({ from: prev.from, to: prev.to });
    for (const [f, values] of [
      [filter, result.current],
      [prev, result.previous],
    ] as const) {
      const end = Date.parse(f.to) + DAY;
      const accounts = db.companies.filter((c) => companyMatches(c, f) && activeAt(c, end));
      const mrr = { EUR: 0, GBP: 0 };
      for (const c of accounts) mrr[c.currency] += c.mrrCents;
      expect(values).toEqual({
        offersPublished: db.offers.filter((o) => offerMatches(o, f) && within(o.publishedAt, f)).length,
        activeAccounts: accounts.length,
        applications: db.applications.filter((a) => appMatches(a, f, offers) && within(a.appliedAt, f))
          .length,
        hires: db.applications.filter((a) => appMatches(a, f, offers) && within(hireTime(a), f)).length,
        mrr,
      });
    }
  });

  it('accounts (staff only)', () => {
    if (caller.role === 'recruiter') return;
    const { result, filter } = run('accounts', params, caller);
    const companies = db.companies.filter((c) => companyMatches(c, filter));
    for (const m of result.months) {
      const first = Math.max(Date.parse(`${m.month}-01T00:00:00Z`), Date.parse(filter.from));
      const nextMonth = new Date(`${m.month}-01T00:00:00Z`);
      nextMonth.setUTCMonth(nextMonth.getUTCMonth() + 1);
      const end = Math.min(nextMonth.getTime(), Date.parse(filter.to) + DAY);
      const active = companies.filter((c) => activeAt(c, end));
      const inMonth = (iso: string | null) => !!iso && Date.parse(iso) >= first && Date.parse(iso) < end;
      expect(m).toEqual({
        month: m.month,
        mrr: {
          EUR: active.filter((c) => c.currency === 'EUR').reduce((n, c) => n + c.mrrCents, 0),
          GBP: active.filter((c) => c.currency === 'GBP').reduce((n, c) => n + c.mrrCents, 0),
        },
        active: active.length,
        new: companies.filter((c) => inMonth(c.createdAt)).length,
        churned: companies.filter((c) => c.status === 'churned' && inMonth(c.lastActivityAt ?? c.createdAt))
          .length,
      });
    }
    const live = companies.filter((c) => c.status !== 'churned');
    expect(result.planMix).toEqual(
      Object.fromEntries(PLANS.map((plan) => [plan, live.filter((c) => c.plan === plan).length])),
    );
    expect(result.statusMix).toEqual(
      Object.fromEntries(COMPANY_STATUSES.map((st) => [st, companies.filter((c) => c.status === st).length])),
    );
  });
});
