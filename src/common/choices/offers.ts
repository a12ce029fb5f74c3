import { CONTRACT_TYPES, EXPERIENCE_LEVELS, OFFER_STATUSES, REMOTE_POLICIES } from '../../model/types';

/** Select choices whose labels are i18n keys (react-admin translates choice names). */
export const choicesOf = (values: readonly string[], prefix: string) =>
  values.map((id) => ({ id, name: `${prefix}.${id}` }));

export const CONTRACT_CHOICES = choicesOf(CONTRACT_TYPES, 'resources.offers.contract');
export const REMOTE_CHOICES = choicesOf(REMOTE_POLICIES, 'resources.offers.remote');
export const EXPERIENCE_CHOICES = choicesOf(EXPERIENCE_LEVELS, 'resources.offers.experience');
export const STATUS_CHOICES = choicesOf(OFFER_STATUSES, 'resources.offers.status');
export const COUNTRY_CHOICES = choicesOf(['FR', 'GB'], 'resources.offers.country');
export const IR35_CHOICES = choicesOf(['inside', 'outside'], 'resources.offers.ir35');
