import {
  type Application,
  type Candidate,
  MATCH_FEEDBACK_REASONS,
  MATCH_VERDICTS,
  type MatchFeedback,
  type MatchFeedbackReason,
  type MatchVerdict,
  type Offer,
  type User,
} from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { audit } from '../accounts/audit';
import { ApiError, invalid, notFound } from '../api/errors';
import { type FieldErrors, msg } from '../api/translate';
import { companyRows, touch } from '../records/indexes';
import { type OfferFeedback, offerFeedback } from './feedback';
import { DEFAULT_PARAMS } from './params';

/**
 * Recruiters' verdicts on matches (issue 18), stored per company: one row per (offer, candidate),
 * a new verdict replacing the last, removable (undo); every change audited. The ranking of the
 * offer, and through the company's reasons its other offers, read them at once (offerFeedbackOf).
 */

const FIELDS = new Set(['candidateId', 'verdict', 'reason']);

export interface FeedbackBody {
  candidateId: number;
  verdict: MatchVerdict;
  reason: MatchFeedbackReason | null;
}

/** Reads `{candidateId, verdict, reason?}`: 400 for a body that is no object, 422 naming each bad field. */
export function parseFeedback(state: MockState, raw: unknown): FeedbackBody {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ApiError(400, msg('body_not_object'));
  const body = raw as Record<string, unknown>;
  const errors: FieldErrors = {};
  // The company, the author and the date come from the session and the clock, never from the body.
  for (const field of Object.keys(body)) if (!FIELDS.has(field)) errors[field] = msg('unknown_field');
  const candidate =
    Number.isSafeInteger(body.candidateId) && (body.candidateId as number) > 0
      ? (state.tables.candidates.get(body.candidateId as number) as Candidate | undefined)
      : undefined;
  if (body.candidateId === undefined) errors.candidateId = msg('required');
  else if (!candidate) errors.candidateId = msg('unknown');
  else if (candidate.anonymizedAt) errors.candidateId = msg('feedback_anonymised');
  const verdict = body.verdict as MatchVerdict;
  if (!MATCH_VERDICTS.includes(verdict))
    errors.verdict = msg('one_of', { values: MATCH_VERDICTS.join(', ') });
  const reason = (body.reason ?? null) as MatchFeedbackReason | null;
  if (verdict === 'not_a_fit' && !MATCH_FEEDBACK_REASONS.includes(reason as MatchFeedbackReason))
    errors.reason = msg('one_of', { values: MATCH_FEEDBACK_REASONS.join(', ') });
  if (verdict === 'good' && reason !== null) errors.reason = msg('feedback_reason_not_a_fit');
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return { candidateId: body.candidateId as number, verdict, reason };
}

/** The company's rows of one offer. */
export function feedbackOfOffer(state: MockState, offer: Offer): MatchFeedback[] {
  return (companyRows(state.tables.matchFeedback, offer.companyId) as MatchFeedback[]).filter(
    (row) => row.offerId === offer.id,
  );
}

/** Stores the verdict on the pair (replacing the last one): the row, and whether it is new. */
export function setFeedback(
  state: MockState,
  user: User,
  offer: Offer,
  body: FeedbackBody,
): { row: MatchFeedback; created: boolean } {
  const table = state.tables.matchFeedback;
  const before = feedbackOfOffer(state, offer).find((r) => r.candidateId === body.candidateId);
  const fields = {
    verdict: body.verdict,
    reason: body.reason,
    authorId: user.id,
    createdAt: new Date(state.clock.now()).toISOString(),
  };
  const row = before
    ? table.replace({ ...before, ...fields })
    : table.insert({
        companyId: offer.companyId,
        offerId: offer.id,
        candidateId: body.candidateId,
        ...fields,
      });
  touch();
  audit(state, user, {
    action: 'match.feedback',
    resource: 'offers',
    recordId: offer.id,
    changes: {
      candidateId: [before ? body.candidateId : null, body.candidateId],
      verdict: [before?.verdict ?? null, body.verdict],
      reason: [before?.reason ?? null, body.reason],
    },
  });
  return { row: { ...row }, created: !before };
}

/** Takes the verdict on the pair back (undo); 404 when there is none. */
export function removeFeedback(
  state: MockState,
  user: User,
  offer: Offer,
  candidateId: number,
): MatchFeedback {
  const row = feedbackOfOffer(state, offer).find((r) => r.candidateId === candidateId);
  if (!row) throw notFound(msg('match_feedback_not_found', { id: candidateId }));
  state.tables.matchFeedback.remove(row.id);
  touch();
  audit(state, user, {
    action: 'match.feedback.remove',
    resource: 'offers',
    recordId: offer.id,
    changes: { candidateId: [candidateId, null], verdict: [row.verdict, null], reason: [row.reason, null] },
  });
  return row;
}

/** What the ranking of this offer learns from its company's verdicts and its own pipeline. */
export function offerFeedbackOf(state: MockState, offer: Offer): OfferFeedback | undefined {
  const companyFeedback = companyRows(state.tables.matchFeedback, offer.companyId) as MatchFeedback[];
  const applications = (companyRows(state.tables.applications, offer.companyId) as Application[]).filter(
    (a) => a.offerId === offer.id,
  );
  return offerFeedback({
    offerId: offer.id,
    companyFeedback,
    applications,
    candidate: (id) => {
      const c = state.tables.candidates.get(id) as Candidate | undefined;
      return c && !c.anonymizedAt ? c : undefined;
    },
    now: state.clock.now(),
    params: DEFAULT_PARAMS,
  });
}

/** The verdicts a ranking shows on its cards, by candidate id. */
export function verdictsOf(
  state: MockState,
  offer: Offer,
): Map<number, Pick<MatchFeedback, 'verdict' | 'reason'>> {
  return new Map(
    feedbackOfOffer(state, offer).map((r) => [r.candidateId, { verdict: r.verdict, reason: r.reason }]),
  );
}
