import { touch } from '../../mocks/domain/records/indexes';
import { getState } from '../../mocks/handlers';
import type { Offer } from '../../src/model/types';

/**
 * Generated data sets for export tests: `count` copies of one of the company's offers, told apart
 * by their title and marked with a skill no seeded offer has, so a filter selects exactly them.
 * Row `i` gets `titleOf(i)` (e.g. a formula-looking one to check the CSV neutralisation).
 */
export const BULK_SKILL = 'Bulk-export-marker';

export function insertOffers(companyId: number, count: number, titleOf = (i: number) => `Bulk offer ${i}`) {
  const table = getState().tables.offers;
  const model = (table.rows as Offer[]).find((offer) => offer.companyId === companyId) as Offer;
  for (let i = 0; i < count; i += 1)
    table.insert({ ...model, id: undefined, title: titleOf(i), skills: [BULK_SKILL] } as never);
  touch(); // the per-company index is rebuilt on the next read
}
