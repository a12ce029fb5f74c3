import type { Company } from '../../../src/model/types';
import { type ApplicationColumns, COUNTRY_CODE, type OfferColumns } from './columns';
import type { StatsQuery } from './params';

/**
 * The query's company and country filter. Offers and applications are tested on their columns
 * (an application's country is its offer's); accounts on the company's own country.
 */
export class Scope {
  readonly companyId: number | null;
  private readonly country: number; // COUNTRY_CODE, 0 = any

  constructor(query: StatsQuery) {
    this.companyId = query.range.companyId;
    this.country = query.range.country === null ? 0 : COUNTRY_CODE[query.range.country];
  }

  offerAt(c: OfferColumns, i: number): boolean {
    return (
      (this.companyId === null || c.companyId[i] === this.companyId) &&
      (this.country === 0 || c.country[i] === this.country)
    );
  }

  applicationAt(c: ApplicationColumns, i: number): boolean {
    return (
      (this.companyId === null || c.companyId[i] === this.companyId) &&
      (this.country === 0 || c.country[i] === this.country)
    );
  }

  company(c: Company): boolean {
    return (
      (this.companyId === null || c.id === this.companyId) &&
      (this.country === 0 || COUNTRY_CODE[c.country] === this.country)
    );
  }
}

/** t (ms, NaN when absent) within the query's days. */
export const inRangeMs = (t: number, query: StatsQuery): boolean => t >= query.fromMs && t < query.toExclMs;
