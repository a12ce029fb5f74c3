import { describe, expect, it } from 'vitest';
import { buildDb, generateDb } from '../../mocks/db/generate';
import { type Dataset, REFERENCE_DATE, type TableName } from '../../mocks/db/types';
import { isCanonicalSkill } from '../../src/model/skills';
import {
  CREDIT_KINDS,
  CURRENCY_BY_COUNTRY,
  FUNNEL_STAGES,
  type Identifier,
  OFFER_STATUSES,
  STAGES,
  type Stage,
} from '../../src/model/types';

const db = generateDb({ seed: 42, scale: 'small' });
const REF = REFERENCE_DATE;
const TABLES = Object.keys(db).filter((k) => k !== 'passwords') as TableName[];

function ids<T extends { id: Identifier }>(rows: T[]): Set<Identifier> {
  return new Set(rows.map((r) => r.id));
}
/** The labels of the rows breaking a rule: one assertion per rule, and the culprits in the message. */
function broken<T>(rows: readonly T[], ok: (row: T) => boolean, label: (row: T) => string): string[] {
  const out: string[] = [];
  for (const row of rows) if (!ok(row)) out.push(label(row));
  return out;
}

function countBy<T>(rows: T[], key: (row: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
}

/** The guarantees of docs/demo-and-scales.md for the two demo tenants, checked on any data set. */
function expectDemoTenants(data: Dataset): void {
  for (const companyId of [1, 2]) {
    const company = data.companies[companyId - 1];
    expect(company).toMatchObject({ country: 'FR', plan: 'pro', status: 'active' });
    expect(company.credits.cvUnlocks).toBeGreaterThan(0);
    expect(company.credits.jobSlots).toBeGreaterThan(0);
    const offers = countBy(
      data.offers.filter((o) => o.companyId === companyId),
      (o) => o.status,
    );
    for (const status of OFFER_STATUSES)
      expect(offers.get(status) ?? 0, `${companyId} ${status}`).toBeGreaterThanOrEqual(2);
    const stages = countBy(
      data.applications.filter((a) => a.companyId === companyId),
      (a) => a.stage,
    );
    for (const stage of STAGES)
      expect(stages.get(stage) ?? 0, `${companyId} ${stage}`).toBeGreaterThanOrEqual(3);
  }
}

describe('generateDb: determinism and speed', () => {
  it('gives deep-equal data for the same options and different data for another seed', () => {
    expect(buildDb({ seed: 42, scale: 'small' })).toEqual(db); // a second build, not the cached one
    const other = generateDb({ seed: 7, scale: 'small' });
    expect(other.candidates.map((c) => c.email)).not.toEqual(db.candidates.map((c) => c.email));
    expect(other.applications.length).toBeGreaterThan(1_000);
  });

  it('hands out a fresh copy each time, so the API can mutate it', () => {
    const first = generateDb({ seed: 42, scale: 'small' });
    first.offers[0].title = 'Changed';
    first.applications.pop();
    const second = generateDb({ seed: 42, scale: 'small' });
    expect(second.offers[0].title).toBe(db.offers[0].title);
    expect(second.applications).toHaveLength(db.applications.length);
  });

  it('dates everything from referenceDate, never from the wall clock', () => {
    const later = generateDb({ seed: 42, scale: 'small', referenceDate: '2027-03-01T09:00:00.000Z' });
    expect(later.offers.length).toBe(db.offers.length);
    const latest = (data: Dataset) =>
      data.applications.map((a) => a.appliedAt).sort()[data.applications.length - 1];
    expect(latest(db) <= REF).toBe(true);
    expect(latest(later) > REF).toBe(true);
    expect(latest(later) <= '2027-03-01T09:00:00.000Z').toBe(true);
  });

  it('builds the small scale well under a second', () => {
    // The best of two runs, under a generous bound: a sanity check against an accidental
    // quadratic step, not a benchmark (the test machine may be busy).
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 2; run++) {
      const started = performance.now();
      const fresh = buildDb({ seed: 3, scale: 'small' });
      best = Math.min(best, performance.now() - started);
      expect(fresh.companies).toHaveLength(20);
    }
    expect(best).toBeLessThan(1_500);
  });

  it('numbers every table sequentially from 1', () => {
    for (const name of TABLES) {
      const rows = db[name] as Array<{ id: Identifier }>;
      expect(
        rows.map((row) => row.id),
        name,
      ).toEqual(rows.map((_, index) => index + 1));
    }
  });

  it('has the counts of the small scale', () => {
    expect(db.companies).toHaveLength(20);
    expect(db.users.length).toBeGreaterThanOrEqual(50);
    expect(db.offers.length).toBeGreaterThanOrEqual(300);
    expect(db.candidates).toHaveLength(500);
    expect(db.applications.length).toBeGreaterThanOrEqual(1_400);
    expect(db.activities.length).toBeGreaterThan(db.applications.length);
    expect(db.interviews.length).toBeGreaterThan(0);
    expect(db.scorecards.length).toBeGreaterThan(0);
    expect(db.tasks.length).toBeGreaterThan(0);
  });
});

