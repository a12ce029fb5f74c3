import type { MoneyByCurrency } from '../model/stats-types';
import { type Country, CURRENCY_BY_COUNTRY, type Currency } from '../model/types';

const CURRENCIES: readonly Currency[] = ['EUR', 'GBP'];

/**
 * The currencies MRR is shown in (never added up): every one without a market; with a market, its
 * own currency, and another only where the API counted some of it (an account billed in another
 * currency), so the UK never shows a "€0" figure.
 */
export function mrrCurrencies(country: Country | null, amounts: readonly MoneyByCurrency[]): Currency[] {
  if (country === null) return [...CURRENCIES];
  const own = CURRENCY_BY_COUNTRY[country];
  return CURRENCIES.filter(
    (currency) => currency === own || amounts.some((amount) => amount[currency] !== 0),
  );
}
