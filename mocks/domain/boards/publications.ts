import {
  BOARD_SLOTS_BY_PLAN,
  canApprove,
  canReject,
  canResubmit,
  queueOrder,
  REJECTION_CODES,
  type RejectionCode,
  stateAfterChecks,
  worstSeverity,
} from '../../../src/model/boards';
import type { Board, Company, Offer, OfferPublication, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { audit, isAuditReason, same } from '../accounts/audit';
import { assertCan } from '../accounts/permissions';
import { ApiError, badRequest, invalid } from '../api/errors';
import { msg } from '../api/translate';
import { companyRows, touch } from '../records/indexes';
import { findVisible } from '../records/reads';
import { findDuplicate } from './duplicates';
import { isActive, publicationsOf } from './lifecycle';
import { checkInput, runChecks } from './rules';

/**
 * Publishing an offer to boards and moderating what the checks send to review. Every write is
 * audited; a request that cannot be applied whole changes nothing.
 */
export const MAX_BOARDS_PER_SUBMIT = 10;
export const MAX_BULK = 200;

type Body = Record<string, unknown>;
const asBody = (body: unknown): Body =>
  typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Body) : {};

function nowIso(state: MockState): string {
  return new Date(state.clock.now()).toISOString();
}

/** The publications the company may still add on a board (its plan's active publications per board). */
export function boardSlotsLeft(state: MockState, company: Company, board: Board): number {
  let used = 0;
  for (const publication of companyRows(state.tables['offer-publications'], company.id) as OfferPublication[])
    if (publication.boardId === board.id && isActive(publication)) used += 1;
  return BOARD_SLOTS_BY_PLAN[company.plan] - used;
}

/** Refuses a board the company has no slot left on. */
function assertSlot(state: MockState, company: Company, board: Board, adding: number): void {
  const max = BOARD_SLOTS_BY_PLAN[company.plan];
  if (adding > boardSlotsLeft(state, company, board))
    throw invalid(
      { boardIds: msg('no_board_slot', { board: board.name, plan: company.plan, max }) },
      msg('no_board_slot', { board: board.name, plan: company.plan, max }),
      'no_board_slot',
    );
}

/** The checks' verdict for one offer on one board, as the fields of its publication. */
function checked(state: MockState, offer: Offer, board: Board, at: string) {
  const findings = runChecks(checkInput(offer, board), {
    findDuplicate: (input) => findDuplicate(state, input),
  });
  const next = stateAfterChecks(findings);
  const blocking = findings.find((finding) => finding.severity === 'blocking');
  return {
    state: next,
    findings,
    severity: worstSeverity(findings),
    queueOrder: queueOrder(findings, at),
    // A blocking finding refuses at once, with the rule as the reason; the findings say the rest.
    rejectionCode: blocking ? blocking.rule : null,
    rejectionReason: null,
    submittedAt: at,
    decidedAt: next === 'pending-review' ? null : at,
    decidedBy: null,
  } satisfies Partial<OfferPublication>;
}

function assertPublishable(offer: Offer): void {
  if (offer.status !== 'published')
    throw invalid({ offerId: msg('offer_not_publishable', { status: offer.status }) });
}

/** POST /offers/{id}/publications {boardIds}: sends the offer to each board, through the checks. */
export function submitPublications(state: MockState, user: User, offerId: number, raw: unknown) {
  assertCan(user, 'offer-publications', 'create');
  const offer = findVisible(state, user, 'offers', offerId) as unknown as Offer;
  const body = asBody(raw);
  const ids = body.boardIds;
  if (
    !Array.isArray(ids) ||
    ids.length === 0 ||
    ids.length > MAX_BOARDS_PER_SUBMIT ||
    !ids.every((id) => Number.isSafeInteger(id)) ||
    new Set(ids).size !== ids.length
  )
    throw invalid({ boardIds: msg('boards_required', { max: MAX_BOARDS_PER_SUBMIT }) });
  assertPublishable(offer);
  const boards = (ids as number[]).map((id) => state.tables.boards.get(id) as Board | undefined);
  const unknown = (ids as number[]).filter((_, i) => !boards[i]?.active);
  if (unknown.length > 0) throw invalid({ boardIds: msg('board_unknown', { ids: unknown.join(', ') }) });
  const existing = publicationsOf(state, offer);
  const already = (boards as Board[]).filter((board) =>
    existing.some((p) => p.boardId === board.id && isActive(p)),
  );
  if (already.length > 0)
    throw invalid({
      boardIds: msg('board_already_active', { boards: already.map((b) => b.name).join(', ') }),
    });
  const company = state.tables.companies.get(offer.companyId) as Company;
  for (const board of boards as Board[]) assertSlot(state, company, board, 1);
  const at = nowIso(state);
  const out: OfferPublication[] = [];
  for (const board of boards as Board[]) {
    const verdict = checked(state, offer, board, at);
    const previous = existing.find((p) => p.boardId === board.id);
    // The table updates its row in place: the state it had is read before.
    const was = previous?.state ?? null;
    const stored = previous
      ? state.tables['offer-publications'].replace({
          ...previous,
          ...verdict,
          version: previous.version + 1,
        })
      : state.tables['offer-publications'].insert({
          version: 1,
          offerId: offer.id,
          boardId: board.id,
          companyId: offer.companyId,
          views: 0,
          applicationsCount: 0,
          ...verdict,
        });
    audit(state, user, {
      action: previous ? 'publication.resubmit' : 'publication.submit',
      resource: 'offer-publications',
      recordId: stored.id,
      changes: { state: [was, stored.state] },
    });
    out.push(stored);
  }
  touch();
  return out;
}