describe('generateDb: demo accounts and tenants', () => {
  it('always has the five demo accounts, password "demo", no stored locale', () => {
    const byEmail = new Map(db.users.map((u) => [u.email, u]));
    const expected: Array<[string, string, number | null]> = [
      ['admin@backoffice.test', 'admin', null],
      ['support@backoffice.test', 'support', null],
      ['sales@backoffice.test', 'sales', null],
      ['recruiter@acme.test', 'recruiter', 1],
      ['recruiter@globex.test', 'recruiter', 2],
    ];
    for (const [email, role, companyId] of expected) {
      expect(byEmail.get(email), email).toMatchObject({ role, companyId, locale: null, status: 'active' });
      expect(db.passwords[email]).toBe('demo');
    }
    expect(db.users[0].email).toBe('admin@backoffice.test');
    expect(db.companies[0].name).toBe('Acme Consulting');
    expect(db.companies[1].name).toBe('Globex Digital');
  });

  it('gives every user the password "demo" under a unique lower-case e-mail', () => {
    expect(Object.keys(db.passwords).sort()).toEqual(db.users.map((u) => u.email).sort());
    expect(
      broken(
        db.users,
        (u) => u.email === u.email.toLowerCase() && db.passwords[u.email] === 'demo',
        (u) => u.email,
      ),
    ).toEqual([]);
  });

  it('gives companies 1 and 2 offers in every status and applications in every stage, whatever the seed', () => {
    expectDemoTenants(db);
    for (const seed of [1, 99]) expectDemoTenants(generateDb({ seed, scale: 'small' }));
  });

  it('keeps the guarantees and counts at the demo scale', () => {
    const demo = generateDb({ scale: 'demo' });
    expectDemoTenants(demo);
    expect(demo.companies).toHaveLength(300);
    expect(demo.candidates).toHaveLength(10_000);
    expect(demo.offers.length).toBeGreaterThanOrEqual(3_000);
    expect(demo.applications.length).toBeGreaterThanOrEqual(29_000);
  });
});

