import { ADDRESS_MAX_LENGTH, ADDRESS_PARTS, isPostcode } from '../../../src/model/address';
import { isEmailAddress, isPhone } from '../../../src/model/contact';
import { canStartIn, canTransition } from '../../../src/model/offer-workflow';
import {
  CURRENCY_BY_COUNTRY,
  OFFER_STATUSES,
  type OfferStatus,
  type ResourceName,
} from '../../../src/model/types';
import { hasVisibleText } from '../../../src/model/visibleText';
import { hasForbiddenCharacters, hasLineBreakOrTab, isId, ownEntry } from '../api/input';
import { type FieldErrors, type Message, msg } from '../api/translate';
import { parseDay } from '../stats/time';
import { canSort, type FieldSpec, fieldSpec, isResource, RESOURCE_SPECS } from './resources';

/**
 * Body validation per resource: field types from RESOURCE_SPECS, then the business rules of each
 * resource. Returns `{field: message}` (messages as keys, worded by the route wrapper); empty means
 * valid. Never throws on odd input (wrong types, huge strings, deep JSON): bad input is a 422, not a 500.
 */
export type { FieldErrors } from '../api/translate';

type Row = Record<string, unknown>;

export interface ValidationContext {
  /** The stored record before this write, for rules about transitions. */
  before?: Row;
  /** The mock's "now", ms. */
  now: number;
  /** Other rows, for uniqueness (users' emails). */
  users?: ReadonlyArray<{ id: number; email: string }>;
}

const DEFAULT_STRING_MAX = 1_000;
const DEFAULT_TEXT_MAX = 10_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A YYYY-MM-DD day that exists (Date.parse rolls 2026-02-30 over to 2 March instead of refusing it). */
export const isCalendarDate = (value: string): boolean => parseDay(value) !== null;

/**
 * An ISO-8601 instant whose day exists and whose time is on the clock (hours 00-23; Date.parse
 * takes 24:00 as the next midnight). `shapeOnly` checks the form without the calendar.
 */
export function isDateTime(value: string, shapeOnly = false): boolean {
  const match = DATETIME.exec(value);
  if (!match) return false;
  if (shapeOnly) return true;
  return isCalendarDate(match[1]) && Number(match[2]) < 24 && !Number.isNaN(Date.parse(value));
}

