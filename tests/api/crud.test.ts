import { describe, expect, it } from 'vitest';
import type { Offer } from '../../src/model/types';
import { call, DEMO, listQuery, login, totalOf } from '../helpers/api';
import { ACME, ACME_RECRUITER, freshPair, offersOf } from './fixtures';

/** Every row of docs/api.md, in the ra-data-simple-rest dialect. */
const newOffer = {
  title: 'Développeur React senior',
  contractType: 'permanent',
  city: 'Lyon',
  country: 'FR',
  remote: 'partial',
  experienceLevel: 'senior',
  status: 'draft',
  salaryMin: 55000,
  salaryMax: 65000,
  skills: ['React', 'TypeScript'],
};

describe('REST contract (docs/api.md)', () => {
  it('lists a page with Content-Range "{res} start-end/total"', async () => {
    const token = await login(DEMO.admin);
    const response = await call('GET', `/api/offers${listQuery({ range: [0, 9] })}`, undefined, token);
    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(10);
    expect(response.headers.get('Content-Range')).toMatch(/^offers 0-9\/\d+$/);
    expect(totalOf(response)).toBeGreaterThan(10);
  });

  it('pages without gaps or overlap, and the last page is short', async () => {
    const token = await login(DEMO.acme);
    const first = await call('GET', `/api/offers${listQuery({ range: [0, 9] })}`, undefined, token);
    const total = totalOf(first);
    const second = await call('GET', `/api/offers${listQuery({ range: [10, 19] })}`, undefined, token);
    const ids = [...first.body, ...second.body].map((o: Offer) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const last = await call(
      'GET',
      `/api/offers${listQuery({ range: [total - 2, total + 7] })}`,
      undefined,
      token,
    );
    expect(last.body).toHaveLength(2);
    expect(last.headers.get('Content-Range')).toBe(`offers ${total - 2}-${total - 1}/${total}`);
  });

  it('answers an empty page with total 0', async () => {
    const token = await login(DEMO.admin);
    const response = await call(
      'GET',
      `/api/offers${listQuery({ filter: { title: 'nothing like this' } })}`,
      undefined,
      token,
    );
    expect(response.body).toEqual([]);
    expect(totalOf(response)).toBe(0);
  });

  it('getMany: filter {id: [...]} returns exactly those records', async () => {
    const token = await login(DEMO.admin);
    const response = await call(
      'GET',
      `/api/offers${listQuery({ filter: { id: [3, 1, 2] } })}`,
      undefined,
      token,
    );
    expect(response.body.map((o: Offer) => o.id)).toEqual([1, 2, 3]);
  });

  it('getOne returns the record, and 404 {message} for an unknown id', async () => {
    const token = await login(DEMO.admin);
    const one = await call('GET', '/api/offers/1', undefined, token);
    expect(one.body).toMatchObject({ id: 1, version: expect.any(Number) });
    const missing = await call('GET', '/api/offers/999999', undefined, token);
    expect(missing.status).toBe(404);
    expect(missing.body.message).toEqual(expect.any(String));
    expect((await call('GET', '/api/offers/abc', undefined, token)).status).toBe(404);
    expect((await call('GET', '/api/no-such-resource', undefined, token)).status).toBe(404);
  });

  it('create answers 201 with id and version 1, and the record is then readable', async () => {
    const token = await login(DEMO.acme);
    const created = await call('POST', '/api/offers', newOffer, token);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...newOffer,
      version: 1,
      companyId: ACME,
      recruiterId: ACME_RECRUITER,
    });
    expect(created.body.reference).toMatch(/^TIT-\d{4}-\d{6}$/);
    const read = await call('GET', `/api/offers/${created.body.id}`, undefined, token);
    expect(read.body).toEqual(created.body);
  });

  it('PUT with the current version saves and increments the version', async () => {
    const token = await login(DEMO.acme);
    const offer = offersOf(ACME, 'draft')[0];
    const record = (await call('GET', `/api/offers/${offer.id}`, undefined, token)).body;
    const saved = await call(
      'PUT',
      `/api/offers/${offer.id}`,
      { ...record, title: 'Tech lead Java (H/F)' },
      token,
    );
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      title: 'Tech lead Java (H/F)',
      version: record.version + 1,
      city: record.city,
    });
  });

  it('a stale version is refused with 409 and the current record', async () => {
    const token = await login(DEMO.acme);
    const offer = offersOf(ACME, 'draft')[0];
    const record = (await call('GET', `/api/offers/${offer.id}`, undefined, token)).body;
    await call('PUT', `/api/offers/${offer.id}`, { ...record, title: 'First writer wins' }, token);
    const stale = await call('PUT', `/api/offers/${offer.id}`, { ...record, title: 'Second writer' }, token);
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ title: 'First writer wins', version: record.version + 1 });
    const patch = await call(
      'PATCH',
      `/api/offers/${offer.id}`,
      { title: 'Late patch', version: record.version },
      token,
    );
    expect(patch.status).toBe(409);
    expect((await call('GET', `/api/offers/${offer.id}`, undefined, token)).body.title).toBe(
      'First writer wins',
    );
  });

  it('an update without a version is refused (422 naming version)', async () => {
    const token = await login(DEMO.acme);
    const offer = offersOf(ACME, 'draft')[0];
    const response = await call('PATCH', `/api/offers/${offer.id}`, { title: 'No version here' }, token);
    expect(response.status).toBe(422);
    expect(response.body.errors).toHaveProperty('version');
  });

  it('PATCH (merge-patch) changes only the fields sent', async () => {
    const token = await login(DEMO.acme);
    const offer = structuredClone(offersOf(ACME, 'draft')[0]); // the live row changes with the write
    const response = await call(
      'PATCH',
      `/api/offers/${offer.id}`,
      { city: 'Nantes', version: offer.version },
      token,
      {
        'Content-Type': 'application/merge-patch+json',
      },
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      city: 'Nantes',
      title: offer.title,
      skills: offer.skills,
      version: offer.version + 1,
    });
  });

  it('DELETE answers 200 with the deleted record, which is then gone', async () => {
    const token = await login(DEMO.acme);
    const offer = offersOf(ACME, 'draft')[0];
    const deleted = await call('DELETE', `/api/offers/${offer.id}`, undefined, token);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ id: offer.id, title: offer.title });
    expect((await call('GET', `/api/offers/${offer.id}`, undefined, token)).status).toBe(404);
  });

  it('keeps applicationsCount exact when applications are created and deleted', async () => {
    const token = await login(DEMO.acme);
    const pair = freshPair(ACME);
    const before = (await call('GET', `/api/offers/${pair.offerId}`, undefined, token)).body
      .applicationsCount;
    const created = await call('POST', '/api/applications', pair, token);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ stage: 'new', companyId: ACME, history: [{ stage: 'new' }] });
    expect((await call('GET', `/api/offers/${pair.offerId}`, undefined, token)).body.applicationsCount).toBe(
      before + 1,
    );
    const again = await call('POST', '/api/applications', pair, token);
    expect(again.status).toBe(422);
    expect(again.body.errors).toHaveProperty('candidateId');
    await call('DELETE', `/api/applications/${created.body.id}`, undefined, token);
    expect((await call('GET', `/api/offers/${pair.offerId}`, undefined, token)).body.applicationsCount).toBe(
      before,
    );
  });

  it('a stage change records the history and stageChangedAt', async () => {
    const token = await login(DEMO.acme);
    const list = await call(
      'GET',
      `/api/applications${listQuery({ filter: { stage: 'screening' }, range: [0, 0] })}`,
      undefined,
      token,
    );
    const app = list.body[0];
    const moved = await call(
      'PATCH',
      `/api/applications/${app.id}`,
      { stage: 'interview', version: app.version },
      token,
    );
    expect(moved.status).toBe(200);
    expect(moved.body.history.at(-1)).toEqual({ stage: 'interview', at: moved.body.stageChangedAt });
    expect(moved.body.history).toHaveLength(app.history.length + 1);
  });
});
