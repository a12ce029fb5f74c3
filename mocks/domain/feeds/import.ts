import { ACTIVE_PUBLICATION_STATES } from '../../../src/model/boards';
import { takesJobSlot } from '../../../src/model/offer-workflow';
import type {
  Board,
  Company,
  FeedImport,
  FeedImportItem,
  FeedOutcome,
  FeedReason,
  Offer,
  OfferPublication,
  OfferStatus,
  User,
} from '../../../src/model/types';
import type { Table } from '../../db/table';
import type { MockState, StoredFeed } from '../../db/types';
import { audit, diff } from '../accounts/audit';
import { assertCan } from '../accounts/permissions';
import { ApiError, badRequest } from '../api/errors';
import { type FieldErrors, type Message, msg, render } from '../api/translate';
import { boardSlotsLeft, MAX_BOARDS_PER_SUBMIT, submitPublications } from '../boards/publications';
import { defaultsFor } from '../records/defaults';
import { normalize } from '../records/effects';
import { companyRows, touch } from '../records/indexes';
import { findVisible } from '../records/reads';
import { validate } from '../records/validation';
import { createRecord, updateRecord } from '../records/writes';
import { assertFeedSize, type FeedFormat, offersOfJson, offersOfXml } from './parse';

/**
 * A company's offer feed (POST /companies/{id}/feed-imports): the offers its ATS lists, matched to
 * the company's own offers by external reference. New → created and published, changed → updated,
 * gone from the feed → closed, identical → left alone (no write, no version, no audit), so running
 * the same feed twice changes nothing. Every offer is checked first, with the offers' own rules and
 * the company's slots; one bad offer refuses the whole feed and nothing is written. Then the writes
 * go through the same record writes and board submissions as a recruiter's, as the company's
 * recruiter (support may run a feed but not write offers itself), and are audited under the caller.
 */

/** The fields a feed sets on an offer; anything else in a feed offer (an id, a companyId...) is ignored. */
export const FEED_CONTENT_FIELDS = [
  'title',
  'contractType',
  'city',
  'country',
  'remote',
  'salaryMin',
  'salaryMax',
  'dailyRateMin',
  'dailyRateMax',
  'currency',
  'ir35',
  'skills',
  'experienceLevel',
  'description',
  'expiresAt',
] as const;

