import { describe, expect, it, vi } from 'vitest';
import { generateDb } from '../../mocks/db/generate';
import { getState } from '../../mocks/handlers';
import type { AuditLog, Company, FeedImport, Offer, OfferPublication } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { ACME, GLOBEX, offersOf } from './fixtures';

/**
 * A company's offer feed over the API: JSON and XML, matched by external reference (new → created,
 * changed → updated, gone → closed, same → untouched), all or nothing, the same validation and
 * board checks as a hand-made offer, limits, hostile documents, tenants and roles, the audit trail.
 */
const FREE_WORK = 1;

const TEXT =
  'Nous recherchons une personne pour rejoindre notre équipe produit et développer avec nous une plateforme utilisée chaque jour par des milliers de clients. Vous travaillerez avec les équipes métier sur la conception, les tests et la mise en production des fonctionnalités. Vous participerez aux revues de code, au choix des outils et à l’amélioration continue de nos pratiques. Nous offrons un cadre de travail hybride, une formation continue et une équipe bienveillante qui partage ses connaissances.';

type FeedOffer = Record<string, unknown>;

function feedOffer(ref: string, over: FeedOffer = {}): FeedOffer {
  return {
    externalRef: ref,
    title: `Développeur TypeScript ${ref} (H/F)`,
    contractType: 'permanent',
    city: 'Lyon',
    country: 'FR',
    remote: 'partial',
    salaryMin: 50000,
    salaryMax: 60000,
    skills: ['TypeScript', 'React'],
    experienceLevel: 'senior',
    description: `<p>${TEXT}</p><p>Poste ${ref}.</p>`,
    expiresAt: '2027-01-31T23:59:59.000Z',
    ...over,
  };
}

// biome-ignore lint/suspicious/noExplicitAny: an answer is a report or an error body
type Answer = FeedImport & Record<string, any>;
const run = (token: string, companyId: number, body: unknown, headers: Record<string, string> = {}) =>
  call<Answer>('POST', `/api/companies/${companyId}/feed-imports`, body, token, headers);

const byRef = (companyId: number, ref: string) =>
  (getState().tables.offers.rows as Offer[]).find((o) => o.companyId === companyId && o.externalRef === ref);
const auditRows = () => getState().tables['audit-logs'].rows as AuditLog[];
/** Everything a feed could write: offers, publications, the ledger, the audit trail. */
const snapshot = () =>
  JSON.stringify([
    getState().tables.offers.rows,
    getState().tables['offer-publications'].rows,
    getState().tables['credit-ledger'].rows,
    getState().tables.companies.rows,
    auditRows().length,
  ]);

