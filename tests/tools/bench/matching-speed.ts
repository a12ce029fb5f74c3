/**
 * Speed of rankCandidates at the `large` scale (100,000 candidates): the index is built once, then
 * ~50 published offers are ranked (top 10) and timed one by one.
 *
 *   node --expose-gc --max-old-space-size=6000 --import tsx tests/tools/bench/matching-speed.ts
 *   node --import tsx tests/tools/bench/matching-speed.ts --synthetic   # 100k synthetic candidates, no seed
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Random } from '../../../mocks/db/random';
import { REFERENCE_DATE } from '../../../mocks/db/types';
import { MatchIndex, rankCandidates } from '../../../mocks/domain/matching/engine';
import { SKILLS } from '../../../src/model/skills';
import type { Candidate, Offer } from '../../../src/model/types';
import { candidate, offer } from '../../matching/builders';

export interface SpeedFigures {
  source: 'large seed' | 'synthetic';
  candidates: number;
  offers: number;
  indexBuildMs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** CPU time of the process (user), less sensitive than wall time to a busy machine. */
  cpuMedianMs: number;
  cpuP95Ms: number;
}

const OFFERS = 50;
const LIMIT = 10;

async function loadPool(
  synthetic: boolean,
): Promise<{ source: SpeedFigures['source']; candidates: Candidate[]; offers: Offer[] }> {
  if (!synthetic) {
    const { generateDb } = await import('../../../mocks/db/generate');
    const db = generateDb({ scale: 'large' });
    const published = db.offers.filter((o) => o.status === 'published');
    const step = Math.max(1, Math.floor(published.length / OFFERS));
    const offers = Array.from({ length: OFFERS }, (_, i) => published[(i * step) % published.length]);
    return { source: 'large seed', candidates: db.candidates, offers };
  }
  return { source: 'synthetic', ...syntheticPool(100_000) };
}

/** Deterministic stand-in for the seed: skills drawn by market frequency, FR/GB cities. */
function syntheticPool(size: number): { candidates: Candidate[]; offers: Offer[] } {
  const random = new Random(7);
  const names = SKILLS.map((s) => s.name);
  const weights = SKILLS.map((s) => s.weight);
  const cities: Array<[string, 'FR' | 'GB']> = [
    ['Paris', 'FR'],
    ['Lyon', 'FR'],
    ['Nantes', 'FR'],
    ['Lille', 'FR'],
    ['London', 'GB'],
    ['Manchester', 'GB'],
  ];
  const skills = (n: number) => Array.from({ length: n }, () => random.weighted(names, weights));
  const candidates = Array.from({ length: size }, (_, i) => {
    const [city, country] = random.pick(cities);
    return candidate({
      id: i + 1,
      skills: skills(random.int(3, 10)),
      yearsOfExperience: random.int(0, 20),
      city,
      country,
      currency: country === 'FR' ? 'EUR' : 'GBP',
      remote: random.pick(['none', 'partial', 'full'] as const),
      desiredSalary: random.int(30, 90) * 1000,
      summary: `Experienced with ${skills(2).join(' and ')}.`,
    });
  });
  const offers = Array.from({ length: OFFERS }, (_, i) => {
    const [city, country] = random.pick(cities);
    return offer({
      id: i + 1,
      skills: skills(random.int(3, 8)),
      city,
      country,
      remote: random.pick(['none', 'partial', 'full'] as const),
    });
  });
  return { candidates, offers };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function run(options: { synthetic?: boolean } = {}): Promise<SpeedFigures> {
  const { source, candidates, offers } = await loadPool(options.synthetic ?? false);
  const startBuild = performance.now();
  const index = new MatchIndex(candidates);
  const indexBuildMs = performance.now() - startBuild;
  // With --expose-gc: collect the rest of the seed now rather than in the middle of a timing.
  (globalThis as { gc?: () => void }).gc?.();
  const now = REFERENCE_DATE;
  // Warm-up: let the JIT compile the hot loop before measuring.
  for (const o of offers.slice(0, 10)) rankCandidates(o, index, LIMIT, { now });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const o of offers) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    rankCandidates(o, index, LIMIT, { now });
    wall.push(performance.now() - start);
    cpu.push(process.cpuUsage(startCpu).user / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    source,
    candidates: index.size,
    offers: offers.length,
    indexBuildMs: Math.round(indexBuildMs),
    medianMs: round(percentile(wall, 50)),
    p95Ms: round(percentile(wall, 95)),
    maxMs: round(wall[wall.length - 1]),
    cpuMedianMs: round(percentile(cpu, 50)),
    cpuP95Ms: round(percentile(cpu, 95)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run({ synthetic: process.argv.includes('--synthetic') }).then((figures) => console.table(figures));
}
