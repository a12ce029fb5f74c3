import { describe, expect, it } from 'vitest';
import { generateDb } from '../../mocks/db/generate';
import { type Dataset, REFERENCE_DATE } from '../../mocks/db/types';
import { addressErrors } from '../../mocks/domain/records/validation';
import { getState } from '../../mocks/handlers';
import type { AuditLog, Candidate, SavedView, User } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { ACME, ACME_RECRUITER, GLOBEX_RECRUITER } from './fixtures';

/**
 * What the seed holds beyond the core data, so the demo's screens are not empty before anyone
 * acts: an audit trail derived from the seed's own facts, saved searches for the demo accounts,
 * and every company's contact person and billing address.
 */
const small = generateDb({ scale: 'small' });
const DAY = 86_400_000;

function expectAuditTrail(db: Dataset): void {
  const log = db['audit-logs'];
  const users = new Map(db.users.map((u) => [u.id, u]));
  const find = (action: string, resource: string, recordId: number) =>
    log.filter((e) => e.action === action && e.resource === resource && e.recordId === recordId);

  for (const unlock of db.candidateUnlocks)
    expect(find('candidate.unlock', 'candidates', unlock.candidateId)).toEqual([
      expect.objectContaining({ actorId: unlock.actorId, actorRole: 'recruiter', at: unlock.unlockedAt }),
    ]);
  for (const user of db.users.filter((u) => u.status === 'locked')) {
    const [lock, ...more] = find('user.lock', 'users', user.id);
    expect(more).toEqual([]);
    expect(lock).toMatchObject({ actorRole: 'support', changes: { status: ['active', 'locked'] } });
    expect(lock.reason).toEqual(expect.stringMatching(/\w{3}/));
    expect(lock.at >= (user.lastLoginAt as string)).toBe(true);
  }
  for (const company of db.companies.filter((c) => c.status === 'suspended' || c.status === 'churned'))
    expect(find('update', 'companies', company.id)).toEqual([
      expect.objectContaining({
        actorRole: 'support',
        changes: { status: ['active', company.status], statusReason: [null, company.statusReason] },
        reason: company.statusReason,
      }),
    ]);
  for (const line of db['credit-ledger'].filter((e) => e.action === 'support_adjustment'))
    expect(find('company.credits', 'companies', line.companyId)).toContainEqual(
      expect.objectContaining({
        actorId: line.actorId,
        reason: line.reason,
        at: line.at,
        changes: { [`credits.${line.kind}`]: [line.balanceAfter - line.delta, line.balanceAfter] },
      }),
    );
  // Nothing else, numbered in time order, all before the reference day, by real users of that role.
  const derived =
    db.candidateUnlocks.length +
    db.users.filter((u) => u.status === 'locked').length +
    db.companies.filter((c) => c.status === 'suspended' || c.status === 'churned').length +
    db['credit-ledger'].filter((e) => e.action === 'support_adjustment').length;
  expect(log).toHaveLength(derived);
  expect(log.map((e) => e.at)).toEqual(log.map((e) => e.at).sort());
  expect(log.every((e) => e.at < REFERENCE_DATE.slice(0, 10))).toBe(true);
  expect(log.filter((e) => users.get(e.actorId)?.role !== e.actorRole)).toEqual([]);
}

