/**
 * The actions the API writes to the audit log (mocks/domain: writes, credits, accounts, candidate
 * actions, pipeline moves, merges, scraping watch, board publications, offer feeds, CSV exports): the action filter's choices and the labels of the list. An
 * action missing here still shows, as its code.
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'company.credits',
  'company.credits.refund',
  'user.lock',
  'user.unlock',
  'candidate.unlock',
  'candidate.export',
  'candidate.anonymize',
  'candidate.merge',
  'application.move',
  'match.feedback',
  'match.feedback.remove',
  'user.quota',
  'company.quota',
  'company.scraping_warning',
  'publication.submit',
  'publication.resubmit',
  'publication.approve',
  'publication.reject',
  'publication.recheck',
  'feed.import',
  'feed.create',
  'feed.update',
  'feed.close',
  'export',
] as const;

/** An action as a catalog key (dots would nest: `company.credits.refund` → `company_credits_refund`). */
const actionKey = (action: string): string => action.replace(/\./g, '_');

/** The i18n key of an action's label. */
export const actionLabel = (action: string): string => `resources.audit-logs.actions.${actionKey(action)}`;

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What an action did, in words, for those whose changed fields do not say it; '' for the others. */
export const actionExplanation = (translate: Translate, action: string): string =>
  translate(`resources.audit-logs.explain.${actionKey(action)}`, { _: '' });

/** An audit action in words ("Credits adjusted"), its code when unknown. */
export const actionText = (translate: Translate, action: string): string =>
  translate(actionLabel(action), { _: action });

/** The kind of record an audit entry concerns, by its resource's name. */
export const resourceText = (translate: Translate, resource: string): string =>
  translate(`resources.${resource}.name`, { smart_count: 1, _: resource });

export const ACTION_CHOICES = AUDIT_ACTIONS.map((id) => ({ id, name: actionLabel(id) }));

/** "To" of a date range: the whole UTC day, since the log is stamped to the millisecond. */
export const endOfDay = (day: string | null | undefined): string | null =>
  day ? `${day.slice(0, 10)}T23:59:59.999Z` : null;

/** Back to the date the input shows. */
export const dayOf = (value: string | null | undefined): string => (value ? value.slice(0, 10) : '');