function xmlOf(offers: FeedOffer[]): string {
  const element = (name: string, value: unknown) =>
    value === null || value === undefined ? `<${name}/>` : `<${name}>${value}</${name}>`;
  const body = offers
    .map((o) => {
      const parts = Object.entries(o).map(([name, value]) => {
        if (name === 'skills')
          return `<skills>${(value as string[]).map((s) => element('skill', s)).join('')}</skills>`;
        if (name === 'boardIds')
          return `<boardIds>${(value as number[]).map((s) => element('boardId', s)).join('')}</boardIds>`;
        if (name === 'description') return `<description><![CDATA[${value}]]></description>`;
        return element(name, value);
      });
      return `<offer>${parts.join('')}</offer>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<feed>\n${body}\n</feed>`;
}

describe('a JSON feed, run by the company’s recruiter', () => {
  it('creates, updates, leaves alone and closes by external reference', async () => {
    const token = await login(DEMO.globex);
    const first = await run(token, GLOBEX, {
      offers: [feedOffer('GX-1'), feedOffer('GX-2'), feedOffer('GX-3', { boardIds: [FREE_WORK] })],
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.counts).toEqual({ created: 3, updated: 0, closed: 0, unchanged: 0, refused: 0 });
    const gx3 = byRef(GLOBEX, 'GX-3') as Offer;
    expect(gx3).toMatchObject({ status: 'published', companyId: GLOBEX, externalRef: 'GX-3' });
    // The board submission went through the same checks as a hand-made one.
    expect(first.body.items[2].publications).toEqual([
      expect.objectContaining({
        boardId: FREE_WORK,
        state: expect.stringMatching(/live|pending-review|rejected/),
      }),
    ]);
    const pubs = (getState().tables['offer-publications'].rows as OfferPublication[]).filter(
      (p) => p.offerId === gx3.id,
    );
    expect(pubs).toHaveLength(1);

    const gx1 = byRef(GLOBEX, 'GX-1') as Offer;
    const second = await run(token, GLOBEX, {
      offers: [feedOffer('GX-1'), feedOffer('GX-2', { salaryMax: 65000 })],
    });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect(second.body.counts).toEqual({ created: 0, updated: 1, closed: 1, unchanged: 1, refused: 0 });
    expect(
      second.body.items.map((i: { externalRef: string; outcome: string }) => [i.externalRef, i.outcome]),
    ).toEqual([
      ['GX-1', 'unchanged'],
      ['GX-2', 'updated'],
      ['GX-3', 'closed'],
    ]);
    expect(byRef(GLOBEX, 'GX-1')).toEqual(gx1);
    expect(byRef(GLOBEX, 'GX-2')).toMatchObject({ salaryMax: 65000, version: 2 });
    expect(byRef(GLOBEX, 'GX-3')).toMatchObject({ status: 'closed' });
    // Closing took the offer off its board, as closing it by hand does.
    const after = (getState().tables['offer-publications'].rows as OfferPublication[]).find(
      (p) => p.offerId === gx3.id,
    );
    expect(after?.state).toBe('expired');
  });

  it('changes nothing at all when the same feed is imported twice', async () => {
    const token = await login(DEMO.globex);
    const feed = { offers: [feedOffer('GX-1'), feedOffer('GX-2', { boardIds: [FREE_WORK] })] };
    expect((await run(token, GLOBEX, feed)).status).toBe(201);
    const before = snapshot();
    const again = await run(token, GLOBEX, feed);
    expect(again.status).toBe(201);
    expect(again.body.counts).toEqual({ created: 0, updated: 0, closed: 0, unchanged: 2, refused: 0 });
    expect(snapshot()).toBe(before);
  });

  it('sends a live offer whose feed text turns discriminatory through the board checks again', async () => {
    const token = await login(DEMO.globex);
    const first = await run(token, GLOBEX, { offers: [feedOffer('GX-1', { boardIds: [FREE_WORK] })] });
    expect(first.body.items[0].publications).toEqual([expect.objectContaining({ state: 'live' })]);
    const offer = byRef(GLOBEX, 'GX-1') as Offer;
    const again = await run(token, GLOBEX, {
      offers: [
        feedOffer('GX-1', {
          boardIds: [FREE_WORK],
          description: `<p>${TEXT}</p><p>Candidat âgé de 25 à 35 ans.</p>`,
        }),
      ],
    });
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body.counts).toMatchObject({ updated: 1 });
    const [pub] = (getState().tables['offer-publications'].rows as OfferPublication[]).filter(
      (p) => p.offerId === offer.id,
    );
    expect(pub).toMatchObject({ state: 'rejected', rejectionCode: 'discrimination' });
    expect(
      auditRows().filter((a) => a.action === 'publication.recheck' && a.recordId === pub.id),
    ).toHaveLength(1);
  });

  it('reopens a closed feed offer the feed lists again, taking a job slot as a reopening by hand does', async () => {
    const token = await login(DEMO.globex);
    await run(token, GLOBEX, { offers: [feedOffer('GX-1')] });
    await run(token, GLOBEX, { offers: [] });
    expect(byRef(GLOBEX, 'GX-1')?.status).toBe('closed');
    const slots = getState().tables.companies.get(GLOBEX)?.credits.jobSlots;
    const back = await run(token, GLOBEX, { offers: [feedOffer('GX-1')] });
    expect(back.body.counts.updated).toBe(1);
    expect(byRef(GLOBEX, 'GX-1')).toMatchObject({ status: 'published', closedAt: null });
    expect(getState().tables.companies.get(GLOBEX)?.credits.jobSlots).toBe((slots as number) - 1);
  });

  it('counts a reopening among the slots a feed needs: none left, the feed is refused and nothing reopens', async () => {
    const token = await login(DEMO.globex);
    await run(token, GLOBEX, { offers: [feedOffer('GX-1')] });
    await run(token, GLOBEX, { offers: [] });
    const company = getState().tables.companies.get(GLOBEX) as Company;
    company.credits = { ...company.credits, jobSlots: 0 };
    const back = await run(token, GLOBEX, { offers: [feedOffer('GX-1')] });
    expect(back.status).toBe(422);
    expect(back.body.report.reasons[0].en).toMatch(/1 new or reopened offer\(s\).*0 job slot/);
    expect(byRef(GLOBEX, 'GX-1')?.status).toBe('closed');
  });
});

describe('all or nothing', () => {
  it('refuses the whole feed for one bad offer, says which and why, and writes no offer', async () => {
    const token = await login(DEMO.globex);
    await run(token, GLOBEX, { offers: [feedOffer('GX-1')] });
    const before = snapshot();
    const response = await run(
      token,
      GLOBEX,
      {
        offers: [
          feedOffer('GX-1', { salaryMax: 61000 }),
          feedOffer('GX-NEW'),
          feedOffer('GX-BAD', { title: 'Dev' }),
        ],
      },
      { 'Accept-Language': 'fr' },
    );
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('feed_refused');
    expect(Object.keys(response.body.errors)).toEqual(['offers.2.title']);
    expect(response.body.report.status).toBe('refused');
    expect(response.body.report.items).toEqual([
      expect.objectContaining({
        index: 2,
        externalRef: 'GX-BAD',
        outcome: 'refused',
        reasons: [
          expect.objectContaining({ field: 'title', en: expect.any(String), fr: expect.any(String) }),
        ],
      }),
    ]);
    expect(snapshot()).toBe(before);
    expect(byRef(GLOBEX, 'GX-NEW')).toBeUndefined();
    // The refusal is kept as a report the company can read.
    const reports = await call<FeedImport[]>(
      'GET',
      `/api/feed-imports${listQuery({ sort: ['id', 'DESC'], range: [0, 0] })}`,
      undefined,
      token,
    );
    expect(reports.body[0]).toMatchObject({ status: 'refused', counts: { refused: 1 } });
  });

  it('puts back everything it wrote when a write throws midway through the apply phase', async () => {
    const token = await login(DEMO.globex);
    expect((await run(token, GLOBEX, { offers: [feedOffer('GX-1'), feedOffer('GX-2')] })).status).toBe(201);
    const before = snapshot();
    const reports = getState().tables['feed-imports'].rows.length;
    const publications = getState().tables['offer-publications'];
    const insert = publications.insert.bind(publications);
    let calls = 0;
    // The second board submission fails, after a close, an update, a creation and its submission.
    const spy = vi.spyOn(publications, 'insert').mockImplementation((row) => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      return insert(row);
    });
    try {
      const failed = await run(token, GLOBEX, {
        offers: [
          feedOffer('GX-1', { salaryMax: 65000 }),
          feedOffer('GX-3', { boardIds: [FREE_WORK] }),
          feedOffer('GX-4', { boardIds: [FREE_WORK] }),
        ],
      });
      expect(failed.status).toBe(500);
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(2);
    expect(snapshot()).toBe(before);
    expect(getState().tables['feed-imports'].rows).toHaveLength(reports);
    expect(byRef(GLOBEX, 'GX-3')).toBeUndefined();
  });

  it('refuses the feed whole when its new offers need more job slots than the company has', async () => {
    const token = await login(DEMO.globex);
    const company = getState().tables.companies.get(GLOBEX);
    if (!company) throw new Error('no Globex');
    company.credits = { ...company.credits, jobSlots: 1 };
    const before = snapshot();
    const response = await run(token, GLOBEX, { offers: [feedOffer('GX-1'), feedOffer('GX-2')] });
    expect(response.status).toBe(422);
    expect(response.body.report.reasons[0].en).toMatch(/2 new or reopened offer\(s\).*1 job slot/);
    expect(snapshot()).toBe(before);
  });

  it('refuses duplicate external references inside one feed', async () => {
    const token = await login(DEMO.globex);
    const response = await run(token, GLOBEX, { offers: [feedOffer('GX-1'), feedOffer('GX-1')] });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual({ 'offers.1.externalRef': expect.stringContaining('offer 0') });
    expect(byRef(GLOBEX, 'GX-1')).toBeUndefined();
  });
});

describe('an XML feed', () => {
  it('reads the same offers as the JSON form, sent raw or inside JSON, with entities and CDATA', async () => {
    const token = await login(DEMO.globex);
    const offers = [
      feedOffer('GX-X1', { title: 'Ingénieur R&amp;D TypeScript (H/F)', boardIds: [FREE_WORK] }),
      feedOffer('GX-X2', {
        salaryMin: null,
        salaryMax: null,
        contractType: 'freelance',
        dailyRateMin: 500,
        dailyRateMax: 600,
      }),
    ];
    const raw = await run(token, GLOBEX, xmlOf(offers), { 'Content-Type': 'application/xml' });
    expect(raw.status, JSON.stringify(raw.body)).toBe(201);
    expect(raw.body).toMatchObject({ format: 'xml', counts: { created: 2 } });
    expect(byRef(GLOBEX, 'GX-X1')).toMatchObject({
      title: 'Ingénieur R&D TypeScript (H/F)',
      salaryMin: 50000,
    });
    expect(byRef(GLOBEX, 'GX-X1')?.skills).toEqual(['TypeScript', 'React']);
    expect(byRef(GLOBEX, 'GX-X2')).toMatchObject({
      contractType: 'freelance',
      dailyRateMin: 500,
      salaryMin: null,
    });
    const again = await run(token, GLOBEX, { xml: xmlOf(offers) });
    expect(again.body.counts).toEqual({ created: 0, updated: 0, closed: 0, unchanged: 2, refused: 0 });
  });

  it('refuses a document type: no billion laughs, no external entity, nothing written', async () => {
    const token = await login(DEMO.globex);
    const before = snapshot();
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><feed><offer><externalRef>GX-1</externalRef><title>&lol2;</title></offer></feed>`;
    const xxe = `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><feed><offer><externalRef>GX-1</externalRef><title>&xxe;</title></offer></feed>`;
    for (const xml of [laughs, xxe]) {
      const response = await run(token, GLOBEX, xml, { 'Content-Type': 'application/xml' });
      expect(response.status).toBe(422);
      expect(response.body.message).toMatch(/DOCTYPE/);
      expect(JSON.stringify(response.body)).not.toContain('root:');
    }
    expect(snapshot()).toBe(before);
  });

  it('refuses anything inside <feed> but <offer> elements instead of reading an empty feed that closes all', async () => {
    const token = await login(DEMO.globex);
    expect((await run(token, GLOBEX, { offers: [feedOffer('GX-1'), feedOffer('GX-2')] })).status).toBe(201);
    const before = snapshot();
    const offer = '<externalRef>GX-1</externalRef><title>Développeur React</title>';
    const strangers = [
      `<feed><Offer>${offer}</Offer></feed>`,
      `<feed><job>${offer}</job></feed>`,
      `<feed><offers><offer>${offer}</offer></offers></feed>`,
      `<feed xmlns:a="urn:x"><a:offer>${offer}</a:offer></feed>`,
      '<feed>hello</feed>',
      '<feed><!-- the offers follow --></feed>',
    ];
    for (const xml of strangers) {
      const response = await run(token, GLOBEX, xml, { 'Content-Type': 'application/xml' });
      expect([xml, response.status, response.body.code]).toEqual([xml, 422, 'feed_unreadable']);
    }
    expect(snapshot()).toBe(before);
    // Said outright, an empty feed still closes what the feed brought.
    const empty = await run(token, GLOBEX, '<?xml version="1.0"?><feed/>', {
      'Content-Type': 'application/xml',
    });
    expect(empty.body.counts).toMatchObject({ closed: 2 });
  });

  it('refuses a body naming two feeds (offers and xml) with a 400, writing nothing', async () => {
    const token = await login(DEMO.globex);
    expect((await run(token, GLOBEX, { offers: [feedOffer('GX-1')] })).status).toBe(201);
    const before = snapshot();
    for (const body of [
      { offers: [], xml: '<feed/>' },
      { source: 'stored', offers: [] },
    ]) {
      expect((await run(token, GLOBEX, body)).status).toBe(400);
    }
    expect(snapshot()).toBe(before);
  });

  it('refuses a malformed document with a 422', async () => {
    const token = await login(DEMO.globex);
    const response = await run(token, GLOBEX, '<feed><offer><title>x</offer>', {
      'Content-Type': 'application/xml',
    });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('feed_unreadable');
  });
});

describe('limits and hostile feeds', () => {
  it('answers 413 to a feed over its size and to more offers than allowed', async () => {
    const token = await login(DEMO.globex);
    const huge = `<feed>${' '.repeat(20_000_001)}</feed>`;
    const big = await run(token, GLOBEX, huge, { 'Content-Type': 'application/xml' });
    expect(big.status).toBe(413);
    const many = await run(token, GLOBEX, { offers: Array.from({ length: 100_000 }, () => ({})) });
    expect(many.status).toBe(413);
    expect(many.body.message).toMatch(/5000 offers/);
  });

  it('refuses external references that are too long or hold control characters', async () => {
    const token = await login(DEMO.globex);
    const long = 'A'.repeat(10_000);
    const response = await run(token, GLOBEX, {
      offers: [
        feedOffer(long, { title: 'Développeur (H/F)', description: `<p>${TEXT}</p>` }),
        feedOffer('GX 2'),
      ],
    });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors).sort()).toEqual([
      'offers.0.externalRef',
      'offers.1.externalRef',
    ]);
    // The report names the reference by its first 100 characters, not 10 KB of it.
    expect(response.body.report.items[0].externalRef).toHaveLength(100);
    const xml = xmlOf([feedOffer('GX\u0001')]);
    const control = await run(token, GLOBEX, xml, { 'Content-Type': 'application/xml' });
    expect(control.status).toBe(422);
    const json = await run(token, GLOBEX, { offers: [feedOffer('GX\u0007')] });
    expect(json.status).toBe(422);
    expect(offersOf(GLOBEX).some((o) => o.externalRef?.startsWith('GX'))).toBe(false);
  });

  it('sanitises HTML in descriptions as a hand-made offer’s, and keeps a title as text', async () => {
    const token = await login(DEMO.globex);
    const response = await run(token, GLOBEX, {
      offers: [
        feedOffer('GX-1', {
          title: '<img src=x onerror=alert(1)> Dev (H/F)',
          description: `<p>${TEXT}</p><script>alert(1)</script><img src=x onerror="alert(2)">`,
        }),
      ],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const offer = byRef(GLOBEX, 'GX-1') as Offer;
    expect(offer.description).not.toMatch(/script|onerror/);
    // Sanitising is stable: the same feed again is unchanged, not an update every run.
    const again = await run(token, GLOBEX, {
      offers: [
        feedOffer('GX-1', {
          title: '<img src=x onerror=alert(1)> Dev (H/F)',
          description: `<p>${TEXT}</p><script>alert(1)</script><img src=x onerror="alert(2)">`,
        }),
      ],
    });
    expect(again.body.counts.unchanged).toBe(1);
  });
});

describe('tenants and roles', () => {
  it('never touches another company’s offer, whatever id or reference the feed names', async () => {
    const support = await login(DEMO.support);
    // The seed's Acme feed offers carry ACME-ATS-… references.
    const acmeOffer = offersOf(ACME).find((o) => o.externalRef) as Offer;
    expect(acmeOffer).toBeDefined();
    const before = JSON.stringify(acmeOffer);
    const response = await run(await login(DEMO.globex), GLOBEX, {
      offers: [feedOffer(acmeOffer.externalRef as string, { id: acmeOffer.id, companyId: ACME })],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.counts.created).toBe(1);
    expect(JSON.stringify(getState().tables.offers.get(acmeOffer.id))).toBe(before);
    expect(byRef(GLOBEX, acmeOffer.externalRef as string)?.id).not.toBe(acmeOffer.id);
    // Acme's own reports do not show Globex's run.
    const acme = await call<FeedImport[]>('GET', '/api/feed-imports', undefined, await login(DEMO.acme));
    expect(acme.body.every((r) => r.companyId === ACME)).toBe(true);
    const all = await call<FeedImport[]>('GET', '/api/feed-imports', undefined, support);
    expect(all.body.some((r) => r.companyId === GLOBEX)).toBe(true);
  });

  it('lets a recruiter run their own company’s feed only (404 elsewhere), and refuses sales', async () => {
    const globex = await login(DEMO.globex);
    const before = snapshot();
    expect((await run(globex, ACME, { offers: [] })).status).toBe(404);
    const sales = await login(DEMO.sales);
    expect((await run(sales, ACME, { offers: [] })).status).toBe(403);
    expect((await call('GET', '/api/feed-imports', undefined, sales)).status).toBe(403);
    expect(snapshot()).toBe(before);
  });

  it('lets support run Acme’s stored feed: every outcome once, audited under support, then nothing', async () => {
    const support = await login(DEMO.support);
    const supportId = (getState().tables.users.rows as Array<{ id: number; email: string }>).find(
      (u) => u.email === DEMO.support,
    )?.id;
    const first = await run(support, ACME, { source: 'stored' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      format: 'xml',
      source: 'stored',
      status: 'applied',
      actorId: supportId,
    });
    expect(first.body.counts).toEqual({ created: 2, updated: 1, closed: 1, unchanged: 2, refused: 0 });
    const created = first.body.items.filter((i: { outcome: string }) => i.outcome === 'created');
    for (const item of created) {
      expect(getState().tables.offers.get(item.offerId as number)).toMatchObject({
        companyId: ACME,
        status: 'published',
      });
      expect(item.publications).toEqual([expect.objectContaining({ boardId: FREE_WORK })]);
      expect(
        auditRows().some(
          (a) => a.action === 'feed.create' && a.recordId === item.offerId && a.actorId === supportId,
        ),
      ).toBe(true);
    }
    const closed = first.body.items.find((i: { outcome: string }) => i.outcome === 'closed');
    expect(auditRows().some((a) => a.action === 'feed.close' && a.recordId === closed?.offerId)).toBe(true);
    expect(auditRows().some((a) => a.action === 'feed.import' && a.recordId === first.body.id)).toBe(true);
    const before = snapshot();
    const second = await run(support, ACME, { source: 'stored' });
    expect(second.body.counts).toEqual({ created: 0, updated: 0, closed: 0, unchanged: 5, refused: 0 });
    expect(snapshot()).toBe(before);
  });

  it('gives Acme a stored feed at the demo scale too (the one the browser demo runs)', () => {
    const demo = generateDb({ scale: 'demo' });
    expect(demo.feedDocuments.map((feed) => feed.companyId)).toEqual([ACME]);
    const fromAts = demo.offers.filter((offer) => offer.companyId === ACME && offer.externalRef !== null);
    expect(fromAts.length).toBeGreaterThanOrEqual(4);
  });

  it('answers 404 for a company without a stored feed and 400 for a body that is no feed', async () => {
    const support = await login(DEMO.support);
    expect((await run(support, GLOBEX, { source: 'stored' })).status).toBe(404);
    const bad = await run(support, GLOBEX, { rows: [] });
    expect(bad.status).toBe(400);
  });
});
