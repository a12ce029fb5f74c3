import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { startJournal } from '../../mocks/db/journal';
import { getState, onWrite, replayWrite, resetDb } from '../../mocks/handlers';
import type { AuditLog, Candidate, MatchFeedback, MatchResult, Offer } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { ACME, GLOBEX, offersOf } from './fixtures';

/** POST|GET /offers/{id}/match-feedback, DELETE /offers/{id}/match-feedback/{candidateId} (issue 18). */
const published = (companyId: number): Offer => offersOf(companyId, 'published')[0];

async function ranking(token: string, offerId: number, range: [number, number] = [0, 9]) {
  return (
    await call<Array<MatchResult<Candidate>>>(
      'GET',
      `/api/offers/${offerId}/matches${listQuery({ range })}`,
      undefined,
      token,
    )
  ).body;
}

const mark = (token: string, offerId: number, body: Record<string, unknown>) =>
  call('POST', `/api/offers/${offerId}/match-feedback`, body, token);

const auditOf = (action: string) =>
  (getState().tables['audit-logs'].rows as AuditLog[]).filter((a) => a.action === action);

describe('a recruiter’s verdict on a match', () => {
  it('is stored, shown on the card, replaced by a new verdict, and taken back', async () => {
    const token = await login(DEMO.acme);
    const offer = published(ACME);
    const [first] = await ranking(token, offer.id);
    expect(first.feedback).toBeNull();

    const created = await mark(token, offer.id, { candidateId: first.id, verdict: 'good' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      offerId: offer.id,
      candidateId: first.id,
      companyId: ACME,
      verdict: 'good',
      reason: null,
    });
    const shown = (await ranking(token, offer.id)).find((m) => m.id === first.id);
    expect(shown?.feedback).toEqual({ verdict: 'good', reason: null });
    expect(shown?.reasons.map((r) => r.key)).toContain('matching.reasons.feedbackMarkedGood');

    const replaced = await mark(token, offer.id, {
      candidateId: first.id,
      verdict: 'not_a_fit',
      reason: 'pay',
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.id).toBe(created.body.id);
    const list = await call<MatchFeedback[]>(
      'GET',
      `/api/offers/${offer.id}/match-feedback`,
      undefined,
      token,
    );
    expect(list.body).toEqual([
      expect.objectContaining({ candidateId: first.id, verdict: 'not_a_fit', reason: 'pay' }),
    ]);

    const undone = await call(
      'DELETE',
      `/api/offers/${offer.id}/match-feedback/${first.id}`,
      undefined,
      token,
    );
    expect(undone.status).toBe(200);
    expect((await ranking(token, offer.id)).find((m) => m.id === first.id)?.feedback ?? null).toBeNull();
    expect(
      (await call('DELETE', `/api/offers/${offer.id}/match-feedback/${first.id}`, undefined, token)).status,
    ).toBe(404);
  });

  it('moves the ranking at once: "not a fit" sends the profile down, and says why', async () => {
    const token = await login(DEMO.acme);
    const offer = published(ACME);
    const before = await ranking(token, offer.id, [0, 29]);
    const top = before[0];
    await mark(token, offer.id, { candidateId: top.id, verdict: 'not_a_fit', reason: 'location' });
    // A recruiter reads 30 rows a page at most: the first hundred, page by page.
    const after = [
      ...(await ranking(token, offer.id, [0, 29])),
      ...(await ranking(token, offer.id, [30, 59])),
      ...(await ranking(token, offer.id, [60, 89])),
      ...(await ranking(token, offer.id, [90, 99])),
    ];
    const moved = after.find((m) => m.id === top.id);
    expect(moved).toBeDefined();
    expect(after[0].id).not.toBe(top.id);
    expect(moved?.score ?? 0).toBeLessThan(top.score);
    expect(moved?.reasons).toContainEqual(
      expect.objectContaining({
        key: 'matching.reasons.feedbackMarkedNotFit',
        values: { reason: 'location' },
      }),
    );
  });

  it('is audited: who said what about which pair, and its undo', async () => {
    const token = await login(DEMO.acme);
    const offer = published(ACME);
    const [first] = await ranking(token, offer.id);
    await mark(token, offer.id, { candidateId: first.id, verdict: 'not_a_fit', reason: 'seniority' });
    await call('DELETE', `/api/offers/${offer.id}/match-feedback/${first.id}`, undefined, token);
    const [set] = auditOf('match.feedback');
    expect(set).toMatchObject({
      actorRole: 'recruiter',
      resource: 'offers',
      recordId: offer.id,
      changes: { candidateId: [null, first.id], verdict: [null, 'not_a_fit'], reason: [null, 'seniority'] },
    });
    expect(auditOf('match.feedback.remove')[0].changes.verdict).toEqual(['not_a_fit', null]);
  });
});

describe('tenant isolation', () => {
  it('lets a company neither read nor write another company’s verdicts (404, as for its offers)', async () => {
    const acme = await login(DEMO.acme);
    const globex = await login(DEMO.globex);
    const offer = published(ACME);
    const [first] = await ranking(acme, offer.id);
    await mark(acme, offer.id, { candidateId: first.id, verdict: 'good' });
    expect((await call('GET', `/api/offers/${offer.id}/match-feedback`, undefined, globex)).status).toBe(404);
    expect(
      (await mark(globex, offer.id, { candidateId: first.id, verdict: 'not_a_fit', reason: 'skills' }))
        .status,
    ).toBe(404);
    expect(
      (await call('DELETE', `/api/offers/${offer.id}/match-feedback/${first.id}`, undefined, globex)).status,
    ).toBe(404);
    const kept = await call<MatchFeedback[]>(
      'GET',
      `/api/offers/${offer.id}/match-feedback`,
      undefined,
      acme,
    );
    expect(kept.body).toEqual([expect.objectContaining({ verdict: 'good' })]);
  });

  it('never lets one company’s feedback move another company’s rankings', async () => {
    const acme = await login(DEMO.acme);
    const globex = await login(DEMO.globex);
    const theirs = published(GLOBEX);
    const before = await ranking(globex, theirs.id, [0, 19]);
    // Acme turns down, for seniority, a crowd of profiles on its own offers: its weights move...
    for (const offer of offersOf(ACME, 'published').slice(0, 3))
      for (const m of await ranking(acme, offer.id))
        await mark(acme, offer.id, { candidateId: m.id, verdict: 'not_a_fit', reason: 'seniority' });
    // ...Globex's ranking does not.
    expect(await ranking(globex, theirs.id, [0, 19])).toEqual(before);
  });

  it('keeps the company’s feedback out of what staff see: they get the engine’s own ranking and the verdicts', async () => {
    const acme = await login(DEMO.acme);
    const admin = await login(DEMO.admin);
    const offer = published(ACME);
    const before = (await ranking(admin, offer.id)).map((m) => [m.id, m.score]);
    const [first] = await ranking(acme, offer.id);
    await mark(acme, offer.id, { candidateId: first.id, verdict: 'not_a_fit', reason: 'skills' });
    const after = await ranking(admin, offer.id);
    expect(after.map((m) => [m.id, m.score])).toEqual(before);
    expect(after.find((m) => m.id === first.id)?.feedback).toEqual({
      verdict: 'not_a_fit',
      reason: 'skills',
    });
    const sales = await login(DEMO.sales);
    expect((await call('GET', `/api/offers/${offer.id}/match-feedback`, undefined, sales)).status).toBe(403);
    const support = await login(DEMO.support);
    expect((await mark(support, offer.id, { candidateId: first.id, verdict: 'good' })).status).toBe(403);
  });
});

describe('bad input', () => {
  it('answers 422 naming each bad field, and refuses what the session decides', async () => {
    const token = await login(DEMO.acme);
    const offer = published(ACME);
    const [first] = await ranking(token, offer.id);
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ candidateId: first.id, verdict: 'maybe' }, ['verdict']],
      [{ candidateId: first.id, verdict: 'not_a_fit' }, ['reason']],
      [{ candidateId: first.id, verdict: 'not_a_fit', reason: 'vibes' }, ['reason']],
      [{ candidateId: first.id, verdict: 'good', reason: 'pay' }, ['reason']],
      [{ verdict: 'good' }, ['candidateId']],
      [{ candidateId: 99_999_999, verdict: 'good' }, ['candidateId']],
      [{ candidateId: first.id, verdict: 'good', companyId: GLOBEX, authorId: 1 }, ['companyId', 'authorId']],
    ];
    for (const [body, fields] of cases) {
      const response = await mark(token, offer.id, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(Object.keys(response.body.errors).sort()).toEqual([...fields].sort());
    }
    expect((await mark(token, offer.id, [] as never)).status).toBe(400);
    const french = await call(
      'POST',
      `/api/offers/${offer.id}/match-feedback`,
      { candidateId: first.id, verdict: 'good', reason: 'pay' },
      token,
      {
        'Accept-Language': 'fr',
      },
    );
    expect(french.body.errors.reason).toMatch(/ne convient pas/);
    expect(getState().tables.matchFeedback.rows).toHaveLength(0);
  });

  it('refuses a verdict on an anonymised profile', async () => {
    const token = await login(DEMO.acme);
    const offer = published(ACME);
    const [first] = await ranking(token, offer.id);
    (getState().tables.candidates.get(first.id) as Candidate).anonymizedAt = '2026-10-01T00:00:00.000Z';
    const response = await mark(token, offer.id, { candidateId: first.id, verdict: 'good' });
    expect(response.status).toBe(422);
    expect(response.body.errors.candidateId).toBe('an anonymised profile cannot be judged');
  });
});

