import { ROLES, USER_STATUSES } from '../../model/types';
import { choicesOf } from './offers';

/** User enums as choices whose names are i18n keys (react-admin translates them). */
export const ROLE_CHOICES = choicesOf(ROLES, 'app.roles');
export const USER_STATUS_CHOICES = choicesOf(USER_STATUSES, 'resources.users.statuses');
export const LOCALE_CHOICES = choicesOf(['fr', 'en'], 'resources.users.locales');
