import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Company, CreditLedgerEntry, Offer } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';

const ACME = 1;

async function offerIn(token: string, status: Offer['status']): Promise<Offer> {
  const response = await call<Offer[]>(
    'GET',
    `/api/offers${listQuery({ filter: { status }, range: [0, 0] })}`,
    undefined,
    token,
  );
  return response.body[0];
}

const patch = (token: string, offer: Offer, status: Offer['status']) =>
  call('PATCH', `/api/offers/${offer.id}`, { status, version: offer.version }, token);

const company = () => getState().tables.companies.get(ACME) as Company;
const slotLines = (offerId: number) =>
  (getState().tables['credit-ledger'].rows as CreditLedgerEntry[]).filter(
    (e) => e.action === 'job_slot' && e.recordId === offerId,
  );
/** An offer of Acme in `status` that was published before. */
const liveBefore = (status: Offer['status']) =>
  getState().tables.offers.rows.find(
    (o) => o.companyId === ACME && o.status === status && o.publishedAt !== null,
  ) as Offer;
/** What a publication needs, whatever the offer held: the PATCH the review sent. */
const goLive = (offer: Offer) => ({
  status: 'published',
  title: 'Senior React developer',
  city: 'Lyon',
  description: `<p>${'x'.repeat(600)}</p>`,
  skills: ['React'],
  expiresAt: '2031-01-31T23:59:59.000Z',
  salaryMin: offer.contractType === 'freelance' ? null : 40000,
  salaryMax: offer.contractType === 'freelance' ? null : 50000,
  dailyRateMin: offer.contractType === 'freelance' ? 400 : null,
  dailyRateMax: offer.contractType === 'freelance' ? 500 : null,
  ir35: offer.contractType === 'freelance' && offer.country === 'GB' ? 'outside' : null,
  version: offer.version,
});
/** A stored offer's writable fields, as a create sends them. */
const sendable = (fields: Record<string, unknown>) => {
  const { companyId: _c, views: _v, applicationsCount: _a, createdAt: _t, updatedAt: _u, ...rest } = fields;
  return rest;
};

describe('offer workflow (PATCH status)', () => {
  it('refuses a status change outside the workflow, on the status field', async () => {
    const token = await login(DEMO.acme);
    const draft = await offerIn(token, 'draft');
    const response = await patch(token, draft, 'paused');
    expect(response.status).toBe(422);
    expect(response.body.errors.status).toMatch(/cannot go from draft to paused/);
  });

  it('pauses, then closes, then reopens a published offer; reopening clears the closing date', async () => {
    const token = await login(DEMO.acme);
    const offer = await offerIn(token, 'published');
    const paused = await patch(token, offer, 'paused');
    expect(paused.body.status).toBe('paused');
    const closed = await patch(token, paused.body, 'closed');
    expect(closed.body.closedAt).not.toBeNull();
    const future = '2031-01-31T23:59:59.000Z';
    const reopened = await call(
      'PATCH',
      `/api/offers/${offer.id}`,
      { status: 'published', expiresAt: future, version: closed.body.version },
      token,
    );
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: 'published', closedAt: null, title: offer.title });
  });

  it('refuses the first publication when the company has no job slot, and says so on status', async () => {
    const token = await login(DEMO.acme);
    const company = getState().tables.companies.get(ACME);
    if (company) company.credits = { ...company.credits, jobSlots: 0 };
    const draft = getState().tables.offers.rows.find(
      (o) => o.companyId === ACME && o.status === 'draft' && o.publishedAt === null,
    ) as Offer;
    const response = await call(
      'PATCH',
      `/api/offers/${draft.id}`,
      {
        status: 'published',
        description: `<p>${'x'.repeat(600)}</p>`,
        skills: ['React'],
        expiresAt: '2031-01-31T23:59:59.000Z',
        salaryMin: draft.contractType === 'freelance' ? null : 40000,
        salaryMax: draft.contractType === 'freelance' ? null : 50000,
        dailyRateMin: draft.contractType === 'freelance' ? 400 : null,
        dailyRateMax: draft.contractType === 'freelance' ? 500 : null,
        ir35: draft.contractType === 'freelance' && draft.country === 'GB' ? 'outside' : null,
        version: draft.version,
      },
      token,
    );
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual({ status: expect.stringMatching(/job slot/i) });
  });

  it('reopening a closed or an expired offer takes a job slot and a ledger line, as a first publication does; resuming a paused one is free', async () => {
    const token = await login(DEMO.acme);
    for (const status of ['closed', 'expired'] as const) {
      const offer = liveBefore(status);
      const slots = company().credits.jobSlots;
      const reopened = await call('PATCH', `/api/offers/${offer.id}`, goLive(offer), token);
      expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
      expect(reopened.body).toMatchObject({ status: 'published', publishedAt: offer.publishedAt });
      expect(company().credits.jobSlots).toBe(slots - 1);
      expect(slotLines(offer.id).at(-1)).toMatchObject({ delta: -1, balanceAfter: slots - 1 });
      const paused = await patch(token, reopened.body, 'paused');
      const resumed = await patch(token, paused.body, 'published');
      expect(resumed.status).toBe(200);
      expect(company().credits.jobSlots).toBe(slots - 1);
    }
  });

  it('refuses to reopen a closed offer without a job slot (422 on status, no_job_slot): it stays closed, no ledger line', async () => {
    const token = await login(DEMO.acme);
    company().credits = { ...company().credits, jobSlots: 0 };
    const offer = liveBefore('closed');
    const lines = slotLines(offer.id).length;
    // Edited first (the reported path), then reopened.
    const edited = await call(
      'PATCH',
      `/api/offers/${offer.id}`,
      { ...goLive(offer), status: undefined },
      token,
    );
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const response = await patch(token, edited.body, 'published');
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'no_job_slot',
      errors: { status: expect.stringMatching(/job slot/i) },
    });
    expect(getState().tables.offers.get(offer.id)?.status).toBe('closed');
    expect(slotLines(offer.id)).toHaveLength(lines);
  });

  it('creates an offer only as a draft or published at once: paused, closed or expired → 422 on status', async () => {
    const token = await login(DEMO.acme);
    const draft = getState().tables.offers.rows.find(
      (o) => o.companyId === ACME && o.status === 'draft',
    ) as Offer;
    const {
      id: _id,
      version: _version,
      reference: _reference,
      publishedAt: _p,
      closedAt: _c,
      ...fields
    } = draft;
    const count = getState().tables.offers.rows.length;
    for (const status of ['paused', 'closed', 'expired'] as const) {
      const response = await call('POST', '/api/offers', { ...sendable(fields), status }, token);
      expect(response.status, status).toBe(422);
      expect(Object.keys(response.body.errors)).toEqual(['status']);
    }
    expect(getState().tables.offers.rows.length).toBe(count);
    const created = await call('POST', '/api/offers', { ...sendable(fields), status: 'draft' }, token);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  });

  it('lets support moderate the status but nothing else', async () => {
    const token = await login(DEMO.support);
    const offer = await offerIn(token, 'published');
    expect((await patch(token, offer, 'paused')).status).toBe(200);
    const stored = getState().tables.offers.get(offer.id) as Offer;
    expect(
      (
        await call(
          'PATCH',
          `/api/offers/${offer.id}`,
          { title: 'Edited by support', version: stored.version },
          token,
        )
      ).status,
    ).toBe(403);
  });
});
