import type { Candidate } from '../../src/model/types';
import { assertCan } from '../domain/accounts/permissions';
import {
  anonymizeCandidate,
  anonymizeMany,
  exportCandidate,
  unlockCandidate,
} from '../domain/candidates/actions';
import { findVisible, readView } from '../domain/records/reads';
import { ok, type RouteContext, recordId, route } from './http';

/** Unlock (recruiters, 1 credit), GDPR export and anonymisation (support, admin). */
function candidate({ state, user, params }: RouteContext): Candidate {
  assertCan(user, 'candidates', 'show');
  return findVisible(state, user, 'candidates', recordId({ params })) as unknown as Candidate;
}

export const candidateHandlers = [
  /** POST /api/candidates/anonymize {ids}: the retention view's bulk anonymisation. */
  route('post', '/api/candidates/anonymize', ({ state, user, body }) =>
    ok(anonymizeMany(state, user, (body as { ids?: unknown } | undefined)?.ids)),
  ),
  route('post', '/api/candidates/:id/unlock', (ctx) => {
    const result = unlockCandidate(ctx.state, ctx.user, candidate(ctx));
    return ok({
      ...result,
      candidate: readView(ctx.state, ctx.user, 'candidates', result.candidate as never),
    });
  }),
  route('get', '/api/candidates/:id/export', (ctx) =>
    ok(exportCandidate(ctx.state, ctx.user, candidate(ctx))),
  ),
  route('post', '/api/candidates/:id/anonymize', (ctx) =>
    ok(anonymizeCandidate(ctx.state, ctx.user, candidate(ctx))),
  ),
];
