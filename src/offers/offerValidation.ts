import type { Validator } from 'react-admin';
import {
  DAILY_RATE_SPREAD_MAX,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  SALARY_SPREAD_MAX,
  TITLE_MAX,
  TITLE_MIN,
} from '../model/offer-workflow';
import type { Offer } from '../model/types';

/**
 * The form's side of Turnover IT's publishing rules (the API checks them again): per-input
 * validators that read the other values, so they work in any react-admin form.
 */
const KEY = 'resources.offers.validation';
type Values = Partial<Offer>;

export const validateTitle: Validator = (value: unknown) => {
  const length = typeof value === 'string' ? value.trim().length : 0;
  return length < TITLE_MIN || length > TITLE_MAX ? `${KEY}.title_length` : undefined;
};

/** The spread rule on the max field, the order rule on the min field (as the API reports them). */
function rangeValidators(min: keyof Offer, max: keyof Offer, spread: number, spreadKey: string) {
  const lower: Validator = (value: unknown, values: Values) => {
    const hi = values[max];
    return typeof value === 'number' && typeof hi === 'number' && value > hi
      ? `${KEY}.min_over_max`
      : undefined;
  };
  const upper: Validator = (value: unknown, values: Values) => {
    const lo = values[min];
    return typeof value === 'number' && typeof lo === 'number' && value - lo > spread
      ? `${KEY}.${spreadKey}`
      : undefined;
  };
  return { lower, upper };
}

export const salaryRange = rangeValidators('salaryMin', 'salaryMax', SALARY_SPREAD_MAX, 'salary_spread');
export const dailyRateRange = rangeValidators(
  'dailyRateMin',
  'dailyRateMax',
  DAILY_RATE_SPREAD_MAX,
  'daily_rate_spread',
);

const isLive = (values: Values) => values.status === 'published';

/** A published offer (being edited) must keep a description of 500–3,000 characters. */
export const validateDescription: Validator = (value: unknown, values: Values) => {
  if (!isLive(values)) return undefined;
  const length = typeof value === 'string' ? value.length : 0;
  return length < DESCRIPTION_MIN || length > DESCRIPTION_MAX
    ? { message: `${KEY}.description_length`, args: { count: length } }
    : undefined;
};

export const validateSkills: Validator = (value: unknown, values: Values) =>
  isLive(values) && (!Array.isArray(value) || value.length === 0) ? `${KEY}.skills_required` : undefined;

export const validateIr35: Validator = (value: unknown, values: Values) =>
  values.contractType === 'freelance' && values.country === 'GB' && !value
    ? `${KEY}.ir35_required`
    : undefined;

/** A published offer keeps an expiry date in the future. */
export const validateExpiry =
  (now: () => number): Validator =>
  (value: unknown, values: Values) =>
    isLive(values) && !(typeof value === 'string' && Date.parse(value) > now())
      ? `${KEY}.future_expiry`
      : undefined;
