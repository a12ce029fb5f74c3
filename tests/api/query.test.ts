import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Candidate, Offer } from '../../src/model/types';
import { call, DEMO, listQuery, login, totalOf } from '../helpers/api';

/** Filters, full-text, sort and range on lists; bad parameters are 400 naming them, never 500. */
const allOffers = () => getState().tables.offers.rows as Offer[];

async function list(resource: string, params: Parameters<typeof listQuery>[0], email: string = DEMO.admin) {
  const token = await login(email);
  return call('GET', `/api/${resource}${listQuery({ range: [0, 499], ...params })}`, undefined, token);
}

describe('list filters', () => {
  const cases: Array<[string, Record<string, unknown>, (o: Offer) => boolean]> = [
    ['exact', { status: 'published' }, (o) => o.status === 'published'],
    ['array = in', { status: ['draft', 'paused'] }, (o) => o.status === 'draft' || o.status === 'paused'],
    ['_gte', { salaryMin_gte: 60000 }, (o) => o.salaryMin !== null && o.salaryMin >= 60000],
    ['_lte', { salaryMax_lte: 45000 }, (o) => o.salaryMax !== null && o.salaryMax <= 45000],
    ['_gt', { applicationsCount_gt: 5 }, (o) => o.applicationsCount > 5],
    ['_lt', { applicationsCount_lt: 2 }, (o) => o.applicationsCount < 2],
    ['_neq', { contractType_neq: 'permanent' }, (o) => o.contractType !== 'permanent'],
    ['date _gte', { createdAt_gte: '2026-06-01' }, (o) => o.createdAt >= '2026-06-01'],
    ['array field, one value = contains', { skills: 'React' }, (o) => o.skills.includes('React')],
    [
      'skills array = all of them',
      { skills: ['React', 'TypeScript'] },
      (o) => o.skills.includes('React') && o.skills.includes('TypeScript'),
    ],
    [
      'two filters = and',
      { status: 'published', country: 'GB' },
      (o) => o.status === 'published' && o.country === 'GB',
    ],
  ];
  for (const [name, filter, expected] of cases) {
    it(`${name}: ${JSON.stringify(filter)}`, async () => {
      const want = allOffers()
        .filter(expected)
        .map((o) => o.id);
      const response = await list('offers', { filter });
      expect(response.status).toBe(200);
      expect(response.body.map((o: Offer) => o.id)).toEqual(want.slice(0, 500));
      expect(totalOf(response)).toBe(want.length);
      expect(want.length).toBeGreaterThan(0);
    });
  }

  it('q is case- and accent-insensitive full-text over the text fields', async () => {
    const sample = allOffers().find((o) => /[éèà]/.test(o.title)) as Offer;
    const word = sample.title.split(/\s+/).find((w) => /[éèà]/.test(w)) as string;
    const folded = word
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase();
    const response = await list('offers', { filter: { q: folded } });
    expect(response.body.map((o: Offer) => o.id)).toContain(sample.id);
    for (const offer of response.body as Offer[]) {
      const text = [offer.title, offer.city, offer.reference, ...offer.skills].join(' ');
      expect(
        text
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toUpperCase(),
      ).toContain(folded);
    }
  });

  it('q with several words needs every word', async () => {
    const response = await list('offers', { filter: { q: 'react paris' } });
    for (const offer of response.body as Offer[]) {
      const text = [offer.title, offer.city, ...offer.skills].join(' ').toLowerCase();
      expect(text).toContain('react');
      expect(text).toContain('paris');
    }
  });

  it('filters candidates by skills (all) and years of experience', async () => {
    const response = await list('candidates', {
      filter: { skills: ['Java', 'Spring'], yearsOfExperience_gte: 5 },
    });
    const want = (getState().tables.candidates.rows as Candidate[]).filter(
      (c) => c.skills.includes('Java') && c.skills.includes('Spring') && c.yearsOfExperience >= 5,
    );
    expect(totalOf(response)).toBe(want.length);
  });
});

describe('sort and range', () => {
  it('sorts ASC and DESC by a field, ties broken by id', async () => {
    const asc = await list('offers', { sort: ['salaryMin', 'ASC'], filter: { contractType: 'permanent' } });
    const values = asc.body.map((o: Offer) => o.salaryMin);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    const desc = await list('offers', { sort: ['title', 'DESC'], range: [0, 9] });
    const titles = allOffers()
      .map((o) => o.title)
      .sort()
      .reverse()
      .slice(0, 10);
    expect(desc.body.map((o: Offer) => o.title)).toEqual(titles);
  });

  it('a later page of a sorted list continues the first', async () => {
    const whole = await list('offers', { sort: ['createdAt', 'DESC'], range: [0, 19] });
    const second = await list('offers', { sort: ['createdAt', 'DESC'], range: [10, 19] });
    expect(second.body).toEqual(whole.body.slice(10, 20));
  });
});

describe('bad list parameters: 400 naming the parameter, never 500', () => {
  const cases: Array<[string, string, string]> = [
    ['malformed filter JSON', 'filter={"status":', 'filter'],
    ['filter not an object', 'filter=[1,2]', 'filter'],
    ['unknown filter field', 'filter={"password":"x"}', 'filter'],
    ['unknown operator suffix field', 'filter={"title_like":"x"}', 'filter'],
    ['wrong type for a number field', 'filter={"salaryMin_gte":"lots"}', 'filter'],
    ['unknown enum value', 'filter={"status":"deleted"}', 'filter'],
    ['object as a value', 'filter={"status":{"$ne":"draft"}}', 'filter'],
    ['q not a string', 'filter={"q":42}', 'q'],
    ['malformed sort JSON', 'sort=["title"', 'sort'],
    ['unknown sort field', 'sort=["password","ASC"]', 'sort'],
    ['bad sort order', 'sort=["title","UP"]', 'sort'],
    ['sort on an array field', 'sort=["skills","ASC"]', 'sort'],
    ['malformed range', 'range=[0,', 'range'],
    ['range with one number', 'range=[5]', 'range'],
    ['negative range', 'range=[-1,10]', 'range'],
    ['inverted range', 'range=[10,5]', 'range'],
    ['non-integer range', 'range=[0,9.5]', 'range'],
    ['page over 500 rows', 'range=[0,500]', 'range'],
  ];
  for (const [name, query, parameter] of cases) {
    it(`${name} → 400 naming "${parameter}"`, async () => {
      const token = await login(DEMO.admin);
      const response = await call('GET', `/api/offers?${query}`, undefined, token);
      expect(response.status).toBe(400);
      expect(response.body.message).toContain(`"${parameter}"`);
    });
  }

  it('a page of exactly 500 rows is allowed', async () => {
    const response = await list('offers', { range: [0, 499] });
    expect(response.status).toBe(200);
  });

  it('recruiters search the candidate database 30 rows at a time', async () => {
    expect((await list('candidates', { range: [0, 29] }, DEMO.acme)).status).toBe(200);
    const tooBig = await list('candidates', { range: [0, 30] }, DEMO.acme);
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.message).toContain('"range"');
    expect((await list('candidates', { range: [0, 99] })).status).toBe(200);
  });
});
