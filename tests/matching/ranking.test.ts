// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchIndex, rankCandidates, rankOffers, scoreMatch } from '../../mocks/domain/matching';
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
    const candidates = pool(20, (id) => ({ yearsOfExperience: id % 8, city: CITIES_FOR_TEST[id % 3] }));
    const ranked = rankCandidates(o, candidates, 20);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
    // Same skills everywhere: the pool's rarity does not change anything, so both scorings agree.
    for (const match of ranked) {
      const alone = scoreMatch(o, match.candidate);
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
