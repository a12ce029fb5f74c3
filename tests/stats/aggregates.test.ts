import { describe, expect, it } from 'vitest';
import { computeStats, resolveStatsQuery, type StatsCaller, type StatsData } from '../../mocks/domain/stats';
import type { StatsName } from '../../src/model/stats-types';
import { application, company, data, daysAgo, NOW, offer, user } from './fixtures';

const admin: StatsCaller = { role: 'admin', companyId: null };
function run<N extends StatsName>(name: N, d: StatsData, query = '', caller = admin) {
  const find = (id: number) => d.companies.find((c) => c.id === id);
  return computeStats(name, d, resolveStatsQuery(name, new URLSearchParams(query), caller, find, NOW));
}

describe('offers per bucket', () => {
  const d = data({
    offers: [
      offer(1, { publishedAt: '2026-10-05T10:00:00.000Z' }),
      offer(2, { publishedAt: '2026-10-05T23:59:59.000Z', closedAt: '2026-10-20T08:00:00.000Z' }),
      offer(3, { publishedAt: '2026-09-01T10:00:00.000Z', country: 'GB' }),
      offer(4, { publishedAt: null, status: 'draft' }),
      offer(5, {
        publishedAt: '2026-08-01T10:00:00.000Z',
        status: 'expired',
        expiresAt: '2026-10-06T10:00:00.000Z',
      }),
    ],
  });

  it('counts published and closed per day, inclusive of both ends', () => {
    const s = run('offers', d, 'from=2026-10-05&to=2026-10-20');
    expect(s.bucket).toBe('day');
    expect(s.buckets).toHaveLength(16);
    expect(s.buckets[0]).toMatchObject({ date: '2026-10-05', published: 2, closed: 0, expired: 0 });
    expect(s.buckets[15]).toMatchObject({ date: '2026-10-20', published: 0, closed: 1, expired: 0 });
    expect(s.totals).toEqual({ published: 2, closed: 1, expired: 1 });
  });

  it('averages each day over the 7 days ending on it, days before `from` included', () => {
    const s = run('offers', d, 'from=2026-10-08&to=2026-10-12');
    // Offers 1 and 2 were published on 5 October, before the period: the first days still see them.
    expect(s.buckets.map((b) => [b.date, b.published, b.publishedAverage7d])).toEqual([
      ['2026-10-08', 0, 0.29],
      ['2026-10-09', 0, 0.29],
      ['2026-10-10', 0, 0.29],
      ['2026-10-11', 0, 0.29],
      ['2026-10-12', 0, 0],
    ]);
    expect(s.totals.published).toBe(0);
    // A single day is a full week of data too.
    expect(run('offers', d, 'from=2026-10-05&to=2026-10-05').buckets[0].publishedAverage7d).toBe(0.29);
  });

  it('switches to Monday weeks past 92 days, the first one clamped to from', () => {
    const s = run('offers', d, 'from=2026-08-27&to=2026-12-31');
    expect(s.bucket).toBe('week');
    expect(s.buckets[0].date).toBe('2026-08-27'); // a Thursday
    expect(s.buckets[1].date).toBe('2026-08-31'); // the next Monday
    expect(s.buckets.find((b) => b.date === '2026-08-31')?.published).toBe(1); // 1 Sept
    expect(s.totals.published).toBe(3);
  });

  it('switches to months past a year, and filters by the offer country', () => {
    const s = run('offers', d, 'from=2025-06-15&to=2026-10-31&country=FR');
    expect(s.bucket).toBe('month');
    expect(s.buckets[0].date).toBe('2025-06-15');
    expect(s.buckets[1].date).toBe('2025-07-01');
    expect(s.buckets.find((b) => b.date === '2026-10-01')).toEqual({
      date: '2026-10-01',
      published: 2,
      closed: 1,
      expired: 1,
      publishedAverage7d: null, // averaged over days only
    });
    expect(s.totals.published).toBe(3);
  });
});

