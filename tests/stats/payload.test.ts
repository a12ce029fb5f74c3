import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Scale } from '../../mocks/db/types';
import type { PayloadFigures } from './payload-figures';

/**
 * Issue 6: the dashboards' payload does not grow with the data. Each scale is measured in a process of
 * its own (tests/stats/payload-figures.ts): the large seed (400,000 offers, 1,000,000 applications)
 * takes ~15 s of CPU and ~1.3 GB, which the test workers should neither pay for nor keep.
 */
const ROOT = resolve(import.meta.dirname, '../..');

async function figures(scale: Scale): Promise<PayloadFigures> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    // A larger young generation: the seed allocates a million short-lived objects, and fewer
    // scavenges take about a tenth off the large scale's CPU time.
    [
      '--max-old-space-size=4096',
      '--max-semi-space-size=64',
      '--import',
      'tsx',
      'tests/stats/payload-figures.ts',
      scale,
    ],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout.slice(stdout.indexOf('{'))) as PayloadFigures;
}

describe('stats payload size', () => {
  it('is the same order of magnitude at the small and the large scale, endpoint by endpoint and per dashboard', async () => {
    const small = await figures('small');
    const large = await figures('large');
    expect(large.rows.applications).toBeGreaterThanOrEqual(1_000_000);
    expect(large.rows.offers).toBeGreaterThanOrEqual(400_000);
    expect(large.rows.applications).toBeGreaterThan(500 * small.rows.applications);

    expect(large.endpoints.map((e) => e.name)).toEqual(small.endpoints.map((e) => e.name));
    large.endpoints.forEach((endpoint, i) => {
      // Buckets are fixed by the range and lists capped: at most a few times bigger once the capped
      // lists fill up, never in proportion to the 600-fold data.
      expect([endpoint.name, endpoint.bytes < 4 * small.endpoints[i].bytes + 2_000]).toEqual([
        endpoint.name,
        true,
      ]);
    });
    for (const role of ['sales', 'recruiter', 'support'] as const) {
      expect([role, large.dashboards[role] / small.dashboards[role] < 10]).toEqual([role, true]);
      expect([role, large.dashboards[role] < 60_000]).toEqual([role, true]);
    }
  });
});
