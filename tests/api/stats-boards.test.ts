import { describe, expect, it } from 'vitest';
import { advanceClock, getState } from '../../mocks/handlers';
import type { BoardsStats } from '../../src/model/stats-types';
import type { Board, OfferPublication } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { FR_OFFER_TEXT, publishedOffer } from '../helpers/boards';

/**
 * GET /api/stats/boards: per-board and per-country figures, the moderation backlog, support's
 * decision times and the top rejection reasons, each checked against a plain count over the tables.
 */
const DAY = 86_400_000;
const stats = (query: string, token: string) =>
  call<BoardsStats>('GET', `/api/stats/boards${query}`, undefined, token);

const boards = () => getState().tables.boards.rows as Board[];
const publications = () => getState().tables['offer-publications'].rows as OfferPublication[];
const now = () => getState().clock.now();
/** ISO bounds of the default period: the 30 days ending today, today included. */
function period() {
  const today = new Date(now()).toISOString().slice(0, 10);
  const end = Date.parse(`${today}T00:00:00Z`) + DAY;
  return { from: new Date(end - 30 * DAY).toISOString(), to: new Date(end).toISOString() };
}
const within = (iso: string | null, { from, to }: { from: string; to: string }) =>
  iso !== null && iso >= from && iso < to;

/** The figures as a reader would count them by hand over the rows. */
function expected(rows: OfferPublication[], range: { from: string; to: string }) {
  const submitted = rows.filter((p) => within(p.submittedAt, range));
  const views = submitted.reduce((sum, p) => sum + p.views, 0);
  const applications = submitted.reduce((sum, p) => sum + p.applicationsCount, 0);
  return {
    live: rows.filter((p) => p.state === 'live').length,
    submitted: submitted.length,
    views,
    applications,
    conversion: views > 0 ? applications / views : null,
  };
}