describe('generateDb: integrity', () => {
  const users = new Map(db.users.map((u) => [u.id, u]));
  const offers = new Map(db.offers.map((o) => [o.id, o]));
  const recruiterOf = (userId: Identifier, companyId: Identifier) =>
    users.get(userId)?.role === 'recruiter' && users.get(userId)?.companyId === companyId;

  it('resolves every foreign key', () => {
    const companyIds = ids(db.companies);
    const candidateIds = ids(db.candidates);
    const applicationIds = ids(db.applications);
    const interviewIds = ids(db.interviews);
    const problems = [
      ...broken(
        db.companies,
        (c) => c.salesOwnerId === null || users.get(c.salesOwnerId)?.role === 'sales',
        (c) => `company ${c.id}`,
      ),
      ...broken(
        db.users,
        (u) => (u.role === 'recruiter' ? companyIds.has(u.companyId ?? 0) : u.companyId === null),
        (u) => `user ${u.id}`,
      ),
      ...broken(
        db.offers,
        (o) => recruiterOf(o.recruiterId, o.companyId),
        (o) => `offer ${o.id}`,
      ),
      ...broken(
        db.candidates,
        (c) => c.ownerCompanyId === null || companyIds.has(c.ownerCompanyId),
        (c) => `candidate ${c.id}`,
      ),
      ...broken(
        db.activities,
        (a) =>
          candidateIds.has(a.candidateId) &&
          applicationIds.has(a.applicationId ?? 0) &&
          recruiterOf(a.authorId, a.companyId),
        (a) => `activity ${a.id}`,
      ),
      ...broken(
        db.interviews,
        (i) => {
          const app = db.applications[i.applicationId - 1];
          return (
            app?.candidateId === i.candidateId &&
            app.offerId === i.offerId &&
            app.companyId === i.companyId &&
            i.interviewerIds.every((id) => recruiterOf(id, i.companyId))
          );
        },
        (i) => `interview ${i.id}`,
      ),
      ...broken(
        db.scorecards,
        (sc) =>
          interviewIds.has(sc.interviewId) &&
          db.interviews[sc.interviewId - 1].applicationId === sc.applicationId,
        (sc) => `scorecard ${sc.id}`,
      ),
      ...broken(
        db.tasks,
        (t) => recruiterOf(t.assigneeId, t.companyId),
        (t) => `task ${t.id}`,
      ),
      ...broken(
        db.candidateUnlocks,
        (u) => candidateIds.has(u.candidateId) && recruiterOf(u.actorId, u.companyId),
        (u) => `unlock ${u.id}`,
      ),
      ...broken(
        db['credit-ledger'],
        (e) => companyIds.has(e.companyId),
        (e) => `ledger ${e.id}`,
      ),
    ];
    expect(problems).toEqual([]);
  });

  it('denormalises company and recruiter from the offer, once per candidate and offer', () => {
    const pairs = new Set<string>();
    const problems = broken(
      db.applications,
      (a) => {
        const offer = offers.get(a.offerId);
        const pair = `${a.candidateId}:${a.offerId}`;
        const fresh = !pairs.has(pair);
        pairs.add(pair);
        return (
          fresh &&
          offer?.companyId === a.companyId &&
          offer.recruiterId === a.recruiterId &&
          db.candidates[a.candidateId - 1] !== undefined
        );
      },
      (a) => `application ${a.id}`,
    );
    expect(problems).toEqual([]);
  });

  it('counts exactly the applications of each offer', () => {
    const counts = countBy(db.applications, (a) => String(a.offerId));
    expect(
      broken(
        db.offers,
        (o) => o.applicationsCount === (counts.get(String(o.id)) ?? 0),
        (o) => o.reference,
      ),
    ).toEqual([]);
    expect(db.offers.some((o) => o.applicationsCount > 5)).toBe(true);
  });

  it('sums each company ledger to its credits, with a running balance', () => {
    for (const company of db.companies) {
      for (const kind of CREDIT_KINDS) {
        const entries = db['credit-ledger'].filter((e) => e.companyId === company.id && e.kind === kind);
        expect(entries[0]?.action).toBe('initial');
        let balance = 0;
        for (const e of entries) {
          balance += e.delta;
          expect(e.balanceAfter).toBe(balance);
        }
        expect(balance, `${company.id} ${kind}`).toBe(company.credits[kind]);
      }
    }
    const unlockDebits = db['credit-ledger'].filter((e) => e.action === 'cv_unlock' && e.companyId === 1);
    expect(unlockDebits.length).toBe(db.candidateUnlocks.filter((u) => u.companyId === 1).length);
    expect(unlockDebits.length).toBeGreaterThan(0);
  });
});

