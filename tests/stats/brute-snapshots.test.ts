import { describe, expect, it } from 'vitest';
import { generateDb } from '../../mocks/db/generate';
import { type Dataset, REFERENCE_DATE } from '../../mocks/db/types';
import { computeStats, resolveStatsQuery, type StatsCaller } from '../../mocks/domain/stats';
import type { StatsName } from '../../src/model/stats-types';
import type { Company, Offer } from '../../src/model/types';
import { appMatches, type Filter, offerById, within } from './brute';
import { stressedSeed } from './stress';

/**
 * The "as of now" endpoints (health, dashboards) recomputed by brute force over the small seed, and
 * over a copy of it where every rule fires (lagging offers with each hint, falling accounts, ...).
 */
const NOW = Date.parse(REFERENCE_DATE);
const DAY = 86_400_000;
const seed = generateDb({ scale: 'small' });
const DATASETS: Array<[string, Dataset]> = [
  ['the small seed', seed],
  ['the small seed with every rule triggered', stressedSeed(seed, NOW)],
];
const between = (iso: string | null, startMs: number, endMs: number) =>
  iso !== null && Date.parse(iso) >= startMs && Date.parse(iso) <= endMs;

describe.each(DATASETS)('over %s', (label, db) => {
  const find = (id: number) => db.companies.find((c) => c.id === id);

  function run<N extends StatsName>(name: N, params: string, caller: StatsCaller) {
    return computeStats(name, db, resolveStatsQuery(name, new URLSearchParams(params), caller, find, NOW));
  }

  /** The accounts a health or support query covers: not churned, within its country and company. */
  function accountsIn(params: string): Company[] {
    const q = new URLSearchParams(params);
    return db.companies.filter(
      (c) =>
        c.status !== 'churned' &&
        (!q.get('country') || c.country === q.get('country')) &&
        (!q.get('companyId') || c.id === Number(q.get('companyId'))),
    );
  }

  /** In the current 30 days [now-30d, now], or the 30 before them [now-60d, now-30d). */
  function inWindow(iso: string | null, previous: boolean): boolean {
    if (iso === null) return false;
    const t = Date.parse(iso);
    return previous ? t >= NOW - 60 * DAY && t < NOW - 30 * DAY : t >= NOW - 30 * DAY && t <= NOW;
  }

  type Feature = 'offers' | 'unlocks' | 'pipeline' | 'saved-views';

  /** The documented activity components (offers, credits, breadth) of one 30-day window, per company. */
  function activity(c: Company, previous: boolean) {
    const offers = db.offers.filter((o) => o.companyId === c.id);
    const published = offers.filter((o) => inWindow(o.publishedAt, previous)).length;
    const created = offers.filter((o) => inWindow(o.createdAt, previous)).length;
    const ledger = db['credit-ledger'].filter((e) => e.companyId === c.id && e.kind === 'cvUnlocks');
    const burn = ledger
      .filter((e) => e.action === 'cv_unlock' && inWindow(e.at, previous))
      .reduce((n, e) => n - e.delta, 0);
    const since = ledger.filter((e) => inWindow(e.at, false)).reduce((n, e) => n + e.delta, 0);
    const left = previous ? c.credits.cvUnlocks - since : c.credits.cvUnlocks;
    const moves = db.activities.some(
      (a) => a.companyId === c.id && a.type === 'stage_change' && inWindow(a.createdAt, previous),
    );
    const views = db['saved-views'].some((v) => v.companyId === c.id);
    const used: Array<[Feature, boolean]> = [
      ['offers', published + created > 0],
      ['unlocks', burn > 0],
      ['pipeline', moves],
      ['saved-views', views],
    ];
    const features = used.filter(([, yes]) => yes).map(([name]) => name);
    const credits = left <= 0 ? 0 : burn <= 0 ? 8 : 12 + Math.round(8 * Math.min(1, left / (burn / 30) / 60));
    return {
      published,
      burn,
      left,
      features,
      points: { offers: Math.min(5, published) * 4, credits, breadth: 5 * features.length },
    };
  }

  /** One account's health row, every component and point written out from the README's rules. */
  function expectedHealth(c: Company) {
    const recruiters = db.users.filter(
      (u) => u.companyId === c.id && u.role === 'recruiter' && u.status !== 'invited',
    );
    const active = recruiters.filter(
      (u) => u.status === 'active' && between(u.lastLoginAt, NOW - 30 * DAY, NOW),
    );
    const today = Date.parse(REFERENCE_DATE.slice(0, 10));
    const days =
      c.renewalDate === null ? null : Math.round((Date.parse(c.renewalDate.slice(0, 10)) - today) / DAY);
    const now = activity(c, false);
    const before = activity(c, true);
    const points = {
      recruiters: recruiters.length ? Math.round((20 * active.length) / recruiters.length) : 0,
      offers: now.points.offers,
      credits: now.points.credits,
      renewal: days === null ? 10 : days < 0 ? 0 : Math.round(20 * Math.min(1, days / 90)),
      breadth: now.points.breadth,
    };
    const score = Object.values(points).reduce((n, p) => n + p, 0);
    const previousScore =
      points.recruiters +
      points.renewal +
      before.points.offers +
      before.points.credits +
      before.points.breadth;
    const reasons = [
      score <= previousScore - 10 && 'falling',
      days !== null && days >= 0 && days <= 30 && 'renewal',
      c.credits.cvUnlocks <= 0 && 'out-of-credits',
    ].filter(Boolean);
    return {
      companyId: c.id,
      name: c.name,
      country: c.country,
      plan: c.plan,
      score,
      previousScore,
      components: {
        activeRecruiters: active.length,
        recruiters: recruiters.length,
        offersPublished30d: now.published,
        creditBurn30d: now.burn,
        creditsLeft: c.credits.cvUnlocks,
        daysOfCreditLeft: now.burn > 0 ? Math.floor(now.left / (now.burn / 30)) : null,
        daysToRenewal: days,
        features: now.features,
      },
      points,
      reasons,
    };
  }

  describe.each([
    ['', { role: 'sales', companyId: null }],
    ['country=GB', { role: 'admin', companyId: null }],
    ['country=FR', { role: 'sales', companyId: null }],
    ['companyId=1', { role: 'support', companyId: null }],
  ] as Array<[string, StatsCaller]>)('account health "%s"', (params, caller) => {
    it('scores every account by the documented rule, each component beside the score', () => {
      const result = run('account-health', params, caller);
      const rows = accountsIn(params).map(expectedHealth);
      expect(result.scored).toBe(rows.length);
      const sum = rows.reduce((n, r) => n + r.score, 0);
      expect(result.averageScore).toBe(rows.length ? Math.round((sum / rows.length) * 10) / 10 : null);
      const top = [...rows].sort((a, b) => b.score - a.score || a.companyId - b.companyId).slice(0, 10);
      expect(result.top).toEqual(top);
      const risky = rows.filter((r) => r.reasons.length > 0);
      expect(result.atRiskTotal).toBe(risky.length);
      expect(result.atRisk).toEqual(
        risky.sort((a, b) => a.score - b.score || a.companyId - b.companyId).slice(0, 20),
      );
    });
  });

  describe.each([1, 2])('dashboards of company %i', (companyId) => {
    const recruiter: StatsCaller = { role: 'recruiter', companyId };

    it.each([
      ['', recruiter],
      ['country=FR', recruiter],
      [`companyId=${companyId}&country=GB`, { role: 'admin', companyId: null }],
      [`companyId=${companyId}`, { role: 'sales', companyId: null }],
    ] as Array<[string, StatsCaller]>)(
      'offer health "%s": percentile among peers, worst first, one hint when lagging',
      (params, caller) => {
        const result = run('offer-health', params, caller);
        const country = new URLSearchParams(params).get('country');
        const recent = db.offers.filter((o) => between(o.publishedAt, NOW - 30 * DAY, NOW));
        const conv = (o: Offer) => (o.views > 0 ? o.applicationsCount / o.views : 0);
        const own = recent.filter((o) => o.companyId === companyId && (!country || o.country === country));
        const hint = (o: Offer) => {
          if ([o.salaryMin, o.salaryMax, o.dailyRateMin, o.dailyRateMax].every((v) => v === null))
            return 'no-salary';
          if (o.description.replace(/<[^>]*>/g, '').length < 800) return 'short-description';
          if (between(o.expiresAt, NOW, NOW + 7 * DAY)) return 'expiring';
          return null;
        };
        const rows = own.map((o) => {
          const peers = recent.filter(
            (p) =>
              p.id !== o.id &&
              p.skills[0] === o.skills[0] &&
              p.country === o.country &&
              p.contractType === o.contractType,
          );
          const percentile = peers.length
            ? Math.round((100 * peers.filter((p) => conv(p) < conv(o)).length) / peers.length)
            : null;
          const lagging = percentile !== null && percentile < 50;
          return {
            offerId: o.id,
            reference: o.reference,
            title: o.title,
            status: o.status,
            publishedAt: o.publishedAt,
            views: o.views,
            applications: o.applicationsCount,
            conversion: o.views > 0 ? conv(o) : null,
            percentile,
            peers: peers.length,
            lagging,
            hint: lagging ? hint(o) : null,
          };
        });
        rows.sort(
          (a, b) =>
            (a.percentile ?? 101) - (b.percentile ?? 101) ||
            (a.conversion ?? 0) - (b.conversion ?? 0) ||
            a.offerId - b.offerId,
        );
        expect(result.total).toBe(own.length);
        expect(result.offers).toEqual(rows.slice(0, 50));
      },
    );

    it('recruiter dashboard: attention, interviews, recent activity, funnel', () => {
      const result = run('recruiter', 'from=2026-01-01&to=2026-11-02', recruiter);
      const offers = db.offers.filter((o) => o.companyId === companyId);
      const expiring = offers
        .filter((o) => o.status === 'published' && between(o.expiresAt, NOW, NOW + 7 * DAY))
        .sort((a, b) => Date.parse(a.expiresAt ?? '') - Date.parse(b.expiresAt ?? '') || a.id - b.id);
      const idle = offers
        .filter((o) => !expiring.includes(o) && o.status === 'published' && o.applicationsCount === 0)
        .filter((o) => o.publishedAt !== null && Date.parse(o.publishedAt) <= NOW - 5 * DAY)
        .sort((a, b) => Date.parse(a.publishedAt ?? '') - Date.parse(b.publishedAt ?? '') || a.id - b.id);
      const paused = offers.filter((o) => o.status === 'paused');
      const attention = [...expiring, ...idle, ...paused];
      expect(result.offersNeedingAttentionTotal).toBe(attention.length);
      expect(result.offersNeedingAttention.map((o) => o.offerId)).toEqual(
        attention.slice(0, 10).map((o) => o.id),
      );

      const interviews = db.interviews
        .filter(
          (i) =>
            i.companyId === companyId && i.status === 'planned' && between(i.startsAt, NOW, NOW + 7 * DAY),
        )
        .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id - b.id);
      expect(result.upcomingInterviewsTotal).toBe(interviews.length);
      expect(result.upcomingInterviews.map((i) => i.interviewId)).toEqual(
        interviews.slice(0, 10).map((i) => i.id),
      );

      const recent = db.activities
        .filter((a) => a.companyId === companyId && Date.parse(a.createdAt) <= NOW)
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
      expect(result.recentActivity.map((a) => a.activityId)).toEqual(recent.slice(0, 10).map((a) => a.id));

      const filter: Filter = { from: '2026-01-01', to: '2026-11-02', country: null, companyId };
      const offerMap = offerById(db);
      const apps = db.applications.filter(
        (a) => within(a.appliedAt, filter) && appMatches(a, filter, offerMap),
      );
      for (const [stage, n] of Object.entries(result.funnel))
        expect([stage, n]).toEqual([stage, apps.filter((a) => a.stage === stage).length]);
    });
  });

  describe.each(['', 'country=GB', 'companyId=10'])('support dashboard "%s"', (params) => {
    it('lists accounts needing attention with their reasons, and the last audit events', () => {
      const result = run('support', params, { role: 'support', companyId: null });
      const rows = accountsIn(params)
        .map((c) => {
          const lockedUsers = db.users.filter((u) => u.companyId === c.id && u.status === 'locked').length;
          const reasons = [
            c.credits.cvUnlocks <= 0 && 'out-of-credits',
            c.status === 'suspended' && 'suspended',
            lockedUsers > 0 && 'locked-users',
          ].filter(Boolean);
          const credits = { cvUnlocks: c.credits.cvUnlocks, jobSlots: c.credits.jobSlots };
          return { companyId: c.id, name: c.name, status: c.status, reasons, lockedUsers, credits };
        })
        .filter((r) => r.reasons.length > 0)
        .sort((a, b) => b.reasons.length - a.reasons.length || a.companyId - b.companyId);
      expect(result.accountsNeedingAttentionTotal).toBe(rows.length);
      expect(result.accountsNeedingAttention).toEqual(rows.slice(0, 20));
      const audit = db['audit-logs']
        .filter((e) => Date.parse(e.at) <= NOW)
        .sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.id - a.id)
        .map(({ changes: _changes, ...event }) => event);
      expect(result.recentAudit).toEqual(audit.slice(0, 10));
    });
  });

  it('exercises every rule (the stressed copy)', () => {
    if (label === 'the small seed') return;
    const health = run('account-health', '', { role: 'sales', companyId: null });
    expect(new Set([...health.top, ...health.atRisk].flatMap((h) => h.reasons))).toEqual(
      new Set(['falling', 'renewal', 'out-of-credits']),
    );
    expect(health.top.some((h) => h.components.features.includes('saved-views'))).toBe(true);
    const hints = [1, 2].flatMap((companyId) =>
      run('offer-health', '', { role: 'recruiter', companyId }).offers.map((o) => o.hint),
    );
    expect(new Set(hints)).toEqual(new Set(['no-salary', 'short-description', 'expiring', null]));
    const support = run('support', '', { role: 'support', companyId: null });
    expect(new Set(support.accountsNeedingAttention.flatMap((a) => a.reasons))).toEqual(
      new Set(['out-of-credits', 'suspended', 'locked-users']),
    );
    expect(support.recentAudit.length).toBe(10);
  });
});
