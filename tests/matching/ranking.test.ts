// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchIndex, rankCandidates, rankOffers, scoreMatch } from '../../mocks/domain/matching/engine';
import { CITIES_FOR_TEST, candidate, offer, pool } from './builders';

const ids = (matches: Array<{ candidate: { id: number } }>) => matches.map((m) => m.candidate.id);

describe('rankCandidates on hand-made cases', () => {
  it('puts an exact skill match before a partial one', () => {
    const o = offer({ skills: ['React', 'TypeScript', 'GraphQL'] });
    const candidates = [
      candidate({ id: 1, skills: ['React'] }),
      candidate({ id: 2, skills: ['React', 'TypeScript', 'GraphQL'] }),
      candidate({ id: 3, skills: ['React', 'TypeScript'] }),
    ];
    expect(ids(rankCandidates(o, candidates, 3))).toEqual([2, 3, 1]);
  });

  it('puts the same city before the same country before another country for on-site work', () => {
    const o = offer({ remote: 'none', city: 'Bordeaux' });
    const candidates = [
      candidate({ id: 1, city: 'London', country: 'GB', currency: 'GBP', desiredSalary: 40000 }),
      candidate({ id: 2, city: 'Paris' }),
      candidate({ id: 3, city: 'Bordeaux' }),
    ];
    expect(ids(rankCandidates(o, candidates, 3))).toEqual([3, 2, 1]);
  });

  it('puts the holder of a rare required skill before the holder of a ubiquitous one', () => {
    const o = offer({ skills: ['JavaScript', 'Elixir'] });
    // Everybody in this pool knows JavaScript; one person knows Elixir.
    const candidates = [
      ...pool(50, () => ({ skills: ['JavaScript', 'CSS'] }), 10),
      candidate({ id: 100, skills: ['Elixir'] }),
    ];
    const ranked = rankCandidates(o, candidates, 5);
    expect(ranked[0].candidate.id).toBe(100);
    expect(ranked[0].matchedSkills).toEqual(['Elixir']);
  });

  it('returns the scores and reasons scoreMatch would give, best first', () => {
    const o = offer();
    const index = new MatchIndex(
      pool(20, (id) => ({ yearsOfExperience: id % 8, city: CITIES_FOR_TEST[id % 3] })),
    );
    const ranked = rankCandidates(o, index, 20);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
    // Scored alone with the same rarity, a pair gets the same score and reasons as in the ranking.
    for (const match of ranked) {
      const alone = scoreMatch(o, match.candidate, { idf: index.idf });
      expect(match.score).toBe(alone.score);
      expect(match.reasons).toEqual(alone.reasons);
    }
  });

  it('keeps only `limit` results and breaks ties by id', () => {
    const twins = pool(30, () => ({}), 1).reverse();
    const ranked = rankCandidates(offer(), twins, 5);
    expect(ids(ranked)).toEqual([1, 2, 3, 4, 5]);
    expect(rankCandidates(offer(), twins, 0)).toEqual([]);
  });

  it('never ranks an anonymised profile', () => {
    const candidates = [candidate({ id: 1, anonymizedAt: '2026-10-01T00:00:00.000Z' }), candidate({ id: 2 })];
    expect(ids(rankCandidates(offer(), candidates, 10))).toEqual([2]);
  });

  it('still ranks candidates when nobody shares a skill with the offer', () => {
    const o = offer({ skills: ['COBOL'] });
    const ranked = rankCandidates(
      o,
      pool(5, (id) => ({ city: id === 4 ? 'Lyon' : 'Paris' })),
      3,
    );
    expect(ranked).toHaveLength(3);
    expect(ranked[0].candidate.id).toBe(4);
    expect(ranked[0].missingSkills).toEqual(['COBOL']);
  });

  it('gives the same top k as ranking everybody and cutting (bounded heap and pruning are exact)', () => {
    const skillSets = [
      ['React'],
      ['React', 'TypeScript'],
      ['TypeScript', 'Node.js'],
      ['Vue.js'],
      ['React', 'Docker'],
    ];
    const arb = fc.record({
      size: fc.integer({ min: 1, max: 60 }),
      limit: fc.integer({ min: 1, max: 15 }),
      salt: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(arb, ({ size, limit, salt }) => {
        const index = new MatchIndex(
          pool(size, (id) => ({
            skills: skillSets[(id * 7 + salt) % skillSets.length],
            yearsOfExperience: (id * 3 + salt) % 12,
            city: CITIES_FOR_TEST[(id + salt) % CITIES_FOR_TEST.length],
            desiredSalary: 40000 + ((id * 997 + salt) % 30000),
          })),
        );
        const o = offer({ skills: ['React', 'TypeScript', 'Docker'] });
        const all = rankCandidates(o, index, size);
        expect(ids(rankCandidates(o, index, limit))).toEqual(ids(all).slice(0, limit));
      }),
      { numRuns: 60 },
    );
  });
});

describe('rankOffers', () => {
  it('ranks the offers a candidate fits best first, with the same score as scoreMatch', () => {
    const c = candidate({ skills: ['Python', 'Django'], city: 'Nantes', contractTypes: ['permanent'] });
    const offers = [
      offer({ id: 1, skills: ['Java', 'Spring Boot'], city: 'Nantes' }),
      offer({ id: 2, skills: ['Python', 'Django'], city: 'Nantes' }),
      offer({ id: 3, skills: ['Python', 'Django'], city: 'Lille' }),
      offer({ id: 4, skills: ['Python', 'Django'], city: 'Nantes', contractType: 'freelance' }),
    ];
    const ranked = rankOffers(c, offers, 4);
    expect(ranked.map((m) => m.offer.id)).toEqual([2, 3, 4, 1]);
    expect(ranked[0].score).toBe(scoreMatch(offers[1], c).score);
  });
});

describe('depth over keyword lists (issue 18)', () => {
  // A junior listing the offer's exact strings plus a dozen others, against people who hold the
  // same skills for years under the spellings they actually write.
  const stuffed = (id: number) =>
    candidate({
      id,
      headline: 'Développeur Java Junior',
      skills: [
        'Java 17',
        'Spring Boot',
        'Kafka',
        'PostgreSQL',
        'Docker',
        'Kubernetes',
        'React',
        'Angular',
        'Python',
        'AWS',
        'Azure',
        'MongoDB',
        'Terraform',
        'Jenkins',
        'Scrum',
        'Figma',
      ],
      yearsOfExperience: 1,
    });
  const experienced = (id: number, years: number) =>
    candidate({
      id,
      headline: 'Développeur back-end Java / Spring',
      skills: ['JAVA 11/17', 'springboot', 'Apache Kafka', 'Postgres', 'docker-compose', 'k8s'],
      yearsOfExperience: years,
    });
  const javaOffer = (level: 'intermediate' | 'senior') =>
    offer({
      title: 'Développeur Java Spring Boot H/F',
      skills: ['Java 17', 'Spring Boot', 'Kafka', 'PostgreSQL', 'Docker', 'Kubernetes'],
      experienceLevel: level,
      description: '<p>Microservices Java / Spring Boot, Kafka, PostgreSQL, Kubernetes.</p>',
    });

  it.each([
    ['intermediate', 4],
    ['senior', 5],
  ] as const)(
    'ranks %s offers’ experienced profiles (%i years, other spellings) above a keyword-stuffed junior',
    (level, years) => {
      const ranked = rankCandidates(
        javaOffer(level),
        [stuffed(1), experienced(2, years), experienced(3, years + 2)],
        3,
      );
      expect(ids(ranked).indexOf(1)).toBe(2);
      const junior = ranked.find((m) => m.candidate.id === 1);
      expect(junior?.reasons.some((r) => r.key === 'matching.reasons.seniorityBelow')).toBe(true);
    },
  );

  it('reads the job in the headline: a sysadmin before a developer listing the same skills', () => {
    const o = offer({
      title: 'Administrateur Systèmes Windows / VMware',
      skills: ['Windows Server', 'VMware', 'PowerShell'],
    });
    const skills = ['Windows Server', 'VMware', 'PowerShell'];
    const ranked = rankCandidates(
      o,
      [
        candidate({ id: 1, headline: 'Développeur C#', skills }),
        candidate({ id: 2, headline: 'Administrateur systèmes', skills }),
      ],
      2,
    );
    expect(ids(ranked)).toEqual([2, 1]);
    expect(ranked[0].reasons.find((r) => r.kind === 'text')).toMatchObject({
      key: 'matching.reasons.textMatches',
      positive: true,
    });
  });

  it('holds the offer to the years its description states', () => {
    const o = offer({ experienceLevel: 'senior', description: "<p>8 ans d'expérience SAP FI/CO.</p>" });
    const result = scoreMatch(o, candidate({ yearsOfExperience: 6 }));
    expect(result.reasons.find((r) => r.kind === 'seniority')).toMatchObject({
      key: 'matching.reasons.seniorityBelow',
      values: { years: 6, min: 8 },
    });
  });
});

describe('scores that spread and say why', () => {
  // Thirty plausible React profiles that differ in depth, place, pay, timing and what they write.
  const words = ['React', 'TypeScript', 'Redux', 'Jest', 'Next.js', 'accessibilité', 'design system'];
  const profiles = pool(30, (id) => ({
    headline: id % 3 === 0 ? 'Développeur Front-End React' : 'Développeur JavaScript',
    summary: `Front depuis ${1 + (id % 7)} ans : ${words.filter((_, i) => (id >> i) & 1).join(', ')}.`,
    skills: ['React', 'TypeScript', 'Redux', 'Jest', 'CSS'].slice(0, 2 + (id % 4)),
    yearsOfExperience: 1 + (id % 7),
    city: CITIES_FOR_TEST[id % 3],
    desiredSalary: 44000 + (id % 5) * 3000,
    availableFrom: `2026-${String(10 + (id % 3)).padStart(2, '0')}-15`,
  }));
  const o = offer({
    title: 'Développeur Front-End React / TypeScript',
    skills: ['React', 'TypeScript', 'Redux', 'Jest'],
    description: '<p>Interfaces React / TypeScript, état Redux, tests Jest, rendu serveur Next.js.</p>',
  });

  it('gives the top ten distinct scores, not a wall of 100/100', () => {
    const ranked = rankCandidates(o, profiles, 10);
    expect(new Set(ranked.map((m) => m.score)).size).toBeGreaterThanOrEqual(6);
    expect(ranked[0].score).toBeGreaterThan(ranked[9].score);
    expect(ranked.filter((m) => m.score === 100).length).toBeLessThanOrEqual(1);
  });

  it('breaks each score into points per signal that add up to it', () => {
    for (const match of rankCandidates(o, profiles, 10)) {
      const sum = Object.values(match.points).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - match.score)).toBeLessThanOrEqual(1);
    }
    const [first, , , , , , , , , tenth] = rankCandidates(o, profiles, 10);
    const gaps = Object.keys(first.points).filter(
      (s) => first.points[s as keyof typeof first.points] > tenth.points[s as keyof typeof tenth.points],
    );
    expect(gaps.length).toBeGreaterThan(0);
  });
});
