import { describe, expect, it } from 'vitest';
import { seededScraper } from '../../mocks/db/seed-usage';
import { accessTrailOf } from '../../mocks/domain/candidates/access-trail';
import { TRAIL_RETENTION_DAYS, USAGE_RETENTION_DAYS } from '../../mocks/domain/usage/counters';
import { advanceClock, getState, limits } from '../../mocks/handlers';
import type { WatchedUser } from '../../src/model/scraping';
import type { AuditLog, Candidate, User } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { ACME, ACME_RECRUITER } from './fixtures';

/** GET /scraping-watch and the actions on a watched user (issue 20). */
const watch = (token: string, query = '', headers: Record<string, string> = {}) =>
  call<WatchedUser[]>('GET', `/api/scraping-watch${query}`, undefined, token, headers);

const all = (token: string) => watch(token, `?range=${encodeURIComponent('[0,99]')}`);

function scraper(): User {
  const user = seededScraper(getState());
  if (!user) throw new Error('no seeded scraper');
  return user;
}

describe('the scraping watch', () => {
  it('flags the seeded scraper with its reasons and figures, and no seeded normal user', async () => {
    const support = await login(DEMO.support);
    const { status, body, headers } = await all(support);
    expect(status).toBe(200);
    expect(headers.get('Content-Range')).toMatch(/^scraping-watch 0-\d+\/\d+$/);
    const flagged = body.filter((row) => row.flagged);
    expect(flagged.map((row) => row.id)).toEqual([scraper().id]);
    const row = flagged[0];
    expect(body[0].id).toBe(row.id); // flagged first
    expect(row.companyId).toBe(scraper().companyId);
    const signals = row.reasons.map((r) => r.signal);
    expect(signals).toEqual(
      expect.arrayContaining(['views_above_peers', 'sequential_walk', 'off_hours', 'no_pipeline_action']),
    );
    const peers = row.reasons.find((r) => r.signal === 'views_above_peers');
    expect(peers?.value).toBeGreaterThan(peers?.threshold as number);
    expect(peers?.text).toContain(peers?.value.toLocaleString('en-GB'));
    expect(peers?.text).toContain('99th percentile');
    // 30 days, today last, with the peers' band.
    expect(row.days).toHaveLength(30);
    expect(row.days.at(-1)?.day).toBe(new Date(getState().clock.now()).toISOString().slice(0, 10));
    expect(row.days.at(-1)?.profileViews).toBeGreaterThan(row.days.at(-1)?.peerP99 as number);
    for (const normal of body.filter((r) => !r.flagged)) expect(normal.score).toBeLessThan(50);
  });

  it('words the reasons in the caller’s language', async () => {
    const support = await login(DEMO.support);
    const { body } = await watch(support, `?filter=${encodeURIComponent('{"flagged":true}')}`, {
      'Accept-Language': 'fr',
    });
    expect(body).toHaveLength(1);
    expect(body[0].reasons.map((r) => r.text).join(' ')).toContain('centile');
  });

  it('sorts and pages, and refuses an unknown sort or filter with 400', async () => {
    const admin = await login(DEMO.admin);
    const byName = await watch(
      admin,
      `?sort=${encodeURIComponent('["name","ASC"]')}&range=${encodeURIComponent('[0,4]')}`,
    );
    expect(byName.body).toHaveLength(5);
    const names = byName.body.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(byName.headers.get('Content-Range')).toMatch(/^scraping-watch 0-4\/\d+$/);
    expect((await watch(admin, `?sort=${encodeURIComponent('["password","ASC"]')}`)).status).toBe(400);
    expect((await watch(admin, `?filter=${encodeURIComponent('{"plan":"pro"}')}`)).status).toBe(400);
  });

  it('is for support and admin only: 403 for recruiters and sales', async () => {
    for (const email of [DEMO.acme, DEMO.sales]) {
      const token = await login(email);
      expect((await watch(token)).status, email).toBe(403);
      const quota = await call(
        'POST',
        `/api/users/${ACME_RECRUITER}/quota`,
        { dailyProfiles: 1, days: 1, reason: 'nope' },
        token,
      );
      expect([403, 404], email).toContain(quota.status);
    }
  });

  it('flags a scraper played through the API before it has read 500 profiles', async () => {
    const recruiter = await login(DEMO.acme);
    const support = await login(DEMO.support);
    const isFlagged = async () =>
      (await watch(support, `?filter=${encodeURIComponent(`{"companyId":${ACME}}`)}`)).body.find(
        (row) => row.id === ACME_RECRUITER,
      )?.flagged;
    expect(await isFlagged()).toBe(false);
    const ids = (getState().tables.candidates.rows as Candidate[]).map((c) => c.id).sort((a, b) => a - b);
    let read = 0;
    let flaggedAt: number | undefined;
    for (const id of ids.slice(0, 500)) {
      // One profile a second: well within the calls-a-minute limit.
      advanceClock(1_000);
      expect((await call('GET', `/api/candidates/${id}`, undefined, recruiter)).status).toBe(200);
      read += 1;
      if (read % 25 === 0 && (await isFlagged())) {
        flaggedAt = read;
        break;
      }
    }
    expect(flaggedAt).toBeDefined();
    expect(flaggedAt).toBeLessThan(500);
    const row = (await watch(support, `?filter=${encodeURIComponent(`{"companyId":${ACME}}`)}`)).body.find(
      (r) => r.id === ACME_RECRUITER,
    );
    expect(row?.reasons.map((r) => r.signal)).toContain('sequential_walk');
  });

  it('flags a reader pacing each day just under the day’s lines, from their week of reading', async () => {
    // A session a day: the days pass by the clock.
    const row = async () =>
      (
        await watch(await login(DEMO.support), `?filter=${encodeURIComponent(`{"companyId":${ACME}}`)}`)
      ).body.find((r) => r.id === ACME_RECRUITER) as WatchedUser;
    const ids = (getState().tables.candidates.rows as Candidate[])
      .filter((c) => c.ownerCompanyId !== ACME)
      .map((c) => c.id)
      .sort((a, b) => a - b);
    let read = 0;
    let flaggedOnDay: number | undefined;
    for (let day = 1; day <= 7 && flaggedOnDay === undefined; day++) {
      advanceClock(86_400_000);
      const recruiter = await login(DEMO.acme);
      // 99 scattered profiles a day: under the 100 of a day's line, no walk through the ids.
      for (let i = 0; i < 99; i++) {
        advanceClock(2_000);
        const id = ids[(read * 37) % ids.length];
        expect((await call('GET', `/api/candidates/${id}`, undefined, recruiter)).status).toBe(200);
        read += 1;
      }
      const now = await row();
      expect(now.profileViews).toBeLessThan(100);
      if (now.flagged) flaggedOnDay = day;
    }
    expect(flaggedOnDay).toBeDefined();
    const signals = (await row()).reasons.map((r) => r.signal);
    expect(signals).toContain('sustained_reading');
    expect(signals).not.toContain('views_above_peers');
  });

  it('lowers a quota with a reason: it holds from the next read, is audited and shows on the watch', async () => {
    const support = await login(DEMO.support);
    const recruiter = await login(DEMO.acme);
    const missing = await call('POST', `/api/users/${ACME_RECRUITER}/quota`, { dailyProfiles: -1 }, support);
    expect(missing.status).toBe(422);
    expect(Object.keys(missing.body.errors).sort()).toEqual(['dailyProfiles', 'days', 'reason']);
    const set = await call(
      'POST',
      `/api/users/${ACME_RECRUITER}/quota`,
      { dailyProfiles: 3, days: 7, reason: 'Walking the ids at night' },
      support,
    );
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ dailyProfiles: 3, callsPerMinute: limits.listCalls });
    // Masked database profiles: the fourth new one of the day is refused at once.
    const masked = (getState().tables.candidates.rows as Candidate[]).filter(
      (c) => c.ownerCompanyId !== ACME,
    );
    const statuses: number[] = [];
    for (const candidate of masked.slice(0, 12)) {
      const read = await call('GET', `/api/candidates/${candidate.id}`, undefined, recruiter);
      statuses.push(read.status);
      if (read.status === 429) {
        expect(read.body.message).toContain('3');
        break;
      }
    }
    expect(statuses.at(-1)).toBe(429);
    const usage = await call('GET', `/api/usage?userId=${ACME_RECRUITER}`, undefined, support);
    expect(usage.body.limits.newProfilesPerDay).toBe(3);
    const entry = (getState().tables['audit-logs'].rows as AuditLog[]).at(-1);
    expect(entry).toMatchObject({
      action: 'user.quota',
      recordId: ACME_RECRUITER,
      reason: 'Walking the ids at night',
    });
    expect(entry?.changes.dailyProfiles).toEqual([600, 3]);
    const row = (await all(support)).body.find((r) => r.id === ACME_RECRUITER);
    expect(row?.quota).toMatchObject({ dailyProfiles: 3, reason: 'Walking the ids at night' });
    // After the period, the default quota holds again.
    advanceClock(8 * 86_400_000);
    const later = await login(DEMO.support);
    const after = await call('GET', `/api/usage?userId=${ACME_RECRUITER}`, undefined, later);
    expect(after.body.limits.newProfilesPerDay).toBe(limits.dailyProfiles);
  });

  it('warns the company’s contact with a reason, audited; staff cannot be targeted', async () => {
    const support = await login(DEMO.support);
    const target = scraper();
    const refused = await call('POST', `/api/users/${target.id}/warn-company`, {}, support);
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toHaveProperty('reason');
    const sent = await call(
      'POST',
      `/api/users/${target.id}/warn-company`,
      { reason: '700 profile views at night' },
      support,
    );
    expect(sent.status).toBe(200);
    const company = getState().tables.companies.get(target.companyId as number);
    expect(sent.body).toMatchObject({ companyId: target.companyId, contactEmail: company?.contactEmail });
    expect(sent.body.body).toContain('700 profile views at night');
    const entry = (getState().tables['audit-logs'].rows as AuditLog[]).at(-1);
    expect(entry).toMatchObject({ action: 'company.scraping_warning', recordId: target.companyId });
    const staff = await call(
      'POST',
      '/api/users/2/quota',
      { dailyProfiles: 1, days: 1, reason: 'staff' },
      support,
    );
    expect(staff.status).toBe(403);
  });

  it('the lock of a watched user is the existing lock, and their sign-ins then fail', async () => {
    const support = await login(DEMO.support);
    const target = scraper();
    const locked = await call(
      'POST',
      `/api/users/${target.id}/lock`,
      { reason: 'Scraping the database' },
      support,
    );
    expect(locked.status).toBe(200);
    const row = (await all(support)).body.find((r) => r.id === target.id);
    expect(row?.status).toBe('locked');
    expect((await call('POST', '/api/auth/login', { email: target.email, password: 'demo' })).status).toBe(
      401,
    );
  });

  it('keeps the counters 90 days and a profile’s access trail 12 months, then drops them', async () => {
    const viewed = (getState().tables.candidates.rows as Candidate[]).find(
      (c) => c.ownerCompanyId !== ACME,
    ) as Candidate;
    const day = new Date(getState().clock.now()).toISOString().slice(0, 10);
    expect(
      (await call('GET', `/api/candidates/${viewed.id}`, undefined, await login(DEMO.acme))).status,
    ).toBe(200);
    const viewsOn = async () =>
      (
        await call(
          'GET',
          `/api/usage?userId=${ACME_RECRUITER}&from=${day}&to=${day}`,
          undefined,
          await login(DEMO.support),
        )
      ).body.totals.profileViews;
    const trailViews = () =>
      accessTrailOf(getState(), viewed.id).filter((e) => e.action === 'view' && e.userId === ACME_RECRUITER);
    expect(await viewsOn()).toBeGreaterThan(0);
    advanceClock(USAGE_RETENTION_DAYS * 86_400_000);
    await call('GET', `/api/candidates/${viewed.id}`, undefined, await login(DEMO.acme)); // the day's first count prunes
    expect(await viewsOn()).toBe(0);
    expect(trailViews()).toHaveLength(2);
    advanceClock((TRAIL_RETENTION_DAYS - USAGE_RETENTION_DAYS) * 86_400_000);
    await login(DEMO.support); // a sign-in is counted too: the day's first count prunes
    expect(trailViews()).toHaveLength(1); // the first view is gone, the one 90 days later is kept
  });
});
