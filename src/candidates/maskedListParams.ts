import { MASKED_CANDIDATE_FIELDS } from '../model/permissions';

/**
 * List parameters a recruiter may not send: a sort or a filter (any operator) on a field the
 * database profiles mask. The API refuses them (400); a saved search or a link from another role
 * may still hold one, so the list drops them instead of failing.
 */
const OPERATORS = ['_gte', '_lte', '_gt', '_lt', '_neq'];

/** Whether a sort field or a filter key bears on a masked field. */
export function isMaskedKey(key: string): boolean {
  const op = OPERATORS.find((suffix) => key.endsWith(suffix));
  const field = op ? key.slice(0, -op.length) : key;
  return (MASKED_CANDIDATE_FIELDS as readonly string[]).includes(field);
}

/** The filter without its keys on masked fields, and the keys dropped. */
export function withoutMaskedFilters(filter: Record<string, unknown>): {
  filter: Record<string, unknown>;
  dropped: string[];
} {
  const dropped = Object.keys(filter).filter(isMaskedKey);
  if (dropped.length === 0) return { filter, dropped };
  return { filter: Object.fromEntries(Object.entries(filter).filter(([key]) => !isMaskedKey(key))), dropped };
}