export const EXTERNAL_REF_MAX = 100;
const EXTERNAL_REF = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,${EXTERNAL_REF_MAX - 1}}$`);

type Row = Record<string, unknown>;

export interface FeedRequest {
  format: FeedFormat;
  source: 'upload' | 'stored';
  offers: unknown[];
}

/** What the body asks for: `{offers}` (JSON), `{xml}` (an XML document) or `{source: "stored"}`. */
export function feedRequest(state: MockState, companyId: number, body: unknown): FeedRequest {
  const input = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Row) : undefined;
  // One feed per request: a body naming two (offers and xml, or either with a stored source) is
  // refused rather than one of them silently chosen.
  if (input && ['source', 'xml', 'offers'].filter((key) => key in input).length > 1)
    throw badRequest(msg('feed_body'));
  if (input?.source === 'stored') {
    const stored = (state.tables.feedDocuments.rows as StoredFeed[]).find((f) => f.companyId === companyId);
    if (!stored) throw new ApiError(404, msg('feed_no_stored'));
    return { ...parseDocument(stored.format, stored.content), source: 'stored' };
  }
  if (typeof input?.xml === 'string') return { ...parseDocument('xml', input.xml), source: 'upload' };
  if (input && 'offers' in input) return { format: 'json', source: 'upload', offers: offersOfJson(input) };
  throw badRequest(msg('feed_body'));
}

function parseDocument(format: FeedFormat, content: string): Omit<FeedRequest, 'source'> {
  if (format === 'xml') return { format, offers: offersOfXml(content) };
  assertFeedSize(content);
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw new ApiError(422, msg('feed_unreadable'), { code: 'feed_unreadable' });
  }
  return { format, offers: offersOfJson(parsed) };
}

const worded = (field: string, message: Message): FeedReason => ({
  field,
  en: render(message, 'en'),
  fr: render(message, 'fr'),
});

/** The recruiter the feed's writes are made as: the caller if a recruiter, else the company's first active one. */
function feedActor(state: MockState, user: User, company: Company): User {
  if (user.role === 'recruiter') return user;
  const recruiter = (companyRows(state.tables.users, company.id) as User[]).find(
    (u) => u.role === 'recruiter' && u.status === 'active',
  );
  if (!recruiter) throw new ApiError(422, msg('feed_no_recruiter'));
  return recruiter;
}

interface Planned {
  index: number | null;
  externalRef: string;
  outcome: FeedOutcome;
  existing?: Offer;
  /** The fields to write (content and status); the whole record for a new offer. */
  changes?: Row;
  boardIds: number[];
  errors: FieldErrors;
}

const blank = (value: unknown): boolean => value === undefined;

/**
 * The feed offer's content as the offer would store it: what the feed leaves out takes a new
 * offer's default (`defaults`), so an optional field dropped from the feed is emptied on an update.
 */
function contentOf(raw: Row, existing: Offer | undefined, defaults: Row): Row {
  const content: Row = {};
  for (const field of FEED_CONTENT_FIELDS) {
    const value = blank(raw[field]) ? defaults[field] : raw[field];
    if (value !== undefined) content[field] = value;
  }
  // The stored description is the sanitiser's output, which it gives back unchanged: an ATS that
  // sends it as it is spares the sanitiser, the slowest step of a feed that did not change.
  if (existing && content.description === existing.description) return content;
  normalize('offers', content as Row & { id: number });
  return content;
}

function boardIdsOf(state: MockState, raw: unknown, errors: FieldErrors): number[] {
  if (raw === undefined || raw === null) return [];
  const ids = raw as unknown[];
  const okList =
    Array.isArray(ids) &&
    ids.length <= MAX_BOARDS_PER_SUBMIT &&
    ids.every(
      (id) =>
        Number.isSafeInteger(id) && (state.tables.boards.get(id as number) as Board | undefined)?.active,
    ) &&
    new Set(ids).size === ids.length;
  if (!okList) {
    errors.boardIds = msg('feed_boards', { max: MAX_BOARDS_PER_SUBMIT });
    return [];
  }
  return ids as number[];
}

const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Checks one feed offer against what the company has; nothing is written. */
function planOffer(
  state: MockState,
  actor: User,
  raw: unknown,
  index: number,
  byRef: Map<string, Offer>,
  seen: Map<string, number>,
): Planned {
  const errors: FieldErrors = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { index, externalRef: '', outcome: 'refused', boardIds: [], errors: { '': msg('object') } };
  const offer = raw as Row;
  const ref = typeof offer.externalRef === 'string' ? offer.externalRef : '';
  if (!EXTERNAL_REF.test(ref)) errors.externalRef = msg('feed_external_ref', { max: EXTERNAL_REF_MAX });
  else if (seen.has(ref)) errors.externalRef = msg('feed_duplicate_ref', { index: seen.get(ref) as number });
  else seen.set(ref, index);
  // A refused reference is reported as sent no further than its allowed length (it may be 10 KB of anything).
  const externalRef = errors.externalRef ? ref.slice(0, EXTERNAL_REF_MAX) : ref;
  const boardIds = boardIdsOf(state, offer.boardIds, errors);
  const existing = errors.externalRef ? undefined : byRef.get(ref);
  const now = state.clock.now();
  const defaults = defaultsFor('offers', actor, offer, new Date(now).toISOString());
  const content = contentOf(offer, existing, defaults);
  let planned: Planned;
  if (!existing) {
    const record: Row = {
      ...defaults,
      ...content,
      companyId: actor.companyId,
      recruiterId: actor.id,
      status: 'published',
    };
    Object.assign(errors, validate('offers', record, { now }), errors);
    planned = { index, externalRef, outcome: 'created', changes: record, boardIds, errors };
  } else {
    // A recruiter's pause is kept; anything else listed in the feed is live (a closed one reopens).
    const status = existing.status === 'paused' ? 'paused' : 'published';
    const changes: Row = {};
    for (const [field, value] of Object.entries({ ...content, status }))
      if (!sameValue(value, (existing as unknown as Row)[field])) changes[field] = value;
    const next = { ...existing, ...changes };
    Object.assign(errors, validate('offers', next, { now, before: existing as unknown as Row }), errors);
    const outcome = Object.keys(changes).length === 0 ? 'unchanged' : 'updated';
    planned = { index, externalRef, outcome, existing, changes, boardIds, errors };
  }
  if (Object.keys(errors).length > 0) planned.outcome = 'refused';
  return planned;
}

/** Board submissions the plan makes: a board the offer was never sent to, or any listed one once the offer changed. */
function submissionsOf(plan: Planned, publications: Map<number, OfferPublication[]>): number[] {
  if (plan.outcome === 'created') return plan.boardIds;
  if (plan.outcome !== 'updated' || !plan.existing) return [];
  const status = (plan.changes?.status as string | undefined) ?? plan.existing.status;
  if (status !== 'published') return [];
  const mine = publications.get(plan.existing.id) ?? [];
  return plan.boardIds.filter((boardId) => {
    const previous = mine.find((p) => p.boardId === boardId);
    // Changed content on a board that refused or retired it goes back through the checks, as a fix would.
    return !previous || !ACTIVE_PUBLICATION_STATES.includes(previous.state);
  });
}

/** Reasons that refuse the feed as a whole: more new offers or board submissions than the company has slots. */
function slotErrors(
  state: MockState,
  company: Company,
  plans: Planned[],
  publications: Map<number, OfferPublication[]>,
): FeedReason[] {
  const reasons: FeedReason[] = [];
  const needed = plans.filter(
    (p) =>
      (p.outcome === 'created' || p.outcome === 'updated') &&
      typeof p.changes?.status === 'string' &&
      takesJobSlot(p.existing?.status, p.changes.status as OfferStatus),
  ).length;
  if (needed > company.credits.jobSlots)
    reasons.push(worded('', msg('feed_no_job_slots', { needed, left: company.credits.jobSlots })));
  const perBoard = new Map<number, number>();
  for (const plan of plans)
    for (const boardId of submissionsOf(plan, publications))
      perBoard.set(boardId, (perBoard.get(boardId) ?? 0) + 1);
  for (const [boardId, count] of perBoard) {
    const board = state.tables.boards.get(boardId) as Board;
    const left = boardSlotsLeft(state, company, board);
    if (count > left)
      reasons.push(
        worded(
          'boardIds',
          msg('feed_no_board_slots', {
            needed: count,
            board: board.name,
            left: Math.max(0, left),
            plan: company.plan,
          }),
        ),
      );
  }
  return reasons;
}

function itemOf(plan: Planned, offerId: number | null): FeedImportItem {
  return {
    index: plan.index,
    externalRef: plan.externalRef,
    outcome: plan.outcome,
    offerId,
    reasons: Object.entries(plan.errors).map(([field, message]) => worded(field, message)),
    publications: [],
  };
}

function countsOf(items: FeedImportItem[]): Record<FeedOutcome, number> {
  const counts: Record<FeedOutcome, number> = { created: 0, updated: 0, closed: 0, unchanged: 0, refused: 0 };
  for (const item of items) counts[item.outcome] += 1;
  return counts;
}

function store(
  state: MockState,
  user: User,
  company: Company,
  request: FeedRequest,
  status: FeedImport['status'],
  items: FeedImportItem[],
  reasons: FeedReason[],
): FeedImport {
  const report = state.tables['feed-imports'].insert({
    version: 1,
    companyId: company.id,
    actorId: user.id,
    format: request.format,
    source: request.source,
    status,
    reasons,
    counts: countsOf(items),
    items,
    at: new Date(state.clock.now()).toISOString(),
  }) as FeedImport;
  const { created, updated, closed } = report.counts;
  // A run that wrote nothing (the same feed again, or a refused one) leaves the audit trail as it was.
  if (created + updated + closed > 0)
    audit(state, user, {
      action: 'feed.import',
      resource: 'feed-imports',
      recordId: report.id,
      changes: Object.fromEntries(
        Object.entries(report.counts)
          .filter(([, count]) => count > 0)
          .map(([outcome, count]) => [outcome, [null, count]]),
      ),
    });
  touch();
  return report;
}

/**
 * Runs a feed for a company. Answers the stored report (201) when applied; a refused feed answers
 * 422 with the report (which offers, which fields, why) and writes nothing but that report.
 */
export function importFeed(state: MockState, user: User, companyId: number, body: unknown): FeedImport {
  assertCan(user, 'feed-imports', 'create');
  const company = findVisible(state, user, 'companies', companyId) as unknown as Company;
  const request = feedRequest(state, company.id, body);
  const actor = feedActor(state, user, company);
  const mine = companyRows(state.tables.offers, company.id) as Offer[];
  const byRef = new Map<string, Offer>();
  for (const offer of mine) if (offer.externalRef) byRef.set(offer.externalRef, offer);
  const publications = new Map<number, OfferPublication[]>();
  for (const publication of companyRows(
    state.tables['offer-publications'],
    company.id,
  ) as OfferPublication[]) {
    const list = publications.get(publication.offerId);
    if (list) list.push(publication);
    else publications.set(publication.offerId, [publication]);
  }
  const seen = new Map<string, number>();
  const plans = request.offers.map((raw, index) => planOffer(state, actor, raw, index, byRef, seen));
  // Feed offers no longer listed are closed; one already closed or expired stays as it is.
  for (const [ref, offer] of byRef)
    if (!seen.has(ref) && offer.status !== 'closed' && offer.status !== 'expired')
      plans.push({
        index: null,
        externalRef: ref,
        outcome: 'closed',
        existing: offer,
        changes: { status: 'closed' },
        boardIds: [],
        errors: {},
      });
  const refused = plans.filter((plan) => plan.outcome === 'refused');
  const whole = refused.length === 0 ? slotErrors(state, company, plans, publications) : [];
  if (refused.length > 0 || whole.length > 0) {
    const report = store(
      state,
      user,
      company,
      request,
      'refused',
      refused.map((plan) => itemOf(plan, plan.existing?.id ?? null)),
      whole,
    );
    const errors: FieldErrors = {};
    for (const plan of refused)
      for (const [field, message] of Object.entries(plan.errors))
        errors[field ? `offers.${plan.index}.${field}` : `offers.${plan.index}`] = message;
    throw new ApiError(
      422,
      refused.length > 0 ? msg('feed_refused', { count: refused.length }) : msg('feed_refused_whole'),
      {
        code: 'feed_refused',
        errors,
        details: { report },
      },
    );
  }
  const restore = snapshotOf(state, company);
  try {
    return apply(state, user, actor, company, request, plans, publications);
  } catch (error) {
    restore();
    throw error;
  }
}

/**
 * What the apply phase may write, kept before it starts so that a throw midway puts it all back:
 * the company and its offers and publications as they were, and every row any table gained since
 * (offers, publications, ledger, audit, notifications...). The apply phase only inserts and
 * replaces; it removes nothing.
 */
function snapshotOf(state: MockState, company: Company): () => void {
  type Any = Table<{ id: number; companyId?: number | null }>;
  const tables = Object.values(state.tables) as unknown as Any[];
  const lengths = tables.map((table) => table.rows.length);
  const kept: [Any, Row[]][] = (['offers', 'offer-publications'] as const).map((name) => {
    const table = state.tables[name] as unknown as Any;
    return [table, companyRows(table, company.id).map((row) => structuredClone(row) as Row)];
  });
  const companies = state.tables.companies as unknown as Any;
  kept.push([companies, [structuredClone(companies.get(company.id)) as Row]]);
  return () => {
    tables.forEach((table, i) => {
      while (table.rows.length > lengths[i]) table.remove(table.rows[table.rows.length - 1].id);
    });
    for (const [table, rows] of kept)
      for (const row of rows) {
        const current = table.get(row.id as number) as Row | undefined;
        if (!current) continue;
        // Fields the write added go too: the row is what it was, not a merge.
        for (const field of Object.keys(current)) if (!(field in row)) delete current[field];
        table.replace(row as { id: number });
      }
    touch();
  };
}

function apply(
  state: MockState,
  user: User,
  actor: User,
  company: Company,
  request: FeedRequest,
  plans: Planned[],
  publications: Map<number, OfferPublication[]>,
): FeedImport {
  // Closes first: they free board slots the new offers may take.
  const ordered = [
    ...plans.filter((p) => p.outcome === 'closed'),
    ...plans.filter((p) => p.outcome !== 'closed'),
  ];
  const items: FeedImportItem[] = [];
  for (const plan of ordered) {
    let offerId = plan.existing?.id ?? null;
    if (plan.outcome === 'created') {
      const ref = plan.externalRef;
      const created = createRecord(state, actor, 'offers', plan.changes, (record) => {
        record.externalRef = ref;
      });
      offerId = created.id;
      audit(state, user, {
        action: 'feed.create',
        resource: 'offers',
        recordId: offerId,
        changes: diff({}, created, ['externalRef', 'title', 'status']),
      });
    } else if (plan.outcome === 'updated' || plan.outcome === 'closed') {
      const before = plan.existing as Offer;
      const saved = updateRecord(
        state,
        actor,
        'offers',
        before.id,
        { ...plan.changes, version: before.version },
        'patch',
      );
      audit(state, user, {
        action: plan.outcome === 'closed' ? 'feed.close' : 'feed.update',
        resource: 'offers',
        recordId: before.id,
        changes: diff(before as unknown as Row, saved, Object.keys(plan.changes ?? {})),
      });
    }
    const item = itemOf(plan, offerId);
    const boards = submissionsOf(plan, publications);
    if (boards.length > 0 && offerId !== null)
      item.publications = submitPublications(state, actor, offerId, { boardIds: boards }).map((p) => ({
        boardId: p.boardId,
        state: p.state,
        rejectionCode: p.rejectionCode,
      }));
    items.push(item);
  }
  // The report lists offers in feed order, the closed ones last.
  items.sort((a, b) => (a.index ?? Number.MAX_SAFE_INTEGER) - (b.index ?? Number.MAX_SAFE_INTEGER));
  return store(state, user, company, request, 'applied', items, []);
}
