import type { Candidate } from '../../src/types';
import {
  anonymizeCandidate,
  anonymizeMany,
  exportCandidate,
  unlockCandidate,
} from '../domain/candidate-actions';
import { assertCan } from '../domain/permissions';
import { findVisible, readView } from '../domain/records';
import { countExport } from '../domain/usage';
import { ok, type RouteContext, route } from './http';

/** Unlock (recruiters, 1 credit), GDPR export and anonymisation (support, admin). */
function candidate({ state, user, params }: RouteContext): Candidate {
  assertCan(user, 'candidates', 'show');
  return findVisible(state, user, 'candidates', Number(params.id)) as unknown as Candidate;
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
  route('get', '/api/candidates/:id/export', (ctx) => {
    const exported = exportCandidate(ctx.state, ctx.user, candidate(ctx));
    countExport(ctx.state, ctx.user, [exported.candidate.id]);
    return ok(exported);
  }),
  route('post', '/api/candidates/:id/anonymize', (ctx) =>
    ok(anonymizeCandidate(ctx.state, ctx.user, candidate(ctx))),
  ),
];