describe('the person behind the verdict', () => {
  it('finds it in their GDPR export, and erases it with them', async () => {
    const acme = await login(DEMO.acme);
    const support = await login(DEMO.support);
    const offer = published(ACME);
    const [first] = await ranking(acme, offer.id);
    await mark(acme, offer.id, { candidateId: first.id, verdict: 'not_a_fit', reason: 'pay' });
    const exported = await call('GET', `/api/candidates/${first.id}/export`, undefined, support);
    expect(exported.body.matchFeedback).toEqual([
      expect.objectContaining({ offerId: offer.id, verdict: 'not_a_fit' }),
    ]);
    expect((await call('POST', `/api/candidates/${first.id}/anonymize`, {}, support)).status).toBe(200);
    expect(
      (await call<MatchFeedback[]>('GET', `/api/offers/${offer.id}/match-feedback`, undefined, acme)).body,
    ).toEqual([]);
  });
});

describe('the demo journal', () => {
  it('replays verdicts after a reload: the card and the ranking come back as they were', async () => {
    globalThis.indexedDB = new IDBFactory();
    resetDb();
    const first = await startJournal(
      { onWrite, replayWrite, reseed: () => resetDb() },
      { dataset: '42:small' },
    );
    const token = await login(DEMO.acme);
    const offer = published(ACME);
    const [a, b] = await ranking(token, offer.id);
    await mark(token, offer.id, { candidateId: a.id, verdict: 'not_a_fit', reason: 'pay' });
    await mark(token, offer.id, { candidateId: b.id, verdict: 'good' });
    const marked = await ranking(token, offer.id);
    await first.stop();

    resetDb();
    const second = await startJournal(
      { onWrite, replayWrite, reseed: () => resetDb() },
      { dataset: '42:small' },
    );
    expect(second.replayed).toBe(2);
    const again = await login(DEMO.acme);
    expect(await ranking(again, offer.id)).toEqual(marked);
    await second.stop();
  });
});
