import type { StatsData } from '../../mocks/domain/stats';
import type { Application, Company, Offer, Stage, User } from '../../src/model/types';

/** Hand-made rows for the stats unit tests: only what the aggregates read, with overridable defaults. */
export const NOW = Date.parse('2026-11-02T09:00:00.000Z');
export const daysAgo = (days: number, from = NOW): string => new Date(from - days * 86_400_000).toISOString();

export function company(id: number, over: Partial<Company> = {}): Company {
  return {
    id,
    version: 1,
    name: `Company ${id}`,
    legalId: '123456789',
    country: 'FR',
    city: 'Paris',
    website: null,
    sector: 'IT',
    size: '11-50',
    plan: 'pro',
    mrrCents: 10_000,
    currency: 'EUR',
    credits: { cvUnlocks: 10, jobSlots: 5 },
    status: 'active',
    statusReason: null,
    salesOwnerId: null,
    contactName: null,
    contactEmail: null,
    billingEmail: null,
    billingAddress: null,
    phone: null,
    renewalDate: null,
    createdAt: daysAgo(400),
    lastActivityAt: daysAgo(1),
    ...over,
  };
}

export function offer(id: number, over: Partial<Offer> = {}): Offer {
  return {
    id,
    version: 1,
    externalRef: null,
    reference: `TIT-2026-${String(id).padStart(6, '0')}`,
    title: `Offer ${id}`,
    companyId: 1,
    recruiterId: 10,
    contractType: 'permanent',
    city: 'Paris',
    country: 'FR',
    remote: 'none',
    salaryMin: 45_000,
    salaryMax: 55_000,
    dailyRateMin: null,
    dailyRateMax: null,
    currency: 'EUR',
    ir35: null,
    skills: ['React'],
    experienceLevel: 'senior',
    description: `<p>${'x'.repeat(900)}</p>`,
    status: 'published',
    publishedAt: daysAgo(10),
    closedAt: null,
    expiresAt: daysAgo(-30),
    views: 100,
    applicationsCount: 10,
    createdAt: daysAgo(12),
    ...over,
  };
}

/** An application whose history walks `path`, one step every `stepDays` from appliedAt. */
export function application(
  id: number,
  path: Stage[],
  appliedAt: string,
  over: Partial<Application> = {},
  stepDays = 1,
): Application {
  const start = Date.parse(appliedAt);
  const history = path.map((stage, i) => ({
    stage,
    at: new Date(start + i * stepDays * 86_400_000).toISOString(),
  }));
  const last = history[history.length - 1];
  return {
    id,
    version: 1,
    candidateId: id,
    offerId: 1,
    companyId: 1,
    recruiterId: 10,
    stage: last.stage,
    position: 0,
    rating: null,
    rejectionCategory: null,
    rejectionReason: null,
    source: 'linkedin',
    appliedAt,
    stageChangedAt: last.at,
    history,
    ...over,
  };
}

export function user(id: number, over: Partial<User> = {}): User {
  return {
    id,
    version: 1,
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: `u${id}@example.test`,
    role: 'recruiter',
    companyId: 1,
    status: 'active',
    locale: null,
    lastLoginAt: daysAgo(2),
    createdAt: daysAgo(300),
    ...over,
  };
}

export function data(over: Partial<StatsData> = {}): StatsData {
  return {
    companies: [company(1)],
    users: [],
    offers: [],
    applications: [],
    activities: [],
    interviews: [],
    'saved-views': [],
    'credit-ledger': [],
    'audit-logs': [],
    boards: [],
    'offer-publications': [],
    ...over,
  };
}
