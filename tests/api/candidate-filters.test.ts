import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Candidate } from '../../src/model/types';
import { call, DEMO, listQuery, login, totalOf } from '../helpers/api';

/** Each filter of the candidate list, as the API applies it (admin: no tenant, no page cap). */
const all = () => getState().tables.candidates.rows as Candidate[];

async function idsFor(filter: Record<string, unknown>): Promise<{ ids: number[]; total: number }> {
  const token = await login(DEMO.admin);
  const response = await call<Candidate[]>(
    'GET',
    `/api/candidates${listQuery({ filter, sort: ['id', 'ASC'], range: [0, 499] })}`,
    undefined,
    token,
  );
  expect(response.status).toBe(200);
  return { ids: response.body.map((c) => c.id), total: totalOf(response) };
}

const expected = (keep: (c: Candidate) => boolean) =>
  all()
    .filter(keep)
    .map((c) => c.id);

describe('candidate list filters', () => {
  it('"available before" a date includes the candidates available now (no date)', async () => {
    const before = '2026-12-01';
    const { ids } = await idsFor({ availableFrom_lte: before });
    expect(ids).toEqual(expected((c) => c.availableFrom === null || c.availableFrom <= before).slice(0, 500));
    expect(all().some((c) => c.availableFrom === null && ids.includes(c.id))).toBe(true);
    const later = await idsFor({ availableFrom_gte: before });
    expect(later.ids).toEqual(
      expected((c) => c.availableFrom !== null && c.availableFrom >= before).slice(0, 500),
    );
  });

  it('several skills must all match; contract types any of them', async () => {
    const [first, second] = (all().find((c) => c.skills.length >= 2) as Candidate).skills;
    const { ids } = await idsFor({ skills: [first, second] });
    expect(ids).toEqual(expected((c) => c.skills.includes(first) && c.skills.includes(second)));
    const contracts = await idsFor({ contractTypes: ['freelance', 'internship'] });
    expect(contracts.total).toBe(
      expected((c) => c.contractTypes.includes('freelance') || c.contractTypes.includes('internship')).length,
    );
  });

  it('country, city, remote, source, tag and an experience range combine (all must hold)', async () => {
    const model = all().find((c) => c.tags.length > 0 && c.city) as Candidate;
    const filter = {
      country: model.country,
      city: model.city,
      remote: model.remote,
      source: model.source,
      tags: model.tags[0],
      yearsOfExperience_gte: model.yearsOfExperience,
      yearsOfExperience_lte: model.yearsOfExperience + 5,
    };
    const { ids } = await idsFor(filter);
    expect(ids).toContain(model.id);
    expect(ids).toEqual(
      expected(
        (c) =>
          c.country === model.country &&
          c.city === model.city &&
          c.remote === model.remote &&
          c.source === model.source &&
          c.tags.includes(model.tags[0]) &&
          c.yearsOfExperience >= model.yearsOfExperience &&
          c.yearsOfExperience <= model.yearsOfExperience + 5,
      ),
    );
  });
});