describe('the seeded audit trail', () => {
  it('has one entry per unlock, locked user, suspended or churned account and support adjustment', () => {
    expectAuditTrail(small);
    for (const seed of [1, 99]) expectAuditTrail(generateDb({ seed, scale: 'small' }));
    expect(new Set(small['audit-logs'].map((e) => e.action))).toEqual(
      new Set(['candidate.unlock', 'user.lock', 'update', 'company.credits']),
    );
  });

  it('…and so at the demo scale', () => {
    const demo = generateDb({ scale: 'demo' });
    expectAuditTrail(demo);
    expect(demo['audit-logs'].length).toBeGreaterThan(small['audit-logs'].length);
  });

  it('has the shape the live API writes for the same act', async () => {
    const seeded = getState().tables['audit-logs'].rows as AuditLog[];
    const seededLock = seeded.find((e) => e.action === 'user.lock') as AuditLog;
    const target = (getState().tables.users.rows as User[]).find(
      (u) =>
        u.role === 'recruiter' && u.status === 'active' && u.companyId === ACME && u.id !== ACME_RECRUITER,
    ) as User;
    await call(
      'POST',
      `/api/users/${target.id}/lock`,
      { reason: 'Left the company' },
      await login(DEMO.support),
    );
    const live = getState().tables['audit-logs'].rows.at(-1) as AuditLog;
    expect(Object.keys(live).sort()).toEqual(Object.keys(seededLock).sort());
    expect(live).toMatchObject({
      ...seededLock,
      id: live.id,
      actorId: live.actorId,
      at: live.at,
      recordId: target.id,
      reason: 'Left the company',
    });
  });

  it('keeps the demo adjustments out of the health score windows, so no figure moves', () => {
    const adjustments = small['credit-ledger'].filter((e) => e.action === 'support_adjustment');
    expect(adjustments.map((e) => e.companyId).sort()).toEqual([1, 2]);
    for (const e of adjustments) expect(Date.parse(e.at)).toBeLessThan(Date.parse(REFERENCE_DATE) - 60 * DAY);
  });
});

describe('the seeded saved searches', () => {
  const views = small['saved-views'];

  it('gives each demo recruiter three candidate searches, the first shared with the team, and staff one each', () => {
    for (const [ownerId, companyId] of [
      [ACME_RECRUITER, 1],
      [GLOBEX_RECRUITER, 2],
    ]) {
      const own = views.filter((v) => v.ownerId === ownerId);
      expect(own).toHaveLength(3);
      expect(own.every((v) => v.resource === 'candidates' && v.companyId === companyId)).toBe(true);
      expect(own.map((v) => v.sharedWithTeam)).toEqual([true, false, false]);
    }
    const staff = views.filter((v) => v.companyId === null);
    expect(staff.map((v) => small.users[v.ownerId - 1].role).sort()).toEqual(['admin', 'support']);
  });

  it('each one finds candidates for its owner through the API', async () => {
    for (const view of getState().tables['saved-views'].rows as SavedView[]) {
      const owner = getState().tables.users.get(view.ownerId) as User;
      const token = await login(owner.email);
      const sort: [string, string] | undefined = view.sort ? [view.sort.field, view.sort.order] : undefined;
      const found = await call<Candidate[]>(
        'GET',
        `/api/candidates${listQuery({ filter: view.filter, sort, range: [0, 4] })}`,
        undefined,
        token,
      );
      expect(found.status, view.name).toBe(200);
      expect(found.body.length, view.name).toBeGreaterThan(0);
    }
  });

  it('shows a teammate the shared search, never the private ones', async () => {
    const colleague = (getState().tables.users.rows as User[]).find(
      (u) => u.companyId === ACME && u.status === 'active' && u.id !== ACME_RECRUITER,
    ) as User;
    const token = await login(colleague.email);
    const seen = await call<SavedView[]>('GET', '/api/saved-views', undefined, token);
    const shared = views.filter((v) => v.ownerId === ACME_RECRUITER && v.sharedWithTeam);
    expect(seen.body.map((v) => v.name)).toEqual(shared.map((v) => v.name));
  });
});

describe('the seeded company contacts', () => {
  it('names its first recruiter as each company’s contact and gives it a valid billing address', () => {
    for (const company of small.companies) {
      const first = small.users.find((u) => u.companyId === company.id) as User;
      expect(company).toMatchObject({
        contactName: `${first.firstName} ${first.lastName}`,
        contactEmail: first.email,
      });
      const address = company.billingAddress as NonNullable<typeof company.billingAddress>;
      expect(address).toMatchObject({ country: company.country, city: company.city });
      expect(addressErrors('billingAddress', { ...address }), `company ${company.id}`).toEqual({});
    }
    expect(small.companies[0].contactEmail).toBe(DEMO.acme);
  });
});
