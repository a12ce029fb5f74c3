import type { TranslateFunction } from 'react-admin';
import { formatMoney } from '../model/format';
import type { Currency, MatchReason } from '../model/types';

/**
 * Words a reason of the API in the reader's language: the key comes from the engine, and the raw
 * values it carries (level, contract, country codes, amounts) are turned into words first.
 */
export function reasonText(reason: MatchReason, translate: TranslateFunction, locale: string): string {
  const values: Record<string, string | number> = { ...reason.values };
  const word = (prefix: string, value: string | number | undefined) =>
    value === undefined ? '' : translate(`${prefix}.${value}`, { _: String(value) });
  if (values.level !== undefined) values.level = word('resources.offers.experience', values.level);
  if (values.contractType !== undefined)
    values.contractType = word('resources.offers.contract', values.contractType);
  if (typeof values.wanted === 'string')
    values.wanted = values.wanted
      .split(', ')
      .map((type) => word('resources.offers.contract', type))
      .join(', ');
  for (const key of ['country', 'candidateCountry'])
    if (values[key] !== undefined) values[key] = word('resources.offers.country', values[key]);
  if (typeof values.amount === 'number' && typeof values.currency === 'string')
    values.amount = formatMoney(values.amount, values.currency as Currency, locale);
  if (values.period !== undefined) values.period = word('matching.period', values.period);
  // Job words come as "role:<key>" among skill names; skills are names in every language.
  if (typeof values.words === 'string')
    values.words = values.words
      .split(', ')
      .map((w) => (w.startsWith('role:') ? word('matching.roles', w.slice('role:'.length)) : w))
      .join(', ');
  if (values.signal !== undefined) values.signal = word('matching.signals', values.signal);
  if (values.reason !== undefined)
    values.reason = word('matching.feedback.reasons', values.reason).toLocaleLowerCase(locale);
  if (typeof values.factor === 'number') values.factor = new Intl.NumberFormat(locale).format(values.factor);
  // Polyglot picks the plural form from smart_count: years for seniority, weeks for availability,
  // profiles for feedback.
  const count =
    reason.kind === 'seniority' ? values.years : reason.kind === 'feedback' ? values.count : values.weeks;
  if (count !== undefined) values.smart_count = count;
  return translate(reason.key, { ...values, _: reason.key });
}
