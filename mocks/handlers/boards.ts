import {
  moderateBulk,
  moderatePublication,
  resubmitPublication,
  submitPublications,
} from '../domain/boards/publications';
import { ok, route } from './http';

/** Publishing offers to job boards and moderating them (the records themselves read through CRUD). */
export const boardHandlers = [
  route('post', '/api/offers/:id/publications', ({ state, user, params, body }) =>
    ok(submitPublications(state, user, Number(params.id), body), 201),
  ),
  route('post', '/api/offer-publications/bulk', ({ state, user, body }) =>
    ok(moderateBulk(state, user, body)),
  ),
  route('post', '/api/offer-publications/:id/approve', ({ state, user, params, body }) =>
    ok(moderatePublication(state, user, Number(params.id), 'approve', body)),
  ),
  route('post', '/api/offer-publications/:id/reject', ({ state, user, params, body }) =>
    ok(moderatePublication(state, user, Number(params.id), 'reject', body)),
  ),
  route('post', '/api/offer-publications/:id/resubmit', ({ state, user, params }) =>
    ok(resubmitPublication(state, user, Number(params.id))),
  ),
];
