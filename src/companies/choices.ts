import { choicesOf } from '../offers/choices';
import { COMPANY_SIZES, COMPANY_STATUSES, PLANS } from '../types';

/** Company enums as choices whose names are i18n keys (react-admin translates them). */
export const PLAN_CHOICES = choicesOf(PLANS, 'resources.companies.plans');
export const STATUS_CHOICES = choicesOf(COMPANY_STATUSES, 'resources.companies.statuses');
export const SIZE_CHOICES = COMPANY_SIZES.map((id) => ({ id, name: id }));
export const COUNTRY_CHOICES = choicesOf(['FR', 'GB'], 'resources.offers.country');
