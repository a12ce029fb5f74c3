import type { Offer, OfferStatus } from './types';

/**
 * The offer workflow, shared by the app (which actions to offer, what to say before asking) and
 * the mock API (which status changes to accept): one table, so they cannot disagree.
 */
export type OfferAction = 'publish' | 'pause' | 'close' | 'reopen';
export const OFFER_ACTIONS: readonly OfferAction[] = ['publish', 'pause', 'close', 'reopen'];

/** The status each action leads to, from the statuses it applies to. */
export const ACTION_RULES: Record<OfferAction, { from: readonly OfferStatus[]; to: OfferStatus }> = {
  publish: { from: ['draft', 'paused'], to: 'published' },
  pause: { from: ['published'], to: 'paused' },
  close: { from: ['draft', 'published', 'paused'], to: 'closed' },
  reopen: { from: ['closed', 'expired'], to: 'published' },
};

/** Whether a status change is one of the workflow's actions (or no change at all). */
export function canTransition(from: OfferStatus, to: OfferStatus): boolean {
  if (from === to) return true;
  return OFFER_ACTIONS.some(
    (action) => ACTION_RULES[action].to === to && ACTION_RULES[action].from.includes(from),
  );
}

/**
 * The statuses a new offer may start in: a draft, or published at once (which takes a job slot).
 * Paused, closed and expired are reached only through the actions above: an offer created paused
 * would resume for free without ever taking a slot, one created closed would hold a closing date
 * without ever having been live.
 */
export const START_STATUSES: readonly OfferStatus[] = ['draft', 'published'];

/** Whether an offer may be created in `status`. */
export function canStartIn(status: OfferStatus): boolean {
  return START_STATUSES.includes(status);
}

/** The one publication that takes no job slot: resuming a paused offer (it was live, and paid for). */
const FREE_PUBLICATION_FROM: readonly OfferStatus[] = ['paused'];

/**
 * Whether a status change takes one of the company's job slots (`from` undefined on create):
 * every time an offer goes live (a first publication, or reopening a closed or expired offer),
 * except resuming a paused one. The API charges by it (mocks/domain/records/effects.ts) and the
 * feed import counts the slots a feed needs by it.
 */
export function takesJobSlot(from: OfferStatus | undefined, to: OfferStatus): boolean {
  if (to !== 'published' || from === 'published') return false;
  return from === undefined || !FREE_PUBLICATION_FROM.includes(from);
}

/** The actions available on an offer in its current status. */
export function availableActions(status: OfferStatus): OfferAction[] {
  return OFFER_ACTIONS.filter((action) => ACTION_RULES[action].from.includes(status));
}

export const TITLE_MIN = 5;
export const TITLE_MAX = 100;
export const DESCRIPTION_MIN = 500;
export const DESCRIPTION_MAX = 3_000;
export const SALARY_SPREAD_MAX = 50_000;
export const DAILY_RATE_SPREAD_MAX = 500;

export type PublishBlocker = 'title' | 'description' | 'skills' | 'pay' | 'expiresAt';

/**
 * What keeps an offer from being published, checked before asking the API (which checks again,
 * plus the company's job slots). `now` in ms.
 */
export function publishBlockers(offer: Partial<Offer>, now: number): PublishBlocker[] {
  const blockers: PublishBlocker[] = [];
  const title = offer.title?.trim() ?? '';
  if (title.length < TITLE_MIN || title.length > TITLE_MAX) blockers.push('title');
  const length = offer.description?.length ?? 0;
  if (length < DESCRIPTION_MIN || length > DESCRIPTION_MAX) blockers.push('description');
  if (!offer.skills?.length) blockers.push('skills');
  const freelance = offer.contractType === 'freelance';
  const [min, max] = freelance
    ? [offer.dailyRateMin, offer.dailyRateMax]
    : [offer.salaryMin, offer.salaryMax];
  if (min == null || max == null) blockers.push('pay');
  if (!offer.expiresAt || Date.parse(offer.expiresAt) <= now) blockers.push('expiresAt');
  return blockers;
}

/** A published offer expiring within `days` days from `now`: the list's "expiring soon" filter. */
export function expiringFilter(now: number, days = 7): Record<string, string> {
  return {
    status: 'published',
    expiresAt_gte: new Date(now).toISOString(),
    expiresAt_lte: new Date(now + days * 86_400_000).toISOString(),
  };
}