/** The offer fields the checks read: a change to one of them must go through the checks again. */
const CHECKED_FIELDS = [
  'title',
  'description',
  'contractType',
  'salaryMin',
  'salaryMax',
  'dailyRateMin',
  'dailyRateMax',
] as const satisfies readonly (keyof Offer)[];

/**
 * An offer whose checked content changed while live or pending on boards goes through each board's
 * checks again, so text approved once cannot be swapped for text the checks refuse: blocking →
 * refused with the reasons, soft → back to the queue, clean → stays live. Each change audited.
 */
export function recheckPublications(state: MockState, user: User, offer: Offer, before: Offer): void {
  if (CHECKED_FIELDS.every((field) => same(offer[field], before[field]))) return;
  const at = nowIso(state);
  for (const publication of publicationsOf(state, offer)) {
    if (!isActive(publication)) continue;
    const board = state.tables.boards.get(publication.boardId) as Board | undefined;
    if (!board) continue;
    const verdict = checked(state, offer, board, at);
    // A clean offer keeps its live publication (and its decision) as it was.
    if (publication.state === 'live' && verdict.state === 'live') continue;
    const was = publication.state;
    const stored = state.tables['offer-publications'].replace({
      ...publication,
      ...verdict,
      version: publication.version + 1,
    });
    audit(state, user, {
      action: 'publication.recheck',
      resource: 'offer-publications',
      recordId: stored.id,
      changes: { state: [was, stored.state] },
    });
  }
}

/** POST /offer-publications/{id}/resubmit: a rejected or expired publication, checked again. */
export function resubmitPublication(state: MockState, user: User, id: number): OfferPublication {
  assertCan(user, 'offer-publications', 'create');
  const publication = findVisible(state, user, 'offer-publications', id) as unknown as OfferPublication;
  if (!canResubmit(publication.state))
    throw new ApiError(409, msg('publication_not_resubmittable', { state: publication.state }));
  return submitPublications(state, user, publication.offerId, { boardIds: [publication.boardId] })[0];
}

interface Decision {
  action: 'approve' | 'reject';
  code?: RejectionCode;
  reason?: string;
}

function parseDecision(action: 'approve' | 'reject', body: Body): Decision {
  if (action === 'approve') return { action };
  const errors: Record<string, ReturnType<typeof msg>> = {};
  if (!REJECTION_CODES.includes(body.code as RejectionCode))
    errors.code = msg('rejection_code', { values: REJECTION_CODES.join(', ') });
  if (!isAuditReason(body.reason)) errors.reason = msg('rejection_reason');
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return { action, code: body.code as RejectionCode, reason: (body.reason as string).trim() };
}

function assertDecidable(publication: OfferPublication, decision: Decision): void {
  if (decision.action === 'approve' && !canApprove(publication.state))
    throw new ApiError(409, msg('publication_not_pending', { state: publication.state }));
  if (decision.action === 'reject' && !canReject(publication.state))
    throw new ApiError(409, msg('publication_not_rejectable', { state: publication.state }));
}

function apply(state: MockState, user: User, publication: OfferPublication, decision: Decision) {
  const at = nowIso(state);
  const was = publication.state;
  const next: OfferPublication = {
    ...publication,
    version: publication.version + 1,
    state: decision.action === 'approve' ? 'live' : 'rejected',
    rejectionCode: decision.code ?? null,
    rejectionReason: decision.reason ?? null,
    decidedAt: at,
    decidedBy: user.id,
  };
  const stored = state.tables['offer-publications'].replace(next);
  audit(state, user, {
    action: `publication.${decision.action}`,
    resource: 'offer-publications',
    recordId: stored.id,
    changes: { state: [was, stored.state] },
    reason: decision.reason ?? null,
  });
  return stored;
}

/** POST /offer-publications/{id}/approve | reject {code, reason}: support's decision, audited. */
export function moderatePublication(
  state: MockState,
  user: User,
  id: number,
  action: 'approve' | 'reject',
  raw: unknown,
): OfferPublication {
  assertCan(user, 'offer-publications', 'moderate');
  const publication = findVisible(state, user, 'offer-publications', id) as unknown as OfferPublication;
  const decision = parseDecision(action, asBody(raw));
  assertDecidable(publication, decision);
  const stored = apply(state, user, publication, decision);
  touch();
  return stored;
}

/**
 * POST /offer-publications/bulk {ids, action, code?, reason?}: one decision for many; every id is
 * checked before any is written, so the batch applies whole or not at all.
 */
export function moderateBulk(state: MockState, user: User, raw: unknown): OfferPublication[] {
  assertCan(user, 'offer-publications', 'moderate');
  const body = asBody(raw);
  const ids = body.ids;
  if (
    !Array.isArray(ids) ||
    ids.length === 0 ||
    ids.length > MAX_BULK ||
    !ids.every((id) => Number.isSafeInteger(id)) ||
    new Set(ids).size !== ids.length
  )
    throw invalid({ ids: msg('bulk_ids', { max: MAX_BULK }) });
  if (body.action !== 'approve' && body.action !== 'reject') throw badRequest(msg('bulk_action'));
  const decision = parseDecision(body.action, body);
  const publications = (ids as number[]).map(
    (id) => findVisible(state, user, 'offer-publications', id) as unknown as OfferPublication,
  );
  for (const publication of publications) assertDecidable(publication, decision);
  const out = publications.map((publication) => apply(state, user, publication, decision));
  touch();
  return out;
}
