import { describe, expect, it } from 'vitest';
import { seededScraper, seededSplitHarvest } from '../../mocks/db/seed-usage';
import { USAGE_RETENTION_DAYS } from '../../mocks/domain/usage/counters';
import { advanceClock, getState, limits } from '../../mocks/handlers';
import type { WatchedCompany, WatchedUser } from '../../src/model/scraping';
import type { AuditLog, Candidate, User } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { ACME } from './fixtures';

/** GET /scraping-watch-companies and the actions on a watched company (issue 20, per company). */
const companies = (token: string, query = '', headers: Record<string, string> = {}) =>
  call<WatchedCompany[]>('GET', `/api/scraping-watch-companies${query}`, undefined, token, headers);
const q = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const all = (token: string) => companies(token, `?range=${q([0, 99])}`);
const auditLog = () => getState().tables['audit-logs'].rows as AuditLog[];

function scraper(): User {
  const user = seededScraper(getState());
  if (!user) throw new Error('no seeded scraper');
  return user;
}

function split() {
  const found = seededSplitHarvest(getState());
  if (!found) throw new Error('no seeded split harvest');
  return found;
}

const activeRecruitersOf = (companyId: number) =>
  (getState().tables.users.rows as User[]).filter(
    (u) => u.companyId === companyId && u.role === 'recruiter' && u.status === 'active',
  );

