import { describe, expect, it } from 'vitest';
import { generateDb } from '../../mocks/db/generate';
import { REFERENCE_DATE } from '../../mocks/db/types';
import { computeStats, resolveStatsQuery, type StatsData } from '../../mocks/domain/stats';
import { STATS_NAMES } from '../../src/stats-types';

const NOW = Date.parse(REFERENCE_DATE);

/** JSON bytes of every statistic over a year, as an admin (one company where one is required). */
function payloadBytes(data: StatsData): Record<string, number> {
  const find = (id: number) => data.companies.find((c) => c.id === id);
  const bytes: Record<string, number> = {};
  for (const name of STATS_NAMES) {
    const companyId = name === 'offer-health' || name === 'recruiter' ? '&companyId=1' : '';
    const params = new URLSearchParams(`from=2025-11-03&to=2026-11-02${companyId}`);
    const query = resolveStatsQuery(name, params, { role: 'admin', companyId: null }, find, NOW);
    bytes[name] = JSON.stringify(computeStats(name, data, query)).length;
  }
  return bytes;
}

describe('stats payload size', () => {
  it('stays the same order of magnitude when the data grows tenfold and more', () => {
    const small = generateDb({ scale: 'small' });
    const demo = generateDb({ scale: 'demo' });
    expect(demo.applications.length).toBeGreaterThan(10 * small.applications.length);
    const a = payloadBytes(small);
    const b = payloadBytes(demo);
    for (const name of STATS_NAMES) {
      // Lists are capped and buckets fixed by the range: at most a few times bigger (capped lists fill up).
      expect([name, b[name] < 4 * a[name] + 2_000]).toEqual([name, true]);
    }
    const total = (x: Record<string, number>) => Object.values(x).reduce((n, v) => n + v, 0);
    expect(total(b)).toBeLessThan(60_000);
  });
});
