import type { Dataset } from '../../mocks/db/types';

/**
 * A copy of the small seed bent so that every rule of the "as of now" endpoints fires at least once:
 * the seed alone has no lagging offer with a hint, no falling account and no audit event around now
 * (its history ends the day before). The brute force then checks the endpoints where the rules
 * bite, not only where they are all false.
 */
const DAY = 86_400_000;

export function stressedSeed(seed: Dataset, now: number): Dataset {
  const db = structuredClone(seed);
  const iso = (ms: number) => new Date(ms).toISOString();
  const recentMs = (value: string | null) =>
    value !== null && Date.parse(value) >= now - 30 * DAY && Date.parse(value) <= now;

  // Offer health: the demo companies' recent offers lag behind two peers each, one hint apiece.
  const recent = db.offers.filter((o) => recentMs(o.publishedAt));
  const own = recent.filter((o) => o.companyId === 1 || o.companyId === 2);
  const others = recent.filter((o) => o.companyId > 2);
  own.forEach((o, k) => {
    o.views = 1000;
    o.applicationsCount = k % 4;
    if (k % 3 === 0)
      Object.assign(o, { salaryMin: null, salaryMax: null, dailyRateMin: null, dailyRateMax: null });
    if (k % 3 === 1) o.description = '<p>Short.</p>';
    if (k % 3 === 2) o.expiresAt = iso(now + 3 * DAY);
    // Peers at 0.2 % and 5 %: own offers at 0-0.1 % rank 0th (lagging), at 0.3 % exactly 50th (not).
    const peers = [others[(2 * k) % others.length], others[(2 * k + 1) % others.length]];
    peers.forEach((peer, i) => {
      peer.skills = [o.skills[0], ...peer.skills.slice(1)];
      const applicationsCount = i === 0 ? 2 : 50;
      Object.assign(peer, {
        country: o.country,
        contractType: o.contractType,
        views: 1000,
        applicationsCount,
      });
    });
  });

  // Account health: companies 3-5 did everything a month earlier (falling), 6-7 renew in 10 days,
  // 8 is out of credits; company 1 saved a view.
  const back = (value: string) => (recentMs(value) ? iso(Date.parse(value) - 30 * DAY) : value);
  const falling = new Set([3, 4, 5]);
  for (const o of db.offers)
    if (falling.has(o.companyId)) {
      o.createdAt = back(o.createdAt);
      if (o.publishedAt) o.publishedAt = back(o.publishedAt);
    }
  for (const a of db.activities) if (falling.has(a.companyId)) a.createdAt = back(a.createdAt);
  for (const e of db['credit-ledger']) if (falling.has(e.companyId)) e.at = back(e.at);
  for (const c of db.companies) {
    if (c.id === 6 || c.id === 7) c.renewalDate = iso(now + 10 * DAY).slice(0, 10);
    if (c.id === 8) c.credits.cvUnlocks = 0;
    if (c.id === 9) c.status = 'suspended';
  }
  // Support: a locked user at company 10, and audit events around now (the future ones are ignored).
  const locked = db.users.find((u) => u.companyId === 10);
  if (locked) locked.status = 'locked';
  db['saved-views'].push({
    id: db['saved-views'].length + 1,
    version: 1,
    ownerId: 1,
    companyId: 1,
    resource: 'offers',
    name: 'Mine',
    filter: {},
    sort: null,
    sharedWithTeam: false,
  });
  for (let i = 0; i < 14; i++)
    db['audit-logs'].push({
      id: db['audit-logs'].length + 1,
      actorId: 1,
      actorRole: 'support',
      action: 'update',
      resource: 'companies',
      recordId: i + 1,
      changes: {},
      reason: i % 2 ? 'asked by the customer' : null,
      at: iso(now - (i - 2) * 3_600_000),
    });
  return db;
}
