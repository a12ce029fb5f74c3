import { choicesOf } from '../common/choices/offers';
import { COMPANY_SIZES, COMPANY_STATUSES, PLANS } from '../model/types';

/** An account's country (and its billing address's) is one of the offers' markets. */
export { COUNTRY_CHOICES } from '../common/choices/offers';

/** Company enums as choices whose names are i18n keys (react-admin translates them). */
export const PLAN_CHOICES = choicesOf(PLANS, 'resources.companies.plans');
export const STATUS_CHOICES = choicesOf(COMPANY_STATUSES, 'resources.companies.statuses');
export const SIZE_CHOICES = COMPANY_SIZES.map((id) => ({ id, name: id }));
