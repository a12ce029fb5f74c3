// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dcg, ndcg, recall } from '../tools/bench/matching-eval/evaluate';
import { HELD_OUT } from '../tools/bench/matching-eval/held-out-set';
import { build, type Half, splitSkills } from '../tools/bench/matching-eval/set';
import { TUNING } from '../tools/bench/matching-eval/tuning-set';

const BENCH = resolve(import.meta.dirname, '../tools/bench');
const family = (key: string) => key.replace(/-[ab]$/, '');

/** Every file a module reaches through relative imports. */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const [, spec] of source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    const base = resolve(dirname(entry), spec);
    const file = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find(existsSync);
    if (file) reachable(file, seen);
  }
  return seen;
}

describe('the labelled matching set', () => {
  it('holds at least 30 offers and 300 profiles, every family in both halves', () => {
    const halves: Half[] = [TUNING, HELD_OUT];
    expect(halves.reduce((n, h) => n + h.offers.length, 0)).toBeGreaterThanOrEqual(30);
    expect(halves.reduce((n, h) => n + h.profiles.length, 0)).toBeGreaterThanOrEqual(300);
    const families = (h: Half) => new Set(h.offers.map((o) => family(o.key)));
    expect([...families(HELD_OUT)].sort()).toEqual([...families(TUNING)].sort());
    for (const name of [
      'java',
      'data',
      'devops',
      'network',
      'security',
      'sap',
      'crm',
      'qa',
      'embedded',
      'po',
      'support',
    ])
      expect(
        [...families(TUNING)].some((f) => f.startsWith(name)),
        name,
      ).toBe(true);
  });

  it('grades every pair 0 to 3, each offer with profiles to find at every level', () => {
    for (const spec of [TUNING, HELD_OUT]) {
      const half = build(spec);
      for (const offer of half.offers) {
        const grades = half.candidates.map((c) => half.grade(offer.id, c.id));
        expect(grades.every((g) => Number.isInteger(g) && g >= 0 && g <= 3)).toBe(true);
        for (const grade of [3, 2, 1]) expect(grades, `${half.offerKey(offer.id)} ${grade}`).toContain(grade);
      }
    }
  });

  it('holds keyword-stuffed junior profiles (a year or less, 15 skills or more) as traps', () => {
    for (const spec of [TUNING, HELD_OUT]) {
      const traps = spec.profiles.filter((p) => p.years <= 1 && splitSkills(p.skills).length >= 15);
      expect(traps.length).toBeGreaterThanOrEqual(15);
      for (const trap of traps)
        expect(
          Math.max(...Object.values(trap.grades).map((g) => (Array.isArray(g) ? g[0] : g))),
        ).toBeLessThanOrEqual(1);
    }
  });

  it('tuning never reads the held-out half; the evaluation does', () => {
    const heldOut = resolve(BENCH, 'matching-eval/held-out-set.ts');
    expect(reachable(resolve(BENCH, 'matching-tune.ts')).has(heldOut)).toBe(false);
    expect(reachable(resolve(BENCH, 'matching-quality.ts')).has(heldOut)).toBe(true);
  });
});

describe('the evaluation metrics', () => {
  it('NDCG@10 is 1 for the ideal order and lower when a better profile is ranked lower', () => {
    expect(ndcg([3, 2, 1, 0], [0, 1, 2, 3])).toBe(1);
    expect(ndcg([2, 3], [3, 2])).toBeCloseTo(dcg([2, 3]) / dcg([3, 2]));
    expect(ndcg([2, 3], [3, 2]) ?? 1).toBeLessThan(1);
    expect(ndcg([0, 0], [0, 0])).toBeNull();
  });

  it('recall@10 is the share of the pairs graded 2 or more that made the top ten', () => {
    expect(recall([3, 0, 1], [3, 2, 1, 0])).toBe(0.5);
    expect(recall([1], [1, 0])).toBeNull();
  });
});
