import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { AuditLog, Board, Offer, OfferPublication } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { FR_OFFER_TEXT as FR_TEXT, publishedOffer } from '../helpers/boards';
import { ACME, GLOBEX } from './fixtures';

/**
 * Job boards over the API: per-board publication states and counters, the plan's slots per board,
 * moderation by support (approve, reject with a reason, bulk), the recruiter's fix and resubmit, and
 * who may do what.
 */
const FREE_WORK = 1;
const TECHNOJOBS = 2;

// biome-ignore lint/suspicious/noExplicitAny: an answer is either the publications or an error body
type Answer = OfferPublication[] & Record<string, any>;
const submit = (token: string, offerId: number, boardIds: unknown) =>
  call<Answer>('POST', `/api/offers/${offerId}/publications`, { boardIds }, token);

const publicationsTable = () => getState().tables['offer-publications'].rows as OfferPublication[];
const auditOf = (action: string, recordId: number) =>
  (getState().tables['audit-logs'].rows as AuditLog[]).filter(
    (entry) => entry.action === action && entry.recordId === recordId,
  );

describe('boards and the seed', () => {
  it('lists Free-Work for France and the two UK boards, with their rules, to every role', async () => {
    for (const email of [DEMO.acme, DEMO.sales, DEMO.support]) {
      const response = await call<Board[]>('GET', '/api/boards', undefined, await login(email));
      expect(response.status).toBe(200);
      expect(response.body.map((b) => [b.name, b.country])).toEqual([
        ['Free-Work', 'FR'],
        ['technojobs.co.uk', 'GB'],
        ['womenintech.co.uk', 'GB'],
      ]);
    }
    const women = (await call<Board>('GET', '/api/boards/3', undefined, await login(DEMO.acme))).body;
    expect(women.rules).toMatchObject({ requiresPayRange: true, inclusiveWording: true });
  });

  it('publishes the seed’s offers on their country’s board with per-board counters', async () => {
    const token = await login(DEMO.acme);
    const response = await call<OfferPublication[]>(
      'GET',
      `/api/offer-publications${listQuery({ filter: { state: 'live' }, range: [0, 499] })}`,
      undefined,
      token,
    );
    expect(response.status).toBe(200);
    expect(response.body.length).toBeGreaterThan(0);
    expect(response.body.every((p) => p.companyId === ACME && p.boardId === FREE_WORK)).toBe(true);
    expect(response.body.some((p) => p.views > 0)).toBe(true);
  });

  it('lets admin add a board and refuses malformed rules on the field', async () => {
    const admin = await login(DEMO.admin);
    const bad = await call(
      'POST',
      '/api/boards',
      {
        name: 'Jobs IE',
        url: 'https://jobs.example.ie',
        country: 'GB',
        languages: [],
        rules: { minWords: -1 },
      },
      admin,
    );
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['languages', 'rules']);
    const created = await call<Board>(
      'POST',
      '/api/boards',
      { name: 'Jobs IE', url: 'https://jobs.example.ie', country: 'GB', languages: ['en'] },
      admin,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ active: true, rules: { minWords: 80 } });
    const support = await login(DEMO.support);
    expect((await call('POST', '/api/boards', { name: 'X' }, support)).status).toBe(403);
  });
});

describe('a board’s rules', () => {
  it('refuses an empty or a padded rule set with a 422 on rules, and support’s edits with a 403', async () => {
    const admin = await login(DEMO.admin);
    const board = { name: 'Jobs IE', url: 'https://jobs.example.ie', country: 'GB', languages: ['en'] };
    const padded = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`rule${i}`, true]));
    for (const rules of [{}, { ...padded, requiresPayRange: true, inclusiveWording: false, minWords: 40 }]) {
      const answer = await call('POST', '/api/boards', { ...board, rules }, admin);
      expect(answer.status).toBe(422);
      expect(Object.keys(answer.body.errors)).toEqual(['rules']);
    }
    const before = getState().tables.boards.rows.length;
    const support = await login(DEMO.support);
    const seeded = (await call<Board>('GET', '/api/boards/1', undefined, support)).body;
    const edit = { ...seeded, rules: { ...seeded.rules, minWords: 0 } };
    expect((await call('PUT', '/api/boards/1', edit, support)).status).toBe(403);
    expect(getState().tables.boards.rows.length).toBe(before);
    expect((getState().tables.boards.get(1) as Board).rules.minWords).toBe(40);
  });
});