describe('funnel', () => {
  const applied = '2026-10-10T09:00:00.000Z';
  const d = data({
    applications: [
      application(1, ['new', 'screening', 'interview', 'technical', 'offer', 'hired'], applied),
      application(2, ['new', 'screening', 'rejected'], applied),
      application(3, ['new', 'screening', 'interview'], applied), // open: must not bias conversion
      application(4, ['new', 'interview', 'withdrawn'], applied), // skipped screening: still passed it
      application(5, ['new', 'hired'], '2026-09-01T09:00:00.000Z'), // applied before the range
    ],
  });

  it('counts reaching each stage and converts on the finished cohort only', () => {
    const s = run('funnel', d, 'from=2026-10-01&to=2026-10-31');
    expect(s).toMatchObject({
      total: 4,
      finished: 3,
      open: 1,
      exits: { hired: 1, rejected: 1, withdrawn: 1 },
      // A rejection stored without a category (before categories) counts as "other".
      rejections: { other: 1, salary: 0 },
    });
    const by = Object.fromEntries(s.stages.map((x) => [x.stage, x]));
    expect(by.screening).toEqual({ stage: 'screening', reached: 4, finishedReached: 3, conversion: 1 });
    expect(by.interview.reached).toBe(3);
    // Finished: 1 of 3 stopped at screening → 2/3; counting the open one would give 3/4.
    expect(by.interview.conversion).toBeCloseTo(2 / 3);
    expect(by.technical.conversion).toBeCloseTo(1 / 2);
    expect(by.hired).toMatchObject({ reached: 1, finishedReached: 1, conversion: 1 });
    expect(by.new.conversion).toBeNull();
  });
});

describe('time to hire', () => {
  const path = ['new', 'screening', 'interview', 'technical', 'offer', 'hired'] as const;
  const hiredAt = (days: number) =>
    new Date(Date.parse('2026-10-20T00:00:00.000Z') - days * 86_400_000).toISOString();
  // Five steps each: 1, 2 and 30 days in total (step = total / 5).
  const d = data({
    applications: [1, 2, 30].map((total, i) => application(i + 1, [...path], hiredAt(total), {}, total / 5)),
  });

  it('reports the median (not the mean), p75 and the histogram', () => {
    const s = run('time-to-hire', d, 'from=2026-10-01&to=2026-10-31');
    expect(s.hires).toBe(3);
    expect(s.medianDays).toBe(2); // the mean would be 11
    expect(s.p75Days).toBe(16); // interpolated between 2 and 30
    expect(s.distribution.slice(0, 4).map((b) => b.count)).toEqual([2, 0, 0, 1]);
    expect(s.distribution[3]).toMatchObject({ min: 30, max: 45 });
    expect(s.stages[0]).toEqual({ stage: 'new', medianDays: 0.4, count: 3 });
  });

  it('has no median without hires', () => {
    const s = run('time-to-hire', d, 'from=2026-01-01&to=2026-01-31');
    expect(s).toMatchObject({ hires: 0, medianDays: null, p75Days: null });
  });
});

describe('sources and kpis', () => {
  const d = data({
    companies: [
      company(1),
      company(2, { country: 'GB', currency: 'GBP', mrrCents: 5_000, createdAt: '2026-10-15T00:00:00.000Z' }),
    ],
    offers: [
      offer(1, { publishedAt: '2026-10-10T00:00:00.000Z' }),
      offer(2, { publishedAt: '2026-09-10T00:00:00.000Z' }),
    ],
    applications: [
      application(1, ['new', 'hired'], '2026-10-02T00:00:00.000Z', { source: 'referral' }),
      application(2, ['new', 'rejected'], '2026-10-03T00:00:00.000Z', { source: 'referral' }),
      application(3, ['new'], '2026-09-20T00:00:00.000Z', { source: 'linkedin' }),
    ],
  });

  it('gives applications, hires and hire rate per source', () => {
    const s = run('sources', d, 'from=2026-10-01&to=2026-10-31');
    expect(s.sources.find((x) => x.source === 'referral')).toEqual({
      source: 'referral',
      applications: 2,
      hires: 1,
      hireRate: 0.5,
    });
    expect(s.sources.find((x) => x.source === 'linkedin')).toMatchObject({ applications: 0, hireRate: null });
  });

  it('compares the range with the period of the same length before it', () => {
    const s = run('kpis', d, 'from=2026-10-01&to=2026-10-31');
    expect(s.previousRange).toEqual({ from: '2026-08-31', to: '2026-09-30' });
    expect(s.current).toEqual({
      offersPublished: 1,
      activeAccounts: 2,
      applications: 2,
      hires: 1,
      mrr: { EUR: 10_000, GBP: 5_000 },
    });
    expect(s.previous).toEqual({
      offersPublished: 1,
      activeAccounts: 1,
      applications: 1,
      hires: 0,
      mrr: { EUR: 10_000, GBP: 0 },
    });
  });
});

