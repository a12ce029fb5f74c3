// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreMatch, WEIGHTS } from '../../mocks/domain/matching/engine';
import type { MatchReason } from '../../src/model/types';
import { candidate, offer } from './builders';

const NOW = '2026-11-02T09:00:00.000Z';

function reason(reasons: MatchReason[], key: string): MatchReason | undefined {
  return reasons.find((r) => r.key === `matching.reasons.${key}`);
}

describe('scoreMatch', () => {
  it('gives 100 to a candidate who fits on every signal, as an integer', () => {
    const result = scoreMatch(offer(), candidate(), { now: NOW });
    expect(result.score).toBe(100);
    expect(result.reasons.every((r) => r.positive)).toBe(true);
    expect(result.missingSkills).toEqual([]);
  });

  it('keeps every score an integer within 0..100', () => {
    const worst = candidate({
      headline: 'Comptable',
      skills: ['COBOL'],
      yearsOfExperience: 0,
      remote: 'full',
      city: 'London',
      country: 'GB',
      desiredSalary: 200000,
      contractTypes: ['freelance'],
      availableFrom: '2028-01-01',
    });
    const result = scoreMatch(offer({ experienceLevel: 'lead' }), worst, { now: NOW });
    expect(result.score).toBe(0);
    expect(Number.isInteger(scoreMatch(offer(), candidate({ skills: ['React'] })).score)).toBe(true);
  });

  it('weights add up to 100', () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('skills signal', () => {
  it('folds aliases, case, punctuation and versions on both sides', () => {
    const o = offer({ skills: ['ReactJS', 'TS', 'k8s', 'Postgres', 'Golang', 'Java 21', 'node.js'] });
    const c = candidate({
      skills: ['React', 'typescript', 'Kubernetes', 'PostgreSQL', 'Go', 'Java', 'NodeJS'],
    });
    const result = scoreMatch(o, c);
    expect(result.matchedSkills).toEqual([
      'React',
      'TypeScript',
      'Kubernetes',
      'PostgreSQL',
      'Go',
      'Java',
      'Node.js',
    ]);
    expect(result.missingSkills).toEqual([]);
  });

  it('names the skills matched and missing', () => {
    const result = scoreMatch(
      offer({ skills: ['React', 'GraphQL', 'Rust'] }),
      candidate({ skills: ['React'] }),
    );
    expect(result.missingSkills).toEqual(['GraphQL', 'Rust']);
    expect(reason(result.reasons, 'skillsMatched')?.values).toMatchObject({
      skills: 'React',
      count: 1,
      total: 3,
    });
    expect(reason(result.reasons, 'skillsMissing')).toMatchObject({
      positive: false,
      values: { skills: 'GraphQL, Rust', count: 2 },
    });
  });

  it('counts a skill written only in the headline or summary partially', () => {
    const o = offer({ skills: ['React', 'Kubernetes'] });
    const listed = scoreMatch(o, candidate({ skills: ['React', 'Kubernetes'] })).score;
    const inText = scoreMatch(o, candidate({ skills: ['React'], summary: 'Deployed our apps on k8s.' }));
    const absent = scoreMatch(o, candidate({ skills: ['React'] })).score;
    expect(inText.score).toBeLessThan(listed);
    expect(inText.score).toBeGreaterThan(absent);
    expect(reason(inText.reasons, 'skillsInProfileText')?.values).toMatchObject({ skills: 'Kubernetes' });
  });

  it('does not read ordinary words as skills', () => {
    const c = candidate({
      skills: [],
      summary: 'Ready to go, I take the rest of the express train in spring.',
    });
    const result = scoreMatch(offer({ skills: ['Go', 'REST', 'Express', 'Spring'] }), c);
    expect(result.matchedSkills).toEqual([]);
  });

  it('weights a rare skill more than a common one', () => {
    const o = offer({ skills: ['JavaScript', 'Rust'] });
    const rare = scoreMatch(o, candidate({ skills: ['Rust'] })).score;
    const common = scoreMatch(o, candidate({ skills: ['JavaScript'] })).score;
    expect(rare).toBeGreaterThan(common);
  });
});

describe('seniority signal', () => {
  it('prefers years within the level, says when below', () => {
    const o = offer({ experienceLevel: 'senior' });
    const fits = scoreMatch(o, candidate({ yearsOfExperience: 7 }));
    const below = scoreMatch(o, candidate({ yearsOfExperience: 2 }));
    expect(fits.score).toBeGreaterThan(below.score);
    expect(reason(below.reasons, 'seniorityBelow')).toMatchObject({
      positive: false,
      values: { years: 2, min: 5 },
    });
    expect(reason(fits.reasons, 'seniorityFits')?.positive).toBe(true);
  });

  it('penalises over-qualification only mildly', () => {
    const o = offer({ experienceLevel: 'junior' });
    const over = scoreMatch(o, candidate({ yearsOfExperience: 15 })).score;
    const under = scoreMatch(offer({ experienceLevel: 'lead' }), candidate({ yearsOfExperience: 1 })).score;
    expect(
      reason(scoreMatch(o, candidate({ yearsOfExperience: 15 })).reasons, 'seniorityAbove'),
    ).toBeDefined();
    expect(over).toBeGreaterThan(under);
  });
});

describe('location and remote signal', () => {
  it('ranks same city over same country over other country for on-site work', () => {
    const o = offer({ remote: 'none', city: 'Lyon' });
    const lyon = scoreMatch(o, candidate({ city: 'lyon' })).score;
    const paris = scoreMatch(o, candidate({ city: 'Paris' })).score;
    const london = scoreMatch(
      o,
      candidate({ city: 'London', country: 'GB', currency: 'GBP', desiredSalary: 42000 }),
    );
    expect(lyon).toBeGreaterThan(paris);
    expect(paris).toBeGreaterThan(london.score);
    expect(reason(london.reasons, 'otherCountry')?.positive).toBe(false);
  });

  it('explains a remote-only candidate against an on-site offer', () => {
    const result = scoreMatch(
      offer({ remote: 'none', city: 'Lyon' }),
      candidate({ remote: 'full', city: 'Lyon' }),
    );
    expect(reason(result.reasons, 'remoteOnlyOnSite')).toEqual({
      kind: 'remote',
      key: 'matching.reasons.remoteOnlyOnSite',
      values: { city: 'Lyon' },
      positive: false,
    });
    expect(result.score).toBe(100 - WEIGHTS.location);
  });

  it('does not care where a candidate lives for a fully remote offer in their country', () => {
    const o = offer({ remote: 'full', city: 'Lyon' });
    expect(scoreMatch(o, candidate({ city: 'Brest' })).score).toBe(
      scoreMatch(o, candidate({ city: 'Lyon' })).score,
    );
    expect(reason(scoreMatch(o, candidate()).reasons, 'offerFullRemote')?.positive).toBe(true);
  });
});

describe('pay signal', () => {
  it('says how far above the range a salary expectation is', () => {
    const result = scoreMatch(
      offer({ salaryMin: 45000, salaryMax: 55000 }),
      candidate({ desiredSalary: 66000 }),
    );
    expect(reason(result.reasons, 'payAboveRange')).toMatchObject({
      positive: false,
      values: { percent: 20 },
    });
    expect(result.score).toBeLessThan(scoreMatch(offer(), candidate({ desiredSalary: 55000 })).score);
  });

  it('converts currencies at the stated fixed rate', () => {
    // 50,000 GBP = 58,500 EUR: inside a 50-60k EUR range, above a 45-55k one.
    const c = candidate({ desiredSalary: 50000, currency: 'GBP' });
    expect(
      reason(scoreMatch(offer({ salaryMin: 50000, salaryMax: 60000 }), c).reasons, 'payInRange')?.values,
    ).toMatchObject({
      amount: 58500,
      currency: 'EUR',
    });
    expect(reason(scoreMatch(offer(), c).reasons, 'payAboveRange')?.values).toMatchObject({ percent: 6 });
  });

  it('compares daily rates for freelance offers', () => {
    const o = offer({
      contractType: 'freelance',
      salaryMin: null,
      salaryMax: null,
      dailyRateMin: 500,
      dailyRateMax: 600,
    });
    const c = candidate({ contractTypes: ['freelance'], desiredSalary: null, desiredDailyRate: 750 });
    expect(reason(scoreMatch(o, c).reasons, 'payAboveRange')?.values).toMatchObject({
      percent: 25,
      period: 'day',
    });
  });
});

describe('contract and availability signals', () => {
  it('penalises a contract type the candidate does not want', () => {
    const result = scoreMatch(
      offer({ contractType: 'permanent' }),
      candidate({ contractTypes: ['freelance'] }),
    );
    expect(reason(result.reasons, 'contractMismatch')?.positive).toBe(false);
    expect(result.score).toBe(100 - WEIGHTS.contract);
  });

  it('reads availability against the given now, never the wall clock', () => {
    const c = candidate({ availableFrom: '2026-11-23' });
    const early = scoreMatch(offer(), c, { now: NOW });
    expect(reason(early.reasons, 'availableIn')?.values).toMatchObject({ weeks: 3, days: 21 });
    const later = scoreMatch(offer(), c, { now: '2026-11-24T00:00:00.000Z' });
    expect(reason(later.reasons, 'availableNow')?.positive).toBe(true);
    const far = scoreMatch(offer(), candidate({ availableFrom: '2027-04-01' }), { now: NOW });
    expect(far.score).toBeLessThan(early.score);
    expect(reason(far.reasons, 'availableIn')?.positive).toBe(false);
  });
});