describe('publishing an offer to boards', () => {
  it('puts a clean offer live at once, audited', async () => {
    const token = await login(DEMO.acme);
    const offer = await publishedOffer(token, FR_TEXT);
    const response = await submit(token, offer.id, [FREE_WORK]);
    expect(response.status).toBe(201);
    expect(response.body[0]).toMatchObject({ state: 'live', findings: [], boardId: FREE_WORK });
    expect(auditOf('publication.submit', response.body[0].id)).toHaveLength(1);
  });

  it('is live on one board and waits for review on another, each with its own state', async () => {
    const token = await login(DEMO.acme);
    const offer = await publishedOffer(token, FR_TEXT);
    const response = await submit(token, offer.id, [FREE_WORK, TECHNOJOBS]);
    expect(response.body.map((p) => [p.boardId, p.state])).toEqual([
      [FREE_WORK, 'live'],
      [TECHNOJOBS, 'pending-review'],
    ]);
    expect(response.body[1].findings.map((f) => f.rule)).toEqual(['language']);
  });

  it('refuses at once on a blocking rule, with the reason and the passage; the fixed offer goes through', async () => {
    const token = await login(DEMO.acme);
    const offer = await publishedOffer(token, `${FR_TEXT} Candidat âgé de 25 à 35 ans.`);
    const [refused] = (await submit(token, offer.id, [FREE_WORK])).body;
    expect(refused).toMatchObject({
      state: 'rejected',
      rejectionCode: 'discrimination',
      severity: 'blocking',
    });
    const passage = refused.findings[0].passages[0];
    const text = `${FR_TEXT} Candidat âgé de 25 à 35 ans.`;
    expect(text.slice(passage.start, passage.end)).toBe('âgé de 25 à 35 ans');

    const current = (await call<Offer>('GET', `/api/offers/${offer.id}`, undefined, token)).body;
    const fixed = await call<Offer>(
      'PATCH',
      `/api/offers/${offer.id}`,
      { description: `<p>${FR_TEXT}</p>`, version: current.version },
      token,
    );
    expect(fixed.status).toBe(200);
    const again = await call<OfferPublication>(
      'POST',
      `/api/offer-publications/${refused.id}/resubmit`,
      undefined,
      token,
    );
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: refused.id, state: 'live', rejectionCode: null, findings: [] });
    expect(auditOf('publication.resubmit', refused.id)).toHaveLength(1);
  });

  it('refuses a board where the offer is already live, an unknown board, and a draft', async () => {
    const token = await login(DEMO.acme);
    const offer = await publishedOffer(token, FR_TEXT);
    await submit(token, offer.id, [FREE_WORK]);
    const twice = await submit(token, offer.id, [FREE_WORK]);
    expect(twice.status).toBe(422);
    expect(twice.body.errors.boardIds).toMatch(/Free-Work/);
    expect((await submit(token, offer.id, [99])).body.errors.boardIds).toMatch(/99/);
    expect((await submit(token, offer.id, [])).status).toBe(422);
    const draft = getState().tables.offers.rows.find(
      (o) => o.companyId === ACME && o.status === 'draft',
    ) as Offer;
    expect((await submit(token, draft.id, [FREE_WORK])).body.errors.offerId).toMatch(/draft/);
  });

  it('holds the plan’s slots per board: a full board refuses, another board still takes the offer', async () => {
    const token = await login(DEMO.acme);
    const offer = await publishedOffer(token, FR_TEXT);
    const company = getState().tables.companies.get(ACME);
    if (company) company.plan = 'free'; // one live offer per board, and Acme has many on Free-Work
    const before = publicationsTable().length;
    const full = await submit(token, offer.id, [TECHNOJOBS, FREE_WORK]);
    expect(full.status).toBe(422);
    expect(full.body.code).toBe('no_board_slot');
    expect(full.body.errors.boardIds).toMatch(/Free-Work.*free.*1/);
    expect(publicationsTable().length).toBe(before); // all or nothing
    expect((await submit(token, offer.id, [TECHNOJOBS])).status).toBe(201);
  });

  it('flags a repost of a live offer of the company as a near-duplicate, naming it', async () => {
    const token = await login(DEMO.acme);
    const first = await publishedOffer(token, FR_TEXT);
    const [live] = (await submit(token, first.id, [FREE_WORK])).body;
    expect(live.state).toBe('live');
    const repost = await publishedOffer(token, `${FR_TEXT} Poste à pourvoir rapidement.`);
    const [flagged] = (await submit(token, repost.id, [FREE_WORK])).body;
    expect(flagged.state).toBe('pending-review');
    expect(flagged.findings[0]).toMatchObject({ rule: 'duplicate', values: { reference: first.reference } });
    // Another company's identical offer is no repost of Acme's.
    const globex = await login(DEMO.globex);
    const theirs = await publishedOffer(globex, FR_TEXT);
    expect((await submit(globex, theirs.id, [FREE_WORK])).body[0].findings).toEqual([]);
  });

  it('no longer flags a repost once the original is off its board', async () => {
    const token = await login(DEMO.acme);
    const first = await publishedOffer(token, FR_TEXT);
    expect((await submit(token, first.id, [FREE_WORK])).body[0].state).toBe('live');
    const repost = await publishedOffer(token, FR_TEXT);
    expect((await submit(token, repost.id, [FREE_WORK])).body[0].findings[0]).toMatchObject({
      rule: 'duplicate',
      values: { offerId: first.id },
    });
    const current = (await call<Offer>('GET', `/api/offers/${first.id}`, undefined, token)).body;
    const closed = await call(
      'PATCH',
      `/api/offers/${first.id}`,
      { status: 'closed', version: current.version },
      token,
    );
    expect(closed.status).toBe(200);
    const again = await publishedOffer(token, FR_TEXT);
    expect((await submit(token, again.id, [FREE_WORK])).body[0]).toMatchObject({
      state: 'live',
      findings: [],
    });
  });

  it('takes a closed offer off its boards, freeing the slot', async () => {
    const token = await login(DEMO.acme);
    const offer = await publishedOffer(token, FR_TEXT);
    const [live] = (await submit(token, offer.id, [FREE_WORK])).body;
    const closed = await call<Offer>(
      'PATCH',
      `/api/offers/${offer.id}`,
      { status: 'closed', version: offer.version },
      token,
    );
    expect(closed.status).toBe(200);
    const after = await call<OfferPublication>('GET', `/api/offer-publications/${live.id}`, undefined, token);
    expect(after.body.state).toBe('expired');
  });

  it('deletes a deleted offer’s publications with it', async () => {
    const token = await login(DEMO.acme);
    const offer = await publishedOffer(token, FR_TEXT);
    const [live] = (await submit(token, offer.id, [FREE_WORK])).body;
    expect((await call('DELETE', `/api/offers/${offer.id}`, undefined, token)).status).toBe(200);
    expect((await call('GET', `/api/offer-publications/${live.id}`, undefined, token)).status).toBe(404);
  });
});