describe('GET /api/stats/boards', () => {
  it('counts live offers, submissions, views, applications and conversion per board and per country as the tables hold them', async () => {
    const { body, status } = await stats('', await login(DEMO.sales));
    expect(status).toBe(200);
    const range = period();
    const all = publications();
    expect(all.length).toBeGreaterThan(0);
    for (const board of boards()) {
      const rows = all.filter((p) => p.boardId === board.id);
      const row = body.boards.find((b) => b.boardId === board.id);
      expect(row).toEqual({
        boardId: board.id,
        name: board.name,
        country: board.country,
        ...expected(rows, range),
        conversion: expect.any(Number),
        pending: rows.filter((p) => p.state === 'pending-review').length,
      });
      expect(row?.conversion).toBeCloseTo(expected(rows, range).conversion as number, 12);
    }
    for (const country of ['FR', 'GB'] as const) {
      const ids = boards()
        .filter((b) => b.country === country)
        .map((b) => b.id);
      const want = expected(
        all.filter((p) => ids.includes(p.boardId)),
        range,
      );
      const got = body.countries.find((c) => c.country === country);
      expect({ ...got, conversion: null }).toEqual({ country, ...want, conversion: null });
      expect(got?.conversion).toBeCloseTo(want.conversion as number, 12);
    }
    expect(body.boards.reduce((sum, b) => sum + b.live, 0)).toBeGreaterThan(0);
  });

  it('reports the queue as it stands: how many wait and since when', async () => {
    const { body } = await stats('', await login(DEMO.admin));
    const waiting = publications().filter((p) => p.state === 'pending-review');
    const oldest = waiting.map((p) => p.submittedAt).sort()[0] ?? null;
    expect(body.backlog.pending).toBe(waiting.length);
    expect(body.backlog.oldestSubmittedAt).toBe(oldest);
    expect(body.backlog.oldestAgeDays).toBe(
      oldest === null ? null : Math.round(((now() - Date.parse(oldest)) / DAY) * 10) / 10,
    );
  });

  it("times support's decisions and ranks the period's rejection reasons", async () => {
    const acme = await login(DEMO.acme);
    const sent: OfferPublication[] = [];
    for (const extra of [
      'Profil jeune et dynamique.',
      'Vous êtes jeune et dynamique.',
      'Jeune diplômé bienvenu.',
    ]) {
      const offer = await publishedOffer(
        acme,
        `${FR_OFFER_TEXT} ${extra}`,
        `Développeur ${extra.length} (H/F)`,
      );
      const answer = await call<OfferPublication[]>(
        'POST',
        `/api/offers/${offer.id}/publications`,
        { boardIds: [1] },
        acme,
      );
      expect(answer.body[0].state, JSON.stringify(answer.body[0].findings)).toBe('pending-review');
      sent.push(answer.body[0]);
    }
    advanceClock(2 * DAY);
    let support = await login(DEMO.support);
    expect((await call('POST', `/api/offer-publications/${sent[0].id}/approve`, {}, support)).status).toBe(
      200,
    );
    advanceClock(3 * DAY);
    support = await login(DEMO.support);
    for (const one of sent.slice(1)) {
      const reject = { code: 'discrimination', reason: 'Age is not a requirement.' };
      expect((await call('POST', `/api/offer-publications/${one.id}/reject`, reject, support)).status).toBe(
        200,
      );
    }

    const { body } = await stats('', await login(DEMO.sales));
    const range = period();
    const decided = publications().filter((p) => p.decidedBy !== null && within(p.decidedAt, range));
    const waits = decided
      .map((p) => (Date.parse(p.decidedAt as string) - Date.parse(p.submittedAt)) / DAY)
      .sort((a, b) => a - b);
    expect(waits).toEqual([2, 5, 5]);
    expect(body.decisions).toBe(3);
    expect(body.medianDecisionDays).toBe(5);

    const counts = new Map<string, number>();
    for (const p of publications())
      if (p.state === 'rejected' && p.rejectionCode !== null && within(p.decidedAt, range))
        counts.set(p.rejectionCode, (counts.get(p.rejectionCode) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5);
    expect(body.rejections.map((r) => r.count)).toEqual(top.map(([, count]) => count));
    expect(body.rejections.find((r) => r.code === 'discrimination')?.count).toBe(
      counts.get('discrimination'),
    );
    expect(counts.get('discrimination')).toBeGreaterThanOrEqual(2);
  });

  it('narrows to a market (the board’s country) and a company, and the figures follow', async () => {
    const sales = await login(DEMO.sales);
    const { body } = await stats('?country=GB&companyId=2', sales);
    const range = period();
    const uk = boards().filter((b) => b.country === 'GB');
    expect(body.boards.map((b) => b.boardId).sort()).toEqual(uk.map((b) => b.id).sort());
    expect(body.countries.map((c) => c.country)).toEqual(['GB']);
    for (const board of uk) {
      const rows = publications().filter((p) => p.boardId === board.id && p.companyId === 2);
      const row = body.boards.find((b) => b.boardId === board.id);
      expect({ ...row, conversion: null }).toMatchObject({ ...expected(rows, range), conversion: null });
    }
    const waiting = publications().filter(
      (p) => p.state === 'pending-review' && p.companyId === 2 && uk.some((b) => b.id === p.boardId),
    );
    expect(body.backlog.pending).toBe(waiting.length);
  });

  it('is for staff: a recruiter is refused whatever the filter, an unknown company is a 404', async () => {
    const acme = await login(DEMO.acme);
    for (const query of ['', '?companyId=1', '?companyId=2'])
      expect((await stats(query, acme)).status).toBe(403);
    const support = await stats('', await login(DEMO.support));
    expect(support.status).toBe(200);
    const unknown = await stats('?companyId=99999', await login(DEMO.sales));
    expect(unknown.status).toBe(404);
    const bad = await stats('?boardId=1', await login(DEMO.sales));
    expect(bad.status).toBe(400);
  });

  it('lists a board an admin adds, at zero, and never more than 50 boards', async () => {
    const admin = await login(DEMO.admin);
    const created = await call<Board>(
      'POST',
      '/api/boards',
      {
        name: 'Board Zero',
        url: 'https://zero.example',
        country: 'FR',
        languages: ['fr'],
        rules: { requiresPayRange: false, inclusiveWording: false, minWords: 40 },
        active: true,
      },
      admin,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { body } = await stats('', admin);
    expect(body.boards.find((b) => b.boardId === created.body.id)).toEqual({
      boardId: created.body.id,
      name: 'Board Zero',
      country: 'FR',
      live: 0,
      submitted: 0,
      views: 0,
      applications: 0,
      conversion: null,
      pending: 0,
    });
    const table = getState().tables.boards;
    for (let i = 0; i < 60; i++) table.insert({ ...created.body, name: `Bulk board ${i}` } as never);
    expect((await stats('', admin)).body.boards).toHaveLength(50);
  });
});