describe('accounts', () => {
  const d = data({
    companies: [
      company(1),
      company(2, { plan: 'starter', createdAt: '2026-09-10T00:00:00.000Z', mrrCents: 2_000 }),
      company(3, { status: 'churned', lastActivityAt: '2026-09-20T00:00:00.000Z', mrrCents: 7_000 }),
      company(4, { status: 'trial', plan: 'free', mrrCents: 0 }),
      company(5, { country: 'GB', currency: 'GBP', mrrCents: 3_000 }),
    ],
  });

  it('gives MRR per currency, new and churned accounts per month', () => {
    const s = run('accounts', d, 'from=2026-08-01&to=2026-10-31');
    expect(s.months).toEqual([
      { month: '2026-08', mrr: { EUR: 17_000, GBP: 3_000 }, active: 3, new: 0, churned: 0 },
      { month: '2026-09', mrr: { EUR: 12_000, GBP: 3_000 }, active: 3, new: 1, churned: 1 },
      { month: '2026-10', mrr: { EUR: 12_000, GBP: 3_000 }, active: 3, new: 0, churned: 0 },
    ]);
    expect(s.planMix).toEqual({ free: 1, starter: 1, pro: 2, enterprise: 0 });
    expect(s.statusMix).toEqual({ trial: 1, active: 3, suspended: 0, churned: 1 });
  });

  it('narrows to a country', () => {
    const s = run('accounts', d, 'from=2026-10-01&to=2026-10-31&country=GB');
    expect(s.months[0].mrr).toEqual({ EUR: 0, GBP: 3_000 });
  });
});

describe('account health', () => {
  const d = data({
    companies: [
      company(1, { renewalDate: daysAgo(-120).slice(0, 10), credits: { cvUnlocks: 20, jobSlots: 5 } }),
      company(2, { renewalDate: daysAgo(-10).slice(0, 10), credits: { cvUnlocks: 0, jobSlots: 0 } }),
    ],
    users: [
      user(1),
      user(2, { lastLoginAt: daysAgo(45) }),
      user(3, { status: 'invited', lastLoginAt: null }),
    ],
    offers: [1, 2, 3, 4, 5, 6].map((id) =>
      offer(id, { publishedAt: daysAgo(id * 3), createdAt: daysAgo(40) }),
    ),
    'credit-ledger': [1, 2, 3].map((id) => ({
      id,
      companyId: 1,
      kind: 'cvUnlocks' as const,
      delta: -1,
      balanceAfter: 20,
      action: 'cv_unlock' as const,
      rule: '',
      recordId: null,
      actorId: 1,
      reason: null,
      at: daysAgo(id),
    })),
    'saved-views': [],
  });

  it('returns each component beside the score', () => {
    const s = run('account-health', d);
    const acme = s.top.find((h) => h.companyId === 1);
    expect(acme?.components).toEqual({
      activeRecruiters: 1,
      recruiters: 2,
      offersPublished30d: 6,
      creditBurn30d: 3,
      creditsLeft: 20,
      daysOfCreditLeft: 200,
      daysToRenewal: 120,
      features: ['offers', 'unlocks'],
    });
    expect(acme?.points).toEqual({ recruiters: 10, offers: 20, credits: 20, renewal: 20, breadth: 10 });
    expect(acme?.score).toBe(80);
    expect(s.top.map((h) => h.companyId)).toEqual([1, 2]);
  });

  it('lists accounts renewing soon or out of credits as at risk, worst first', () => {
    const s = run('account-health', d);
    expect(s.atRisk.map((h) => h.companyId)).toEqual([2]);
    expect(s.atRisk[0].reasons).toEqual(['renewal', 'out-of-credits']);
    expect(s.atRiskTotal).toBe(1);
  });

  it('calls an account falling once it lost 10 points or more against 30 days earlier', () => {
    const move = (id: number, companyId: number) => ({
      id,
      version: 1,
      candidateId: 1,
      applicationId: 1,
      companyId,
      authorId: 1,
      type: 'stage_change' as const,
      body: '',
      fromStage: 'new' as const,
      toStage: 'screening' as const,
      scheduledAt: null,
      createdAt: daysAgo(40),
    });
    // Both moved cards 40 days ago; company 1 also drafted an offer then: 10 breadth points lost, 5 for 2.
    const s = run(
      'account-health',
      data({
        companies: [company(1), company(2)],
        offers: [offer(1, { status: 'draft', publishedAt: null, createdAt: daysAgo(40) })],
        activities: [move(1, 1), move(2, 2)],
      }),
    );
    expect(s.top.map((h) => [h.companyId, h.previousScore - h.score, h.reasons])).toEqual([
      [1, 10, ['falling']],
      [2, 5, []],
    ]);
  });
});

