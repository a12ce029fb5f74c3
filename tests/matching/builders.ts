import type { Candidate, Offer } from '../../src/model/types';

/** Records for hand-made matching cases: a neutral default, overridden field by field. */
export function offer(overrides: Partial<Offer> = {}): Offer {
  return {
    id: 1,
    version: 1,
    externalRef: null,
    reference: 'TIT-2026-000001',
    title: 'Développeur React',
    companyId: 1,
    recruiterId: 1,
    contractType: 'permanent',
    city: 'Lyon',
    country: 'FR',
    remote: 'none',
    salaryMin: 45000,
    salaryMax: 55000,
    dailyRateMin: null,
    dailyRateMax: null,
    currency: 'EUR',
    ir35: null,
    skills: ['React', 'TypeScript'],
    experienceLevel: 'intermediate',
    description: '<p>Offer</p>',
    status: 'published',
    publishedAt: '2026-10-01T09:00:00.000Z',
    closedAt: null,
    expiresAt: '2026-12-01T09:00:00.000Z',
    views: 0,
    applicationsCount: 0,
    createdAt: '2026-10-01T09:00:00.000Z',
    ...overrides,
  };
}

export function candidate(overrides: Partial<Candidate> = {}): Candidate {
  const id = overrides.id ?? 1;
  return {
    id,
    version: 1,
    firstName: 'Camille',
    lastName: `Martin${id}`,
    email: `camille${id}@example.test`,
    phone: null,
    linkedinUrl: null,
    headline: 'Développeuse React / TypeScript',
    skills: ['React', 'TypeScript'],
    yearsOfExperience: 3,
    city: 'Lyon',
    country: 'FR',
    remote: 'partial',
    availableFrom: '2026-10-01', // available at the reference date
    desiredSalary: 50000,
    desiredDailyRate: null,
    currency: 'EUR',
    contractTypes: ['permanent'],
    source: 'free-work',
    summary: '',
    tags: [],
    consentAt: null,
    lastActivityAt: null,
    anonymizedAt: null,
    createdAt: '2026-01-01T09:00:00.000Z',
    ownerCompanyId: null,
    ...overrides,
  };
}

/** `count` candidates with ids from `firstId`, each built by `make(id)`. */
export function pool(count: number, make: (id: number) => Partial<Candidate>, firstId = 1): Candidate[] {
  return Array.from({ length: count }, (_, i) => candidate({ id: firstId + i, ...make(firstId + i) }));
}

export const CITIES_FOR_TEST = ['Lyon', 'Paris', 'Lille'] as const;
