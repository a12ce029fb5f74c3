import { describe, expect, it } from 'vitest';
import { seededSplitHarvest } from '../../mocks/db/seed-usage';
import { type MockState, REFERENCE_DATE } from '../../mocks/db/types';
import { dailyCounts, USAGE_RETENTION_DAYS, warmUsageHistory } from '../../mocks/domain/usage/counters';
import { advanceClock, getState, resetDb } from '../../mocks/handlers';
import type { Candidate, User } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { ACME, ACME_RECRUITER, GLOBEX } from './fixtures';

/**
 * The seeded weeks of usage counters are written after the seed, a step at a time while the demo's
 * worker is idle, or all at once by the first read of the counters (mocks/db/seed-usage.ts): the
 * API must answer as if they had been there from the start, whatever it counted in between.
 */
const counters = (state: MockState) => ({
  hourly: Object.fromEntries([...state.usage.hourly].sort()),
  daily: Object.fromEntries([...state.usage.daily].sort()),
});
const noPause = async () => undefined;
const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** One of the seeded split harvest's readers signs in and opens 60 profiles, by pages of 20. */
async function harvesterReads(): Promise<void> {
  const split = seededSplitHarvest(getState());
  if (!split) throw new Error('no seeded split harvest');
  const token = await login(split.users[0].email);
  const ids = (getState().tables.candidates.rows as Candidate[]).slice(0, 60).map((c) => c.id);
  for (let start = 0; start < ids.length; start += 20) {
    const page = ids.slice(start, start + 20);
    const { status } = await call('GET', `/api/candidates?filter=${q({ id: page })}`, undefined, token);
    expect(status).toBe(200);
  }
}

/** Both demo companies' usage reports over the seeded month, as support reads them. */
async function companiesMonth(): Promise<unknown[]> {
  const support = await login(DEMO.support);
  const reports = [];
  for (const company of [ACME, GLOBEX]) {
    const query = `companyId=${company}&from=2026-10-04&to=${REFERENCE_DATE.slice(0, 10)}`;
    const { status, body } = await call('GET', `/api/usage?${query}`, undefined, support);
    expect(status).toBe(200);
    reports.push(body.buckets);
  }
  return reports;
}

/** The admin moves Acme's recruiter to Globex: the user's row is edited in place. */
async function moveAcmeRecruiter(): Promise<void> {
  const admin = await login(DEMO.admin);
  const user = (await call<User>('GET', `/api/users/${ACME_RECRUITER}`, undefined, admin)).body;
  const moved = await call('PUT', `/api/users/${ACME_RECRUITER}`, { ...user, companyId: GLOBEX }, admin);
  expect(moved.status).toBe(200);
}

describe('the seeded usage history, written late', () => {
  it('gives the same counters written a step at a time as written at once by a read', async () => {
    resetDb();
    await warmUsageHistory(getState(), noPause);
    const stepByStep = counters(getState());
    resetDb();
    dailyCounts(getState(), 'user:1:d0');
    expect(counters(getState())).toEqual(stepByStep);
    expect(Object.keys(stepByStep.daily).length).toBeGreaterThan(100);
  });

  it('adds up with what was counted before it was written, even the split harvest’s own reads', async () => {
    // At 16:00 UTC, after the split harvest's seeded hours of the day (10, 13, 15).
    const afternoon = { now: () => Date.parse(`${REFERENCE_DATE.slice(0, 10)}T16:00:00Z`) };
    resetDb(afternoon);
    await harvesterReads();
    await warmUsageHistory(getState(), noPause);
    const late = counters(getState());
    resetDb(afternoon);
    await warmUsageHistory(getState(), noPause);
    await harvesterReads();
    expect(late).toEqual(counters(getState()));
  });

  it('leaves out the days the retention dropped before it was written', async () => {
    resetDb();
    advanceClock(USAGE_RETENTION_DAYS * 86_400_000);
    await login(DEMO.support); // the day's first count drops what is past the retention
    await warmUsageHistory(getState(), noPause);
    const today = Math.floor(getState().clock.now() / 86_400_000);
    expect([...getState().usage.daily.keys()].filter((key) => !key.endsWith(`:d${today}`))).toEqual([]);
  });

  it('keeps the seeded weeks with the company they were read for, the reader moved since', async () => {
    resetDb();
    await warmUsageHistory(getState(), noPause);
    await moveAcmeRecruiter();
    const written = await companiesMonth();
    resetDb();
    await moveAcmeRecruiter(); // before the history is written
    expect(await companiesMonth()).toEqual(written);
  });

  it('prunes the late history on the day of the last count, never on the clock of the read', async () => {
    // 69 days after the seed, at 23:00: a sign-in prunes to that day; the read comes after midnight.
    const readPastMidnight = async () => {
      advanceClock(69 * 86_400_000 + 14 * 3_600_000);
      const support = await login(DEMO.support);
      advanceClock(2 * 3_600_000);
      const query = `companyId=${ACME}&from=2026-10-12&to=2026-10-14`;
      const { status, body } = await call('GET', `/api/usage?${query}`, undefined, support);
      expect(status).toBe(200);
      return body.buckets;
    };
    resetDb();
    await warmUsageHistory(getState(), noPause);
    const written = await readPastMidnight();
    expect(written[1].profileViews).toBeGreaterThan(0); // the oldest day the sign-in's pruning kept
    resetDb();
    expect(await readPastMidnight()).toEqual(written);
  });
});