describe('offer health', () => {
  const peers = [0.01, 0.02, 0.2, 0.3].map((rate, i) =>
    offer(10 + i, { companyId: 2, views: 1000, applicationsCount: rate * 1000 }),
  );
  const d = data({
    companies: [company(1), company(2)],
    offers: [
      offer(1, { views: 1000, applicationsCount: 15, salaryMin: null, salaryMax: null }), // 1.5%: above 2 of 5
      offer(2, { views: 1000, applicationsCount: 5, description: '<p>short</p>' }), // 0.5%: lowest
      offer(3, { skills: ['Rust'], views: 10, applicationsCount: 1 }), // no peers
      offer(4, { publishedAt: daysAgo(40) }), // too old
      ...peers,
    ],
  });

  it('ranks each offer among peers, worst first, with one hint when lagging', () => {
    const s = run('offer-health', d, '', { role: 'recruiter', companyId: 1 });
    expect(s.total).toBe(3);
    expect(s.offers.map((o) => [o.offerId, o.percentile, o.lagging, o.hint])).toEqual([
      [2, 0, true, 'short-description'],
      [1, 40, true, 'no-salary'],
      [3, null, false, null],
    ]);
    expect(s.offers[0]).toMatchObject({ peers: 5, conversion: 0.005 });
  });
});

describe('recruiter and support dashboards', () => {
  const d = data({
    companies: [
      company(1),
      company(2, { status: 'suspended', credits: { cvUnlocks: 0, jobSlots: 0 } }),
      company(3),
    ],
    users: [user(1, { companyId: 2, status: 'locked' })],
    offers: [
      offer(1, { expiresAt: daysAgo(-3) }),
      offer(2, { applicationsCount: 0, publishedAt: daysAgo(6) }),
      offer(3, { applicationsCount: 0, publishedAt: daysAgo(2) }), // too recent
      offer(4, { status: 'paused' }),
      offer(5, { companyId: 2, status: 'paused' }),
    ],
    interviews: [1, 2].map((id) => ({
      id,
      version: 1,
      applicationId: id,
      candidateId: id,
      offerId: 1,
      companyId: 1,
      startsAt: daysAgo(-id),
      durationMinutes: 45,
      kind: 'video' as const,
      location: null,
      videoUrl: null,
      interviewerIds: [1],
      status: 'planned' as const,
    })),
  });

  it('lists the offers needing attention, most urgent first, and upcoming interviews', () => {
    const s = run('recruiter', d, '', { role: 'recruiter', companyId: 1 });
    expect(s.offersNeedingAttention.map((o) => [o.offerId, o.reason])).toEqual([
      [1, 'expiring'],
      [2, 'no-applicants'],
      [4, 'paused'],
    ]);
    expect(s.upcomingInterviews.map((i) => [i.interviewId, i.offerTitle])).toEqual([
      [1, 'Offer 1'],
      [2, 'Offer 1'],
    ]);
  });

  it('lists accounts needing support with their reasons', () => {
    const s = run('support', d, '', { role: 'support', companyId: null });
    expect(s.accountsNeedingAttention).toEqual([
      {
        companyId: 2,
        name: 'Company 2',
        status: 'suspended',
        reasons: ['out-of-credits', 'suspended', 'locked-users'],
        lockedUsers: 1,
        credits: { cvUnlocks: 0, jobSlots: 0 },
      },
    ]);
  });
});
