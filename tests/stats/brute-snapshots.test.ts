import { describe, expect, it } from 'vitest';
import { generateDb } from '../../mocks/db/generate';
import { REFERENCE_DATE } from '../../mocks/db/types';
import { computeStats, resolveStatsQuery, type StatsCaller } from '../../mocks/domain/stats';
import type { StatsName } from '../../src/stats-types';
import type { Company, Offer } from '../../src/types';
import { appMatches, type Filter, offerById, within } from './brute';

/** The "as of now" endpoints (health, dashboards) recomputed by brute force over the small seed. */
const db = generateDb({ scale: 'small' });
const NOW = Date.parse(REFERENCE_DATE);
const DAY = 86_400_000;
const find = (id: number) => db.companies.find((c) => c.id === id);
const between = (iso: string | null, startMs: number, endMs: number) =>
  iso !== null && Date.parse(iso) >= startMs && Date.parse(iso) <= endMs;

function run<N extends StatsName>(name: N, params: string, caller: StatsCaller) {
  return computeStats(name, db, resolveStatsQuery(name, new URLSearchParams(params), caller, find, NOW));
}

/** In the current 30 days [now-30d, now], or the 30 before them [now-60d, now-30d). */
function inWindow(iso: string | null, previous: boolean): boolean {
  if (iso === null) return false;
  const t = Date.parse(iso);
  return previous ? t >= NOW - 60 * DAY && t < NOW - 30 * DAY : t >= NOW - 30 * DAY && t <= NOW;
}

/** The documented activity part of the health score (offers, credits, breadth), written out per company. */
function activityPoints(c: Company, previous: boolean): number {
  const offers = db.offers.filter((o) => o.companyId === c.id);
  const published = offers.filter((o) => inWindow(o.publishedAt, previous)).length;
  const created = offers.filter((o) => inWindow(o.createdAt, previous)).length;
  const ledger = db['credit-ledger'].filter((e) => e.companyId === c.id && e.kind === 'cvUnlocks');
  const burn = -ledger
    .filter((e) => e.action === 'cv_unlock' && inWindow(e.at, previous))
    .reduce((n, e) => n + e.delta, 0);
  const since = ledger.filter((e) => inWindow(e.at, false)).reduce((n, e) => n + e.delta, 0);
  const left = previous ? c.credits.cvUnlocks - since : c.credits.cvUnlocks;
  const moves = db.activities.some(
    (a) => a.companyId === c.id && a.type === 'stage_change' && inWindow(a.createdAt, previous),
  );
  const views = db['saved-views'].some((v) => v.companyId === c.id);
  const features = [published + created > 0, burn > 0, moves, views].filter(Boolean).length;
  const credits = left <= 0 ? 0 : burn <= 0 ? 8 : 12 + Math.round(8 * Math.min(1, left / (burn / 30) / 60));
  return Math.min(5, published) * 4 + credits + 5 * features;
}

