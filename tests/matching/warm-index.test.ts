import { describe, expect, it } from 'vitest';
import { candidateIndex, warmCandidateIndex } from '../../mocks/domain/matching/store';
import { touch } from '../../mocks/domain/records/indexes';
import { getState, resetDb } from '../../mocks/handlers';
import { requestGate } from '../../mocks/worker/idle';
import type { Candidate } from '../../src/model/types';

/**
 * The demo's worker builds the matching index ahead of use, in slices, letting requests go first
 * between slices (mocks/worker/db-worker.ts): what it ends with must be the index a cold build gives,
 * writes made between two slices included.
 */
describe('the matching index built ahead of use', () => {
  it('pauses between slices and ends current with a write made in between', async () => {
    resetDb();
    const state = getState();
    const rows = state.tables.candidates.rows as Candidate[];
    const [first] = rows.filter((c) => !c.anonymizedAt);
    let pauses = 0;
    await warmCandidateIndex(state, async () => {
      pauses += 1;
      if (pauses !== 2) return;
      // Between two slices: a profile already indexed is anonymised (a GDPR erasure, say).
      state.tables.candidates.replace({
        ...first,
        anonymizedAt: '2026-11-01T00:00:00.000Z',
        version: first.version + 1,
      });
      touch();
    });
    expect(pauses).toBeGreaterThan(1);
    const index = candidateIndex(state);
    expect(index.get(first.id)).toBeUndefined();
    expect(index.size).toBe(rows.filter((c) => !c.anonymizedAt).length);
  });
});

describe('the worker’s request gate', () => {
  it('lets waiting work go only once no request is being answered', async () => {
    const gate = requestGate();
    const order: string[] = [];
    await gate.untilIdle(); // nothing in flight: at once
    let finish!: () => void;
    const request = gate.track(() => new Promise<void>((resolve) => (finish = resolve)));
    const warm = gate.untilIdle().then(() => order.push('warm-up'));
    await Promise.resolve();
    order.push('answered');
    finish();
    await Promise.all([request, warm]);
    expect(order).toEqual(['answered', 'warm-up']);
  });

  it('lets waiting work go after its patience when a request never settles', async () => {
    const gate = requestGate();
    void gate.track(() => new Promise<void>(() => undefined)); // a page that closed before answering
    await expect(gate.untilIdle(5)).resolves.toBeUndefined();
  });

  it('counts a request that fails as answered', async () => {
    const gate = requestGate();
    await expect(gate.track(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.untilIdle()).resolves.toBeUndefined();
  });
});
