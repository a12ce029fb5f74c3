import { type Application, STAGES, type Stage, type User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { audit, isAudited } from '../accounts/audit';
import { assertCan } from '../accounts/permissions';
import { ApiError, invalid } from '../api/errors';
import { versionError } from '../api/input';
import { type FieldErrors, msg } from '../api/translate';
import { withMatchScore } from '../matching/application-score';
import { beforeStore, normalize } from '../records/effects';
import { touch } from '../records/indexes';
import { forgetRow } from '../records/query';
import { findVisible } from '../records/reads';
import { rejectionErrors } from '../records/validation';
import { movedFromCurrent } from './columns';

/**
 * `POST /applications/{id}/move {stage, position, version, rejectionCategory?, rejectionReason?}`:
 * one call moves a card and re-indexes both columns, so the browser never sends N updates. Checks in the order of the
 * other writes: 403 role → 404 tenant → 422 version → 409 stale → 422 values. Neighbours the move
 * renumbers get a new version too (pipeline/columns.ts), so a stale PUT of one is a 409; a move of
 * one is not, since it is planned against the column as it is now.
 */
type Row = { id: number } & Record<string, unknown>;

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The application as the move would store it (before its column is renumbered). Rejecting takes
 * the body's `rejectionCategory` and `rejectionReason`; a card already rejected keeps its own; the
 * rule is the one every write of an application passes (validation's `rejectionErrors`).
 */
function parseBody(raw: unknown, app: Application): Application {
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
  const next = { ...app, stage: body.stage as Stage, position: body.position as number } as unknown as Row;
  if (body.stage === 'rejected' && app.stage !== 'rejected')
    Object.assign(next, {
      rejectionCategory: body.rejectionCategory ?? null,
      rejectionReason: body.rejectionReason ?? null,
    });
  if (!errors.stage) {
    normalize('applications', next);
    rejectionErrors(next, errors);
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return next as unknown as Application;
}

export function moveApplication(state: MockState, user: User, id: number, raw: unknown): Application {
  assertCan(user, 'applications', 'move');
  const app = findVisible(state, user, 'applications', id) as unknown as Application;
  const next = parseBody(raw, app);
  const from = app.stage;
  const before = structuredClone(app) as unknown as Row;
  // Places the card in its column (clamped) and renumbers the columns it leaves and enters.
  beforeStore(state, user, 'applications', next as unknown as Row, before);
  if (from === next.stage && app.position === next.position) return withMatchScore(state, user, app);
  next.version = app.version + 1;
  const saved = state.tables.applications.replace(next);
  forgetRow(saved);
  touch();
  if (from !== next.stage) recordStageChange(state, user, saved, from);
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
