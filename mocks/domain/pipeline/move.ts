import {
  type Application,
  REJECTION_CATEGORIES,
  type RejectionCategory,
  STAGES,
  type Stage,
  type User,
} from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { audit, isAudited } from '../accounts/audit';
import { assertCan } from '../accounts/permissions';
import { ApiError, invalid } from '../api/errors';
import { versionError } from '../api/input';
import { type FieldErrors, msg } from '../api/translate';
import { withMatchScore } from '../matching/application-score';
import { beforeStore } from '../records/effects';
import { touch } from '../records/indexes';
import { forgetRow } from '../records/query';
import { findVisible } from '../records/reads';
import { movedFromCurrent } from './columns';

/**
 * `POST /applications/{id}/move {stage, position, version, rejectionCategory?, rejectionReason?}`:
 * one call moves a card and re-indexes both columns, so the browser never sends N updates. Checks in the order of the
 * other writes: 403 role → 404 tenant → 422 version → 409 stale → 422 values. Neighbours the move
 * renumbers get a new version too (pipeline/columns.ts), so a stale PUT of one is a 409; a move of
 * one is not, since it is planned against the column as it is now.
 */
type Row = { id: number } & Record<string, unknown>;

const REASON_MAX = 500;
const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface MoveBody {
  stage: Stage;
  position: number;
  rejectionCategory: RejectionCategory | null;
  rejectionReason: string | null;
}

/**
 * A rejection states its category, one of the usual reasons, so the funnel can count them; "other"
 * needs the recruiter's words, which are a detail for the others. A reason in words alone (the
 * API's first form) stands for "other".
 */
function rejectionOf(body: Record<string, unknown>, errors: FieldErrors) {
  const reason = typeof body.rejectionReason === 'string' ? body.rejectionReason.trim() : '';
  if (reason.length > REASON_MAX) errors.rejectionReason = msg('max_chars', { max: REASON_MAX });
  const sent = body.rejectionCategory;
  if (sent !== undefined && sent !== null && !REJECTION_CATEGORIES.includes(sent as RejectionCategory))
    errors.rejectionCategory = msg('one_of', { values: REJECTION_CATEGORIES.join(', ') });
  const category = (sent ?? (reason ? 'other' : null)) as RejectionCategory | null;
  if (category === null) errors.rejectionCategory = msg('required');
  else if (category === 'other' && reason === '') errors.rejectionReason = msg('required');
  return { rejectionCategory: category, rejectionReason: reason || null };
}

function parseBody(raw: unknown, app: Application): MoveBody {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ApiError(400, msg('body_not_object'));
  const body = raw as Record<string, unknown>;
  const badVersion = versionError(body.version);
  if (badVersion)
    throw invalid({ version: badVersion }, body.version == null ? msg('move_version') : undefined);
  if (!movedFromCurrent(app, body.version as number))
    throw new ApiError(409, msg('application_moved'), { current: app });
  const errors: FieldErrors = {};
  if (!STAGES.includes(body.stage as Stage)) errors.stage = msg('one_of', { values: STAGES.join(', ') });
  if (!Number.isSafeInteger(body.position) || (body.position as number) < 0)
    errors.position = msg('non_negative_integer');
  const rejecting = body.stage === 'rejected' && app.stage !== 'rejected';
  const rejection = rejecting ? rejectionOf(body, errors) : null;
  if (Object.keys(errors).length > 0) throw invalid(errors);
  const stage = body.stage as Stage;
  // Out of "rejected", the old reason no longer describes the application.
  const kept = stage === 'rejected' ? app : { rejectionCategory: null, rejectionReason: null };
  return {
    stage,
    position: body.position as number,
    rejectionCategory: rejection?.rejectionCategory ?? kept.rejectionCategory,
    rejectionReason: rejection ? rejection.rejectionReason : kept.rejectionReason,
  };
}

export function moveApplication(state: MockState, user: User, id: number, raw: unknown): Application {
  assertCan(user, 'applications', 'move');
  const app = findVisible(state, user, 'applications', id) as unknown as Application;
  const body = parseBody(raw, app);
  const from = app.stage;
  const before = structuredClone(app) as unknown as Row;
  const next = {
    ...app,
    stage: body.stage,
    position: body.position,
    rejectionCategory: body.rejectionCategory,
    rejectionReason: body.rejectionReason,
  };
  // Places the card in its column (clamped) and renumbers the columns it leaves and enters.
  beforeStore(state, user, 'applications', next as unknown as Row, before);
  if (from === body.stage && app.position === next.position) return withMatchScore(state, user, app);
  next.version = app.version + 1;
  const saved = state.tables.applications.replace(next);
  forgetRow(saved);
  touch();
  if (from !== body.stage) recordStageChange(state, user, saved, from);
  if (isAudited(user, 'applications', 'move'))
    audit(state, user, {
      action: 'application.move',
      resource: 'applications',
      recordId: id,
      changes: { stage: [from, saved.stage], position: [before.position, saved.position] },
      reason: saved.stage === 'rejected' ? (saved.rejectionReason ?? saved.rejectionCategory) : null,
    });
  return withMatchScore(state, user, saved);
}

/** The timeline entry of a stage change, and the activity dates the dashboards read. */
function recordStageChange(state: MockState, user: User, app: Application, from: Stage): void {
  const now = app.stageChangedAt;
  state.tables.activities.insert({
    version: 1,
    candidateId: app.candidateId,
    applicationId: app.id,
    companyId: app.companyId,
    authorId: user.id,
    type: 'stage_change',
    body: app.stage === 'rejected' && app.rejectionReason ? `<p>${escapeHtml(app.rejectionReason)}</p>` : '',
    fromStage: from,
    toStage: app.stage,
    scheduledAt: null,
    createdAt: now,
  });
  const candidate = state.tables.candidates.get(app.candidateId);
  if (candidate) candidate.lastActivityAt = now;
  const company = state.tables.companies.get(app.companyId);
  if (company) company.lastActivityAt = now;
}