/** http, https and mailto only; spaces or control characters anywhere refuse the value. */
export function isSafeUrl(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
  if (/[\s\u0000-\u001f]/.test(value)) return false;
  try {
    const url = new URL(value);
    if (url.protocol === 'mailto:') return isEmailAddress(url.pathname);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

function depthOf(value: unknown, depth = 0): number {
  if (depth > 20 || typeof value !== 'object' || value === null) return depth;
  let max = depth;
  for (const child of Object.values(value)) max = Math.max(max, depthOf(child, depth + 1));
  return max;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

/** One field against its spec; undefined when valid. */
export function checkField(spec: FieldSpec, value: unknown): Message | undefined {
  if (isEmpty(value)) {
    if (spec.required) return msg('required');
    if (value === null && !spec.nullable) return msg('not_empty');
    return undefined;
  }
  const length = (s: string, fallback: number) => {
    if (s.length > (spec.max ?? fallback)) return msg('max_chars', { max: spec.max ?? fallback });
    if (spec.min !== undefined && s.trim().length < spec.min) return msg('min_chars', { min: spec.min });
    return undefined;
  };
  const values = spec.values?.join(', ') ?? '';
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string') return msg('text');
      if (hasForbiddenCharacters(value)) return msg('control_characters');
      if (!spec.multiline && hasLineBreakOrTab(value)) return msg('one_line');
      return length(value, DEFAULT_STRING_MAX);
    case 'text':
    case 'html':
      if (typeof value !== 'string') return msg('text');
      return hasForbiddenCharacters(value) ? msg('control_characters') : length(value, DEFAULT_TEXT_MAX);
    case 'email':
      return isEmailAddress(value) ? undefined : msg('email');
    case 'phone':
      return typeof value === 'string' && value.length <= 30 && isPhone(value) ? undefined : msg('phone');
    case 'url':
      return typeof value === 'string' && value.length <= 2_000 && isSafeUrl(value) ? undefined : msg('url');
    case 'date':
      if (typeof value !== 'string' || !DATE.test(value)) return msg('date');
      return isCalendarDate(value) ? undefined : msg('no_such_date');
    case 'datetime':
      if (typeof value !== 'string' || !isDateTime(value, true)) return msg('datetime');
      return isDateTime(value) ? undefined : msg('no_such_date');
    case 'id':
      return isId(value) ? undefined : msg('id');
    case 'int':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return msg('number');
      if (spec.type === 'int' && !Number.isInteger(value)) return msg('whole_number');
      if (spec.min !== undefined && value < spec.min) return msg('min_value', { min: spec.min });
      if (spec.max !== undefined && value > spec.max) return msg('max_value', { max: spec.max });
      return undefined;
    }
    case 'bool':
      return typeof value === 'boolean' ? undefined : msg('boolean');
    case 'enum':
      return typeof value === 'string' && spec.values?.includes(value)
        ? undefined
        : msg('one_of', { values });
    case 'strings':
    case 'enums':
    case 'ids': {
      if (!Array.isArray(value)) return msg('list');
      if (value.length > (spec.max ?? 50)) return msg('max_items', { max: spec.max ?? 50 });
      const bad = value.some((item) =>
        spec.type === 'ids'
          ? !isId(item)
          : typeof item !== 'string' ||
            item.trim() === '' ||
            item.length > 100 ||
            hasForbiddenCharacters(item) ||
            hasLineBreakOrTab(item) ||
            (spec.type === 'enums' && !spec.values?.includes(item)),
      );
      if (!bad) return undefined;
      return spec.type === 'enums' ? msg('items_among', { values }) : msg('invalid_item');
    }
    case 'address':
      return typeof value === 'object' && !Array.isArray(value) ? undefined : msg('address');
    case 'json':
      if (typeof value !== 'object' || Array.isArray(value)) return msg('object');
      return depthOf(value) > 10 || JSON.stringify(value).length > DEFAULT_TEXT_MAX
        ? msg('too_large')
        : undefined;
  }
}

/**
 * The parts of an address, each under its own key (`billingAddress.postcode`), so the form shows
 * the message under the input concerned; the postcode follows the address's own country.
 */
export function addressErrors(field: string, address: Row): FieldErrors {
  const errors: FieldErrors = {};
  for (const key of Object.keys(address))
    if (!(ADDRESS_PARTS as readonly string[]).includes(key)) errors[`${field}.${key}`] = msg('unknown_field');
  for (const part of ['street', 'city'] as const) {
    const message = checkField(
      { type: 'string', required: true, min: 1, max: ADDRESS_MAX_LENGTH[part] },
      address[part],
    );
    if (message) errors[`${field}.${part}`] = message;
  }
  const country = address.country;
  if (country !== 'FR' && country !== 'GB') errors[`${field}.country`] = msg('one_of', { values: 'FR, GB' });
  const postcode = address.postcode;
  if (isEmpty(postcode)) errors[`${field}.postcode`] = msg('required');
  else if (typeof postcode !== 'string' || postcode.length > ADDRESS_MAX_LENGTH.postcode)
    errors[`${field}.postcode`] = msg('postcode');
  else if (country === 'FR' && !isPostcode('FR', postcode)) errors[`${field}.postcode`] = msg('postcode_fr');
  else if (country === 'GB' && !isPostcode('GB', postcode)) errors[`${field}.postcode`] = msg('postcode_gb');
  return errors;
}

type Rule = (record: Row, ctx: ValidationContext, errors: FieldErrors) => void;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const htmlLength = (v: unknown): number => (typeof v === 'string' ? v.length : 0);

/** A min/max pair: in order, and no wider than `spread`. */
function range(
  record: Row,
  errors: FieldErrors,
  [min, max]: [string, string],
  spread: number,
  [overMax, tooWide]:
    | ['salary_min_over_max', 'salary_spread']
    | ['daily_rate_min_over_max', 'daily_rate_spread'],
): void {
  const lo = num(record[min]);
  const hi = num(record[max]);
  if (lo !== null && hi !== null) {
    if (lo > hi) errors[min] ??= msg(overMax);
    else if (hi - lo > spread) errors[max] ??= msg(tooWide, { spread });
  }
}

function currencyMatchesCountry(record: Row, errors: FieldErrors): void {
  const expected = ownEntry(CURRENCY_BY_COUNTRY, record.country);
  if (expected && record.currency !== undefined && record.currency !== expected)
    errors.currency ??= msg('currency_of_country', { currency: expected, country: String(record.country) });
}

const statusName = (status: unknown): Message | string =>
  (OFFER_STATUSES as readonly unknown[]).includes(status)
    ? msg(`offer_status_${status as OfferStatus}`)
    : String(status);

const offerRules: Rule = (offer, ctx, errors) => {
  const freelance = offer.contractType === 'freelance';
  range(offer, errors, ['salaryMin', 'salaryMax'], 50_000, ['salary_min_over_max', 'salary_spread']);
  range(offer, errors, ['dailyRateMin', 'dailyRateMax'], 500, [
    'daily_rate_min_over_max',
    'daily_rate_spread',
  ]);
  currencyMatchesCountry(offer, errors);
  if (freelance) {
    if (offer.salaryMin !== null || offer.salaryMax !== null)
      errors.salaryMin ??= msg('freelance_daily_rate');
    if (offer.country === 'GB' && !offer.ir35) errors.ir35 ??= msg('ir35_required');
  } else {
    if (offer.dailyRateMin !== null || offer.dailyRateMax !== null)
      errors.dailyRateMin ??= msg('daily_rate_freelance_only');
  }
  if (offer.ir35 && !(freelance && offer.country === 'GB')) errors.ir35 ??= msg('ir35_uk_freelance_only');
  const from = ctx.before?.status as OfferStatus | undefined;
  if (from && !canTransition(from, offer.status as OfferStatus))
    errors.status ??= msg('offer_transition', { from: statusName(from), to: statusName(offer.status) });
  if (!ctx.before && (OFFER_STATUSES as readonly unknown[]).includes(offer.status))
    if (!canStartIn(offer.status as OfferStatus))
      errors.status ??= msg('offer_start_status', { status: statusName(offer.status) });
  if (offer.status !== 'published') return;
  const becomesPublished = ctx.before?.status !== 'published';
  const length = htmlLength(offer.description);
  if (length < 500 || length > 3_000) errors.description ??= msg('published_description');
  if (!Array.isArray(offer.skills) || offer.skills.length === 0) errors.skills ??= msg('published_skills');
  if (
    freelance
      ? offer.dailyRateMin === null || offer.dailyRateMax === null
      : offer.salaryMin === null || offer.salaryMax === null
  )
    errors[freelance ? 'dailyRateMin' : 'salaryMin'] ??= msg('published_pay');
  const expiresChanged = ctx.before?.expiresAt !== offer.expiresAt;
  if (
    (becomesPublished || expiresChanged) &&
    !(typeof offer.expiresAt === 'string' && Date.parse(offer.expiresAt) > ctx.now)
  )
    errors.expiresAt ??= msg('published_expiry');
};

function isBoardRules(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const rules = value as Row;
  const keys = Object.keys(rules).sort().join(',');
  return (
    keys === 'inclusiveWording,minWords,requiresPayRange' &&
    typeof rules.requiresPayRange === 'boolean' &&
    typeof rules.inclusiveWording === 'boolean' &&
    Number.isInteger(rules.minWords) &&
    (rules.minWords as number) >= 0 &&
    (rules.minWords as number) <= 1000
  );
}

/**
 * A rejected application says why: a category among the usual reasons (so the funnel can count
 * them), and the recruiter's words for "other", which are a detail for the others. Every write of
 * an application passes here while it sets or keeps the stage "rejected": create, PUT and PATCH
 * (through `validate`) and the pipeline move (mocks/domain/pipeline/move.ts), each after
 * `normalize` (effects.ts), which clears both fields out of "rejected", trims the words and reads
 * words alone (the API's first form) as "other". Adds to `errors` and returns it.
 */
export function rejectionErrors(app: Row, errors: FieldErrors = {}): FieldErrors {
  for (const field of ['rejectionCategory', 'rejectionReason']) {
    const message = checkField(RESOURCE_SPECS.applications.fields[field], app[field]);
    if (message) errors[field] ??= message;
  }
  if (app.stage !== 'rejected') return errors;
  if (app.rejectionCategory == null) errors.rejectionCategory ??= msg('required');
  else if (app.rejectionCategory === 'other' && !hasVisibleText(app.rejectionReason))
    errors.rejectionReason ??= msg('required');
  return errors;
}

const RULES: Partial<Record<ResourceName, Rule>> = {
  offers: offerRules,
  applications: (app, _ctx, errors) => {
    rejectionErrors(app, errors);
  },
  companies: (company, _ctx, errors) => {
    currencyMatchesCountry(company, errors);
    // A suspension is always explained (issue 7).
    const reason = company.statusReason;
    if (company.status === 'suspended' && !hasVisibleText(reason))
      errors.statusReason ??= msg('suspension_reason');
  },
  candidates: (candidate, _ctx, errors) => {
    if (candidate.desiredSalary != null && candidate.desiredDailyRate != null)
      errors.desiredDailyRate ??= msg('salary_or_daily_rate');
  },
  users: (user, ctx, errors) => {
    if (user.role === 'recruiter' && user.companyId == null) errors.companyId ??= msg('recruiter_company');
    if (user.role !== 'recruiter' && user.companyId != null) errors.companyId ??= msg('staff_no_company');
    const email = typeof user.email === 'string' ? user.email.toLowerCase() : '';
    if (email && ctx.users?.some((u) => u.id !== user.id && u.email.toLowerCase() === email))
      errors.email ??= msg('email_taken');
  },
  boards: (board, _ctx, errors) => {
    if (Array.isArray(board.languages) && board.languages.length === 0)
      errors.languages ??= msg('board_languages');
    if (!isBoardRules(board.rules)) errors.rules ??= msg('board_rules');
  },
  'saved-views': (view, _ctx, errors) => {
    // A name nobody can read (a zero-width space) leaves a blank line in the list of views.
    if (typeof view.name === 'string' && !hasVisibleText(view.name)) errors.name ??= msg('visible_text');
    if (typeof view.resource === 'string' && !isResource(view.resource))
      errors.resource ??= msg('unknown_resource_value');
    else if (!isViewSort(view.sort, view.resource as ResourceName)) errors.sort ??= msg('saved_view_sort');
  },
};

/**
 * A saved view's sort is one the list of its resource accepts: a sortable field and a direction,
 * nothing else. Kept that narrow, it is no place for free text (a name, a note).
 */
function isViewSort(sort: unknown, resource: ResourceName): boolean {
  if (sort === null || sort === undefined) return true;
  if (typeof sort !== 'object' || Array.isArray(sort)) return false;
  const { field, order, ...rest } = sort as Row;
  if (Object.keys(rest).length > 0 || (order !== 'ASC' && order !== 'DESC') || typeof field !== 'string')
    return false;
  const spec = fieldSpec(resource, field);
  return spec !== undefined && canSort(spec);
}

export function validate(resource: ResourceName, record: Row, ctx: ValidationContext): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, spec] of Object.entries(RESOURCE_SPECS[resource].fields)) {
    if (spec.owned) continue;
    const message = checkField(spec, record[field]);
    if (message) errors[field] = message;
    else if (spec.type === 'address' && !isEmpty(record[field]))
      Object.assign(errors, addressErrors(field, record[field] as Row));
  }
  RULES[resource]?.(record, ctx, errors);
  return errors;
}