describe('the scraping watch per company', () => {
  it('flags the seeded scraper’s company and the seeded split harvest, with reasons and figures, and no normal company', async () => {
    const support = await login(DEMO.support);
    const { status, body, headers } = await all(support);
    expect(status).toBe(200);
    expect(headers.get('Content-Range')).toMatch(/^scraping-watch-companies 0-\d+\/\d+$/);
    const flagged = body.filter((row) => row.flagged);
    expect(flagged.map((row) => row.id).sort()).toEqual(
      [scraper().companyId as number, split().company.id].sort(),
    );
    // The riskiest first, unflagged ones below the line.
    expect(body.slice(0, 2).every((row) => row.flagged)).toBe(true);
    for (const normal of body.filter((r) => !r.flagged)) expect(normal.score).toBeLessThan(50);

    const scrapers = body.find((r) => r.id === scraper().companyId) as WatchedCompany;
    expect(scrapers.reasons.map((r) => r.signal)).toEqual(
      expect.arrayContaining(['views_above_peers', 'flagged_users', 'sequential_walk']),
    );
    const peers = scrapers.reasons.find((r) => r.signal === 'views_above_peers');
    expect(peers?.value).toBeGreaterThan(peers?.threshold as number);
    expect(peers?.text).toContain(peers?.value.toLocaleString('en-GB'));
    expect(peers?.text).toContain('99th percentile');
    expect(scrapers.reasons.find((r) => r.signal === 'flagged_users')?.text).toContain(scraper().lastName);
    // Its users, the flagged one first, and 30 days against the plan's companies.
    expect(scrapers.users[0]).toMatchObject({ id: scraper().id, flagged: true });
    expect(scrapers.days).toHaveLength(30);
    expect(scrapers.days.at(-1)?.profileViews).toBeGreaterThan(scrapers.days.at(-1)?.peerP99 as number);

    // The split harvest: every reader under a user's line, none flagged alone, together far above.
    const harvest = body.find((r) => r.id === split().company.id) as WatchedCompany;
    const reason = harvest.reasons.find((r) => r.signal === 'split_harvest');
    expect(reason?.value).toBeGreaterThan(2 * (reason?.threshold as number));
    expect(reason?.text).toMatch(/^3 users read \d+ profiles/);
    const users = (
      await call<WatchedUser[]>(
        'GET',
        `/api/scraping-watch?filter=${q({ companyId: harvest.id })}`,
        undefined,
        support,
      )
    ).body;
    for (const id of split().users.map((u) => u.id)) {
      const row = users.find((u) => u.id === id);
      expect(row?.flagged).toBe(false);
      expect(row?.profileViews).toBeLessThan(100);
    }
  });

  it('words the reasons in the caller’s language', async () => {
    const support = await login(DEMO.support);
    const { body } = await companies(support, `?filter=${q({ flagged: true })}`, { 'Accept-Language': 'fr' });
    expect(body).toHaveLength(2);
    const words = body.flatMap((row) => row.reasons.map((r) => r.text)).join(' ');
    expect(words).toContain('centile');
    expect(words).toContain('aucun signalé seul');
  });

  it('sorts and pages, and refuses an unknown sort or filter with 400', async () => {
    const admin = await login(DEMO.admin);
    const byName = await companies(admin, `?sort=${q(['name', 'ASC'])}&range=${q([0, 4])}`);
    expect(byName.status).toBe(200);
    expect(byName.body).toHaveLength(5);
    const names = byName.body.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(byName.headers.get('Content-Range')).toMatch(/^scraping-watch-companies 0-4\/\d+$/);
    expect((await companies(admin, `?sort=${q(['contactEmail', 'ASC'])}`)).status).toBe(400);
    expect((await companies(admin, `?filter=${q({ plan: 'pro' })}`)).status).toBe(400);
  });

  it('is for support and admin only: 403 for recruiters and sales, on the list and each action', async () => {
    for (const email of [DEMO.acme, DEMO.sales]) {
      const token = await login(email);
      expect((await companies(token)).status, email).toBe(403);
      const quota = await call(
        'POST',
        `/api/companies/${ACME}/quota`,
        { dailyProfiles: 1, days: 1, reason: 'nope' },
        token,
      );
      expect(quota.status, email).toBe(403);
      const warn = await call('POST', `/api/companies/${ACME}/warn`, { reason: 'nope' }, token);
      expect(warn.status, email).toBe(403);
    }
  });

  it('flags a harvest split between users of one company, each within its rate and under the user flag, before 500 profiles', async () => {
    const readers = activeRecruitersOf(ACME);
    expect(readers.length).toBeGreaterThanOrEqual(3);
    const tokens = await Promise.all(readers.map((u) => login(u.email)));
    const support = await login(DEMO.support);
    const row = async () =>
      (await companies(support, `?filter=${q({ companyId: ACME })}`)).body[0] as WatchedCompany;
    expect((await row()).flagged).toBe(false);
    // Other companies' profiles, scattered (never one id after the last): no walk to see.
    const ids = (getState().tables.candidates.rows as Candidate[])
      .filter((c) => c.ownerCompanyId !== ACME)
      .map((c) => c.id)
      .sort((a, b) => a - b);
    let read = 0;
    let flaggedAt: number | undefined;
    while (read < 500 && flaggedAt === undefined) {
      const id = ids[(read * 37) % ids.length];
      const token = tokens[read % tokens.length];
      // Two seconds between reads, taking turns: each user reads one profile every few seconds.
      advanceClock(2_000);
      expect((await call('GET', `/api/candidates/${id}`, undefined, token)).status).toBe(200);
      read += 1;
      if (read % 30 === 0 && (await row()).flagged) flaggedAt = read;
    }
    expect(flaggedAt).toBeDefined();
    expect(flaggedAt).toBeLessThan(500);
    const flagged = await row();
    expect(flagged.reasons.map((r) => r.signal)).toContain('split_harvest');
    // No single account stands out: each reader is under the line of the user watch.
    for (const user of flagged.users.filter((u) => readers.some((r) => r.id === u.id))) {
      expect(user.flagged, user.name).toBe(false);
      expect(user.profileViews).toBeLessThan(100);
    }
  });

  it('lowers the quotas of all the company’s recruiters at once, audited on each and on the company', async () => {
    const support = await login(DEMO.support);
    const missing = await call('POST', `/api/companies/${ACME}/quota`, { dailyProfiles: 601 }, support);
    expect(missing.status).toBe(422);
    expect(Object.keys(missing.body.errors).sort()).toEqual(['dailyProfiles', 'days', 'reason']);
    const readers = activeRecruitersOf(ACME);
    const set = await call(
      'POST',
      `/api/companies/${ACME}/quota`,
      { dailyProfiles: 2, days: 5, reason: 'Harvest split between accounts' },
      support,
    );
    expect(set.status).toBe(200);
    expect(set.body.userIds).toEqual(expect.arrayContaining(readers.map((u) => u.id)));
    // From the next read of each account on: a third new masked profile of the day is refused.
    const masked = (getState().tables.candidates.rows as Candidate[]).filter(
      (c) => c.ownerCompanyId !== ACME,
    );
    for (const [n, user] of readers.entries()) {
      const token = await login(user.email);
      let refused: { status: number; body: { message: string } } | undefined;
      for (const candidate of masked.slice(n * 12, n * 12 + 12)) {
        const read = await call('GET', `/api/candidates/${candidate.id}`, undefined, token);
        if (read.status === 429) {
          refused = read;
          break;
        }
      }
      expect(refused?.body.message, user.email).toContain('2');
    }
    const entries = auditLog().filter((e) => e.reason === 'Harvest split between accounts');
    expect(entries.filter((e) => e.action === 'user.quota').map((e) => e.recordId)).toEqual(
      expect.arrayContaining(readers.map((u) => u.id)),
    );
    expect(entries.find((e) => e.action === 'company.quota')).toMatchObject({
      resource: 'companies',
      recordId: ACME,
    });
    const row = (await companies(support, `?filter=${q({ companyId: ACME })}`)).body[0];
    for (const user of row.users.filter((u) => readers.some((r) => r.id === u.id)))
      expect(user.quota).toMatchObject({ dailyProfiles: 2, reason: 'Harvest split between accounts' });
    advanceClock(6 * 86_400_000);
    const after = await call(
      'GET',
      `/api/usage?userId=${readers[0].id}`,
      undefined,
      await login(DEMO.support),
    );
    expect(after.body.limits.newProfilesPerDay).toBe(limits.dailyProfiles);
  });

  it('warns the company’s contact about the company’s reading, with a reason, audited', async () => {
    const support = await login(DEMO.support);
    const target = split().company;
    const refused = await call('POST', `/api/companies/${target.id}/warn`, {}, support);
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toHaveProperty('reason');
    const sent = await call(
      'POST',
      `/api/companies/${target.id}/warn`,
      { reason: 'Three accounts reading far above peers' },
      support,
    );
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ companyId: target.id, contactEmail: target.contactEmail });
    expect(sent.body.body).toContain('Three accounts reading far above peers');
    expect(sent.body.subject).toContain(target.name);
    expect(auditLog().at(-1)).toMatchObject({
      action: 'company.scraping_warning',
      recordId: target.id,
      reason: 'Three accounts reading far above peers',
    });
  });

  it('shows only daily sums of the last 30 days, and nothing once the counters’ retention is past', async () => {
    const support = await login(DEMO.support);
    const row = (await companies(support, `?filter=${q({ companyId: split().company.id })}`)).body[0];
    // Sums per day, never a request, a profile read or a time of day.
    expect(Object.keys(row.days[0]).sort()).toEqual(
      ['day', 'exports', 'peerMedian', 'peerP99', 'profileViews', 'refused', 'searchCalls', 'unlocks'].sort(),
    );
    advanceClock(USAGE_RETENTION_DAYS * 86_400_000);
    await login(DEMO.support); // the day's first count prunes
    const later = (
      await companies(await login(DEMO.support), `?filter=${q({ companyId: split().company.id })}`)
    ).body[0];
    expect(later.flagged).toBe(false);
    expect(later.days.every((d) => d.profileViews === 0)).toBe(true);
    const prefix = `company:${split().company.id}:`;
    expect([...getState().usage.daily.keys()].filter((k) => k.startsWith(prefix))).toEqual([]);
  });
});