describe('an offer edited while on boards', () => {
  const edit = async (token: string, offerId: number, description: string) => {
    const current = (await call<Offer>('GET', `/api/offers/${offerId}`, undefined, token)).body;
    const saved = await call<Offer>(
      'PATCH',
      `/api/offers/${offerId}`,
      { description, version: current.version },
      token,
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  };
  const publication = (id: number) => publicationsTable().find((p) => p.id === id) as OfferPublication;

  it('refuses a live publication whose text is edited to a blocking one, with the reasons, audited', async () => {
    const token = await login(DEMO.acme);
    const offer = await publishedOffer(token, FR_TEXT);
    const [live] = (await submit(token, offer.id, [FREE_WORK])).body;
    expect(live.state).toBe('live');
    await edit(token, offer.id, `<p>${FR_TEXT} Candidat âgé de 25 à 35 ans.</p>`);
    expect(publication(live.id)).toMatchObject({
      state: 'rejected',
      rejectionCode: 'discrimination',
      severity: 'blocking',
      version: live.version + 1,
    });
    expect(publication(live.id).findings.map((f) => f.rule)).toEqual(['discrimination']);
    expect(auditOf('publication.recheck', live.id)).toEqual([
      expect.objectContaining({ changes: { state: ['live', 'rejected'] } }),
    ]);
  });

  it('sends a live publication back to the queue on a soft finding, and leaves a clean edit live', async () => {
    const token = await login(DEMO.acme);
    const offer = await publishedOffer(token, FR_TEXT);
    const [live] = (await submit(token, offer.id, [FREE_WORK])).body;
    await edit(token, offer.id, `<p>${FR_TEXT} Nous sommes une équipe soudée et curieuse.</p>`);
    expect(publication(live.id)).toEqual(live);
    expect(auditOf('publication.recheck', live.id)).toEqual([]);
    await edit(token, offer.id, `<p>${FR_TEXT} Postulez sur https://jobs.example.com/apply.</p>`);
    expect(publication(live.id)).toMatchObject({
      state: 'pending-review',
      severity: 'soft',
      decidedAt: null,
    });
    expect(publication(live.id).findings.map((f) => f.rule)).toEqual(['external-link']);
    expect(auditOf('publication.recheck', live.id)).toHaveLength(1);
  });
});

describe('moderation', () => {
  async function pending(token: string): Promise<OfferPublication> {
    const offer = await publishedOffer(token, `${FR_TEXT} Vous êtes jeune et dynamique.`);
    const [publication] = (await submit(token, offer.id, [FREE_WORK])).body;
    expect(publication.state).toBe('pending-review');
    return publication;
  }

  it('lists the queue for support, heaviest findings first then oldest', async () => {
    const recruiter = await login(DEMO.acme);
    const light = await publishedOffer(
      recruiter,
      `${FR_TEXT} Plus d’infos sur https://jobs.acme.example/apply`,
    );
    const [linked] = (await submit(recruiter, light.id, [FREE_WORK])).body;
    expect(linked.findings.map((f) => f.rule)).toEqual(['external-link']);
    const heavy = await pending(recruiter);
    const support = await login(DEMO.support);
    const queue = await call<OfferPublication[]>(
      'GET',
      `/api/offer-publications${listQuery({ filter: { state: 'pending-review' }, sort: ['queueOrder', 'ASC'], range: [0, 49] })}`,
      undefined,
      support,
    );
    expect(queue.status).toBe(200);
    const ids = queue.body.map((p) => p.id);
    // Submitted later, but an age requirement weighs more than a link.
    expect(ids.indexOf(heavy.id)).toBeLessThan(ids.indexOf(linked.id));
    const order = queue.body.map((p) => p.queueOrder);
    expect([...order].sort()).toEqual(order);
    expect(queue.body.find((p) => p.id === heavy.id)?.findings[0].rule).toBe('discrimination');
  });

  it('approves, and rejects with a code and a reason the recruiter then reads; both audited', async () => {
    const recruiter = await login(DEMO.acme);
    const first = await pending(recruiter);
    const second = await pending(recruiter);
    const support = await login(DEMO.support);
    const approved = await call<OfferPublication>(
      'POST',
      `/api/offer-publications/${first.id}/approve`,
      undefined,
      support,
    );
    expect(approved.body).toMatchObject({ state: 'live', decidedBy: 2 });
    expect(auditOf('publication.approve', first.id)).toEqual([
      expect.objectContaining({ changes: { state: ['pending-review', 'live'] } }),
    ]);

    const noReason = await call(
      'POST',
      `/api/offer-publications/${second.id}/reject`,
      { code: 'nope' },
      support,
    );
    expect(noReason.status).toBe(422);
    expect(Object.keys(noReason.body.errors).sort()).toEqual(['code', 'reason']);
    const reason = 'Remove "jeune et dynamique": it excludes candidates by age.';
    const rejected = await call<OfferPublication>(
      'POST',
      `/api/offer-publications/${second.id}/reject`,
      { code: 'discrimination', reason },
      support,
    );
    expect(rejected.body).toMatchObject({
      state: 'rejected',
      rejectionCode: 'discrimination',
      rejectionReason: reason,
    });
    expect(auditOf('publication.reject', second.id)[0].reason).toBe(reason);
    const seen = await call<OfferPublication>(
      'GET',
      `/api/offer-publications/${second.id}`,
      undefined,
      recruiter,
    );
    expect(seen.body.rejectionReason).toBe(reason);
    // A decided publication is not decided again.
    expect(
      (await call('POST', `/api/offer-publications/${first.id}/approve`, undefined, support)).status,
    ).toBe(409);
  });

  it('applies a bulk decision whole or not at all', async () => {
    const recruiter = await login(DEMO.acme);
    const a = await pending(recruiter);
    const b = await pending(recruiter);
    const live = publicationsTable().find(
      (p) => p.companyId === ACME && p.state === 'live',
    ) as OfferPublication;
    const support = await login(DEMO.support);
    const mixed = await call(
      'POST',
      '/api/offer-publications/bulk',
      { ids: [a.id, live.id], action: 'approve' },
      support,
    );
    expect(mixed.status).toBe(409);
    expect(getState().tables['offer-publications'].get(a.id)?.state).toBe('pending-review');
    const both = await call<OfferPublication[]>(
      'POST',
      '/api/offer-publications/bulk',
      { ids: [a.id, b.id], action: 'reject', code: 'discrimination', reason: 'Age wording' },
      support,
    );
    expect(both.status).toBe(200);
    expect(both.body.map((p) => p.state)).toEqual(['rejected', 'rejected']);
    expect(auditOf('publication.reject', b.id)).toHaveLength(1);
  });
});

describe('who may do what with publications', () => {
  it('lets no recruiter approve, not even their own offer, and lets sales read no record', async () => {
    const recruiter = await login(DEMO.acme);
    const publication = (
      await submit(recruiter, (await publishedOffer(recruiter, `${FR_TEXT} Jeune diplômé bienvenu.`)).id, [
        FREE_WORK,
      ])
    ).body[0];
    expect(
      (await call('POST', `/api/offer-publications/${publication.id}/approve`, undefined, recruiter)).status,
    ).toBe(403);
    expect(
      (
        await call(
          'POST',
          '/api/offer-publications/bulk',
          { ids: [publication.id], action: 'approve' },
          recruiter,
        )
      ).status,
    ).toBe(403);
    const sales = await login(DEMO.sales);
    expect((await call('GET', '/api/offer-publications', undefined, sales)).status).toBe(403);
    expect(
      (await call('POST', `/api/offer-publications/${publication.id}/approve`, undefined, sales)).status,
    ).toBe(403);
  });

  it('keeps each company to its own offers and publications', async () => {
    const acme = await login(DEMO.acme);
    const offer = await publishedOffer(acme, FR_TEXT);
    const [mine] = (await submit(acme, offer.id, [FREE_WORK])).body;
    const globex = await login(DEMO.globex);
    expect((await submit(globex, offer.id, [TECHNOJOBS])).status).toBe(404);
    expect((await call('GET', `/api/offer-publications/${mine.id}`, undefined, globex)).status).toBe(404);
    expect(
      (await call('POST', `/api/offer-publications/${mine.id}/resubmit`, undefined, globex)).status,
    ).toBe(404);
    const theirs = await call<OfferPublication[]>('GET', '/api/offer-publications', undefined, globex);
    expect(theirs.body.every((p) => p.companyId === GLOBEX)).toBe(true);
  });

  it('writes publications only through their actions', async () => {
    const admin = await login(DEMO.admin);
    const live = publicationsTable()[0];
    expect((await call('POST', '/api/offer-publications', { offerId: 1, boardId: 1 }, admin)).status).toBe(
      405,
    );
    expect(
      (
        await call(
          'PATCH',
          `/api/offer-publications/${live.id}`,
          { state: 'live', version: live.version },
          admin,
        )
      ).status,
    ).toBe(405);
  });
});
