import { beforeAll, describe, expect, it } from 'vitest';
import type { WatchedCompany, WatchedUser } from '../../src/model/scraping';
import { call } from '../helpers/api';
import { signInAs } from './accounts';

/**
 * The scraping watch over real HTTP, black-box: a paged, sortable list for support and admin
 * only, each row with its score, reasons in words and 30 days against the peer band; its actions
 * refuse a missing reason and change nothing then. Read-only: the suite may run twice in a row.
 */
let support: Awaited<ReturnType<typeof signInAs>>;
let recruiter: Awaited<ReturnType<typeof signInAs>>;

beforeAll(async () => {
  support = await signInAs('support');
  recruiter = await signInAs('recruiter');
});

const page = encodeURIComponent('[0,9]');

describe('scraping watch (contract)', () => {
  it('lists recruiters for support, flagged first, with Content-Range', async () => {
    const { status, body, headers } = await call<WatchedUser[]>(
      'GET',
      `/api/scraping-watch?range=${page}`,
      undefined,
      support.token,
    );
    expect(status).toBe(200);
    expect(headers.get('Content-Range')).toMatch(/^scraping-watch 0-\d+\/\d+$/);
    const scores = body.map((row) => row.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const row of body) {
      expect(row.days).toHaveLength(30);
      for (const reason of row.reasons) expect(reason.text.length).toBeGreaterThan(0);
    }
  });

  it('is refused to a recruiter (403), and so are its actions', async () => {
    expect((await call('GET', '/api/scraping-watch', undefined, recruiter.token)).status).toBe(403);
    const quota = await call(
      'POST',
      `/api/users/${recruiter.user.id}/quota`,
      { dailyProfiles: 0, days: 1, reason: 'contract' },
      recruiter.token,
    );
    expect(quota.status).toBe(403);
  });

  it('refuses an action without a reason with 422 naming the field', async () => {
    for (const action of ['quota', 'warn-company']) {
      const refused = await call(
        'POST',
        `/api/users/${recruiter.user.id}/${action}`,
        { dailyProfiles: 0, days: 1 },
        support.token,
      );
      expect(refused.status, action).toBe(422);
      expect(refused.body.errors, action).toHaveProperty('reason');
    }
  });

  it('lists companies for support, flagged first, with their users and Content-Range', async () => {
    const { status, body, headers } = await call<WatchedCompany[]>(
      'GET',
      `/api/scraping-watch-companies?range=${page}`,
      undefined,
      support.token,
    );
    expect(status).toBe(200);
    expect(headers.get('Content-Range')).toMatch(/^scraping-watch-companies 0-\d+\/\d+$/);
    const scores = body.map((row) => row.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const row of body) {
      expect(row.days).toHaveLength(30);
      expect(row.users.length).toBeGreaterThan(0);
      for (const reason of row.reasons) expect(reason.text.length).toBeGreaterThan(0);
    }
    expect((await call('GET', '/api/scraping-watch-companies', undefined, recruiter.token)).status).toBe(403);
  });

  it('refuses a company action without a reason with 422, and to a recruiter with 403', async () => {
    const companyId = recruiter.user.companyId;
    for (const action of ['quota', 'warn']) {
      const refused = await call(
        'POST',
        `/api/companies/${companyId}/${action}`,
        { dailyProfiles: 0, days: 1 },
        support.token,
      );
      expect(refused.status, action).toBe(422);
      expect(refused.body.errors, action).toHaveProperty('reason');
      const forbidden = await call(
        'POST',
        `/api/companies/${companyId}/${action}`,
        { dailyProfiles: 0, days: 1, reason: 'contract' },
        recruiter.token,
      );
      expect(forbidden.status, action).toBe(403);
    }
  });
});