describe('generateDb: business rules', () => {
  it('prices offers by contract: salary ranges, freelance daily rates, currency and IR35 by country', () => {
    const spread = (min: number | null, max: number | null) => (max ?? -1) - (min ?? 0);
    const problems = broken(
      db.offers,
      (o) =>
        o.currency === CURRENCY_BY_COUNTRY[o.country] &&
        (o.contractType === 'freelance'
          ? o.salaryMin === null &&
            o.salaryMax === null &&
            (o.dailyRateMin ?? 0) > 0 &&
            spread(o.dailyRateMin, o.dailyRateMax) >= 0 &&
            spread(o.dailyRateMin, o.dailyRateMax) <= 500
          : o.dailyRateMin === null &&
            o.dailyRateMax === null &&
            Number.isInteger(o.salaryMin) &&
            (o.salaryMin ?? 0) > 0 &&
            spread(o.salaryMin, o.salaryMax) >= 0 &&
            spread(o.salaryMin, o.salaryMax) <= 50_000) &&
        (o.ir35 !== null) === (o.country === 'GB' && o.contractType === 'freelance'),
      (o) => `${o.reference} ${o.contractType} ${o.country}`,
    );
    expect(problems).toEqual([]);
    const contracts = countBy(db.offers, (o) => o.contractType);
    expect(contracts.get('permanent') ?? 0).toBeGreaterThan(contracts.get('freelance') ?? 0);
    expect(contracts.get('internship') ?? 0).toBeGreaterThan(0);
  });

  it('dates offers consistently with their status and the reference date', () => {
    const consistent = (o: (typeof db.offers)[number]) => {
      if (!/^TIT-\d{4}-\d{6}$/.test(o.reference)) return false;
      if (o.status === 'draft') return o.publishedAt === null && o.closedAt === null;
      const published = o.publishedAt ?? '';
      const expires = o.expiresAt ?? '';
      if (!(published >= o.createdAt && published <= REF && expires > published)) return false;
      if ((o.status === 'published' || o.status === 'paused') && expires <= REF) return false;
      if (o.status === 'expired' && expires > REF) return false;
      return (o.closedAt !== null) === (o.status === 'closed');
    };
    expect(broken(db.offers, consistent, (o) => `${o.reference} ${o.status}`)).toEqual([]);
  });

  it('writes canonical skills and a sanitised HTML description of 500–3,000 characters on published offers', () => {
    const allowedTags = (html: string) =>
      (html.match(/<[^>]*>/g) ?? []).every((tag) => /^<\/?(p|ul|li|strong)>$/.test(tag));
    const problems = broken(
      db.offers,
      (o) =>
        o.skills.length >= 3 &&
        o.skills.length <= 8 &&
        o.skills.every(isCanonicalSkill) &&
        (o.status !== 'published' ||
          (o.description.length >= 500 && o.description.length <= 3_000 && allowedTags(o.description))),
      (o) => o.reference,
    );
    expect(problems).toEqual([]);
    expect(
      broken(
        db.candidates,
        (c) => c.skills.every(isCanonicalSkill),
        (c) => c.skills.join(),
      ),
    ).toEqual([]);
  });

  it('moves applications through the funnel in order, with fewer reaching each later stage', () => {
    const reached = new Map<Stage, number>();
    const inOrder = (a: (typeof db.applications)[number]) => {
      const first = a.history[0];
      const last = a.history[a.history.length - 1];
      if (first.stage !== 'new' || first.at !== a.appliedAt) return false;
      if (last.stage !== a.stage || last.at !== a.stageChangedAt || a.stageChangedAt > REF) return false;
      if (a.appliedAt < (db.offers[a.offerId - 1].publishedAt ?? '9999')) return false;
      if ((a.rejectionReason !== null) !== (a.stage === 'rejected')) return false;
      return a.history.every((step, i) => {
        reached.set(step.stage, (reached.get(step.stage) ?? 0) + 1);
        if (i === 0) return true;
        const previous = a.history[i - 1];
        // Funnel steps go one stage forward at a time; an exit can only be the last step.
        const forward = FUNNEL_STAGES.includes(step.stage)
          ? FUNNEL_STAGES.indexOf(step.stage) === FUNNEL_STAGES.indexOf(previous.stage) + 1
          : i === a.history.length - 1;
        return forward && step.at >= previous.at;
      });
    };
    expect(broken(db.applications, inOrder, (a) => `application ${a.id}`)).toEqual([]);
    const funnel = FUNNEL_STAGES.map((s) => reached.get(s) ?? 0);
    for (let i = 1; i < funnel.length; i++)
      expect(funnel[i], FUNNEL_STAGES[i]).toBeLessThanOrEqual(funnel[i - 1]);
    expect(funnel[0]).toBe(db.applications.length);
    expect(funnel[5]).toBeGreaterThan(0);
    expect(funnel[5]).toBeLessThan(funnel[0] / 5);
  });

  it('orders each (company, stage) column by position, most recently moved first', () => {
    const columns = new Map<string, typeof db.applications>();
    for (const a of db.applications) {
      const key = `${a.companyId}:${a.stage}`;
      columns.set(key, [...(columns.get(key) ?? []), a]);
    }
    const problems: string[] = [];
    for (const [key, column] of columns) {
      const sorted = column.slice().sort((x, y) => x.position - y.position);
      sorted.forEach((a, i) => {
        if (a.position !== i || (i > 0 && a.stageChangedAt > sorted[i - 1].stageChangedAt))
          problems.push(`${key} #${a.id}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('keeps candidates free of pay history, with one pay expectation each', () => {
    const emails = new Set(db.candidates.map((c) => c.email));
    expect(emails.size).toBe(db.candidates.length);
    const ok = (c: (typeof db.candidates)[number]) =>
      !Object.keys(c).some((k) => /history|previous|current(salary|pay)|pastsalar/i.test(k)) &&
      (c.desiredSalary === null) !== (c.desiredDailyRate === null) &&
      c.currency === CURRENCY_BY_COUNTRY[c.country] &&
      (c.phone === null || (c.country === 'FR' ? /^\+33[1-9]\d{8}$/ : /^\+44\d{10}$/).test(c.phone)) &&
      (c.linkedinUrl === null || c.linkedinUrl.startsWith('https://www.linkedin.com/in/')) &&
      c.anonymizedAt === null;
    expect(broken(db.candidates, ok, (c) => `candidate ${c.id}`)).toEqual([]);
  });

  it('has candidates inactive for over 24 months for the retention view, and none who applied since', () => {
    const cutoff = new Date(Date.parse(REF) - 730 * 86_400_000).toISOString();
    const stale = db.candidates.filter((c) => c.lastActivityAt !== null && c.lastActivityAt < cutoff);
    expect(stale.length).toBeGreaterThan(0);
    const staleIds = new Set(stale.map((c) => c.id));
    expect(db.applications.some((a) => staleIds.has(a.candidateId))).toBe(false);
  });

  it('gives companies plan-consistent revenue, legal ids and a mostly French market', () => {
    const ok = (c: (typeof db.companies)[number]) =>
      c.currency === CURRENCY_BY_COUNTRY[c.country] &&
      (c.country === 'FR' ? /^\d{9}$/ : /^(\d{8}|SC\d{6})$/).test(c.legalId) &&
      (c.plan === 'free' || c.status === 'trial' || c.status === 'churned'
        ? c.mrrCents === 0
        : c.mrrCents > 0);
    expect(broken(db.companies, ok, (c) => `${c.id} ${c.plan} ${c.status}`)).toEqual([]);
    const french = db.companies.filter((c) => c.country === 'FR').length;
    expect(french / db.companies.length).toBeGreaterThan(0.6);
  });

  it('writes one stage_change activity per move, and message templates with placeholders for the demo tenants', () => {
    const changes = db.activities.filter((a) => a.type === 'stage_change');
    const moves = db.applications.reduce((n, a) => n + a.history.length - 1, 0);
    expect(changes.length).toBe(moves);
    const matchesHistory = (change: (typeof changes)[number]) => {
      const app = db.applications[(change.applicationId ?? 0) - 1];
      const i = app.history.findIndex((h) => h.stage === change.toStage);
      return i > 0 && app.history[i - 1].stage === change.fromStage && app.history[i].at === change.createdAt;
    };
    expect(broken(changes, matchesHistory, (c) => `activity ${c.id}`)).toEqual([]);
    for (const companyId of [1, 2]) {
      const templates = db['message-templates'].filter((t) => t.companyId === companyId);
      expect(new Set(templates.map((t) => `${t.kind}:${t.locale}`)).size).toBe(6);
      const invitation = templates.find((t) => t.kind === 'invitation');
      expect(invitation?.body).toContain('{candidate.firstName}');
      expect(invitation?.body).toContain('{interview.startsAt}');
      expect(invitation?.subject).toContain('{offer.title}');
    }
    expect(db.interviews.some((i) => i.startsAt > REF && i.status === 'planned')).toBe(true);
  });
});