describe.each([
  ['', { role: 'sales', companyId: null }],
  ['country=GB', { role: 'admin', companyId: null }],
  ['companyId=1', { role: 'support', companyId: null }],
] as Array<[string, StatsCaller]>)('account health "%s"', (params, caller) => {
  it('scores every account by the documented rule', () => {
    const result = run('account-health', params, caller);
    const q = new URLSearchParams(params);
    const companies = db.companies.filter(
      (c) =>
        c.status !== 'churned' &&
        (!q.get('country') || c.country === q.get('country')) &&
        (!q.get('companyId') || c.id === Number(q.get('companyId'))),
    );
    const today = Date.parse(REFERENCE_DATE.slice(0, 10));
    const rows = companies.map((c) => {
      const recruiters = db.users.filter(
        (u) => u.companyId === c.id && u.role === 'recruiter' && u.status !== 'invited',
      );
      const active = recruiters.filter(
        (u) => u.status === 'active' && between(u.lastLoginAt, NOW - 30 * DAY, NOW),
      );
      const days =
        c.renewalDate === null ? null : Math.round((Date.parse(c.renewalDate.slice(0, 10)) - today) / DAY);
      const snapshot =
        (recruiters.length ? Math.round((20 * active.length) / recruiters.length) : 0) +
        (days === null ? 10 : days < 0 ? 0 : Math.round(20 * Math.min(1, days / 90)));
      const score = snapshot + activityPoints(c, false);
      const previousScore = snapshot + activityPoints(c, true);
      const reasons = [
        score <= previousScore - 10 && 'falling',
        days !== null && days >= 0 && days <= 30 && 'renewal',
        c.credits.cvUnlocks <= 0 && 'out-of-credits',
      ].filter(Boolean);
      return { id: c.id, score, previousScore, reasons };
    });
    expect(result.scored).toBe(rows.length);
    const top = [...rows].sort((a, b) => b.score - a.score || a.id - b.id).slice(0, 10);
    expect(result.top.map((h) => [h.companyId, h.score, h.previousScore, h.reasons])).toEqual(
      top.map((r) => [r.id, r.score, r.previousScore, r.reasons]),
    );
    const risky = rows.filter((r) => r.reasons.length > 0);
    expect(result.atRiskTotal).toBe(risky.length);
    expect(result.atRisk.map((h) => h.companyId)).toEqual(
      risky
        .sort((a, b) => a.score - b.score || a.id - b.id)
        .slice(0, 20)
        .map((r) => r.id),
    );
    for (const h of result.top) {
      const p = h.points;
      expect(p.recruiters + p.offers + p.credits + p.renewal + p.breadth).toBe(h.score);
    }
  });
});

describe.each([1, 2])('dashboards of company %i', (companyId) => {
  const recruiter: StatsCaller = { role: 'recruiter', companyId };

  it('offer health: percentile among peers, worst first', () => {
    const result = run('offer-health', '', recruiter);
    const recent = db.offers.filter((o) => between(o.publishedAt, NOW - 30 * DAY, NOW));
    const conv = (o: Offer) => (o.views > 0 ? o.applicationsCount / o.views : 0);
    const own = recent.filter((o) => o.companyId === companyId);
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
      return { id: o.id, percentile, conv: conv(o), peers: peers.length };
    });
    rows.sort((a, b) => (a.percentile ?? 101) - (b.percentile ?? 101) || a.conv - b.conv || a.id - b.id);
    expect(result.total).toBe(own.length);
    expect(result.offers.map((o) => [o.offerId, o.percentile, o.peers])).toEqual(
      rows.slice(0, 50).map((r) => [r.id, r.percentile, r.peers]),
    );
  });

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
        (i) => i.companyId === companyId && i.status === 'planned' && between(i.startsAt, NOW, NOW + 7 * DAY),
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

describe('support dashboard', () => {
  it('lists accounts needing attention and the last audit events', () => {
    const result = run('support', '', { role: 'support', companyId: null });
    const rows = db.companies
      .filter((c) => c.status !== 'churned')
      .map((c) => {
        const locked = db.users.filter((u) => u.companyId === c.id && u.status === 'locked').length;
        const reasons = [c.credits.cvUnlocks <= 0, c.status === 'suspended', locked > 0].filter(
          Boolean,
        ).length;
        return { id: c.id, reasons };
      })
      .filter((r) => r.reasons > 0)
      .sort((a, b) => b.reasons - a.reasons || a.id - b.id);
    expect(result.accountsNeedingAttentionTotal).toBe(rows.length);
    expect(result.accountsNeedingAttention.map((a) => a.companyId)).toEqual(
      rows.slice(0, 20).map((r) => r.id),
    );
    const audit = db['audit-logs']
      .filter((e) => Date.parse(e.at) <= NOW)
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.id - a.id);
    expect(result.recentAudit.map((e) => e.id)).toEqual(audit.slice(0, 10).map((e) => e.id));
  });
});
