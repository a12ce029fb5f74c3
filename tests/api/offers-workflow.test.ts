import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Offer } from '../../src/model/types';
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
