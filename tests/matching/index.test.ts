// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MatchIndex, OfferIndex, rankCandidates, rankOffers } from '../../mocks/domain/matching/engine';
import { candidate, offer, pool } from './builders';

const rustOffer = offer({ skills: ['Rust'] });
const topIds = (index: MatchIndex, limit = 3) =>
  rankCandidates(rustOffer, index, limit).map((m) => m.candidate.id);

function javaPool(): MatchIndex {
  // 20 Java developers: none of them shares a skill with a Rust offer.
  return new MatchIndex(pool(20, () => ({ skills: ['Java'] })));
}

describe('MatchIndex', () => {
  it('ranks a candidate added after the index was built', () => {
    const index = javaPool();
    expect(topIds(index)).not.toContain(50);
    index.add(candidate({ id: 50, skills: ['Rust'] }));
    expect(index.size).toBe(21);
    expect(topIds(index)[0]).toBe(50);
  });

  it('follows a skill change on update, in both directions', () => {
    const index = javaPool();
    index.update(candidate({ id: 7, skills: ['rust', 'Java'] }));
    expect(topIds(index)[0]).toBe(7);
    expect(index.size).toBe(20);
    index.update(candidate({ id: 7, skills: ['Java'] }));
    const ranked = rankCandidates(rustOffer, index, 1);
    expect(ranked[0].matchedSkills).toEqual([]);
  });

  it('forgets a removed candidate, and one updated as anonymised', () => {
    const index = javaPool();
    index.add(candidate({ id: 50, skills: ['Rust'] }));
    index.add(candidate({ id: 51, skills: ['Rust'] }));
    index.remove(50);
    index.update(candidate({ id: 51, skills: ['Rust'], anonymizedAt: '2026-10-01T00:00:00.000Z' }));
    expect(topIds(index, 25)).not.toContain(50);
    expect(topIds(index, 25)).not.toContain(51);
    expect(index.size).toBe(20);
  });

  it('reuses freed room without mixing records up', () => {
    const index = javaPool();
    for (let id = 1; id <= 10; id++) index.remove(id);
    index.add(candidate({ id: 60, skills: ['Rust'] }));
    index.add(candidate({ id: 61, skills: ['Java'] }));
    expect(index.get(60)?.record.skills).toEqual(['Rust']);
    expect(index.get(3)).toBeUndefined();
    expect(topIds(index, 1)).toEqual([60]);
    expect(index.size).toBe(12);
  });

  it('measures rarity on the current pool', () => {
    const index = new MatchIndex(pool(10, () => ({ skills: ['Java', 'SQL'] })));
    index.add(candidate({ id: 11, skills: ['Rust'] }));
    expect(index.idf('Rust')).toBeGreaterThan(index.idf('Java'));
    for (let id = 1; id <= 10; id++) index.update(candidate({ id, skills: ['Rust'] }));
    expect(index.idf('Rust')).toBeLessThan(index.idf('SQL'));
  });
});

describe('OfferIndex', () => {
  it('finds an offer added later and drops a removed one', () => {
    const index = new OfferIndex([offer({ id: 1, skills: ['Java'] })]);
    const c = candidate({ skills: ['Rust'] });
    index.add(offer({ id: 2, skills: ['Rust'] }));
    expect(rankOffers(c, index, 1)[0].offer.id).toBe(2);
    index.remove(2);
    expect(rankOffers(c, index, 5).map((m) => m.offer.id)).toEqual([1]);
  });
});
