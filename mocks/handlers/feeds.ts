import { importFeed } from '../domain/feeds/import';
import { MAX_FEED_BYTES } from '../domain/feeds/parse';
import { ok, recordId, route } from './http';

/**
 * POST /api/companies/{id}/feed-imports: runs the company's offer feed, sent as JSON `{offers}`, as
 * `{xml}`, as a raw XML body (Content-Type application/xml), or `{source: "stored"}` for the feed the
 * company's ATS left with us. The reports read as the `feed-imports` resource (generic CRUD).
 */
export const feedHandlers = [
  route(
    'post',
    '/api/companies/:id/feed-imports',
    ({ state, user, params, body }) =>
      ok(importFeed(state, user, recordId({ params }), typeof body === 'string' ? { xml: body } : body), 201),
    { maxBody: MAX_FEED_BYTES, textTypes: ['application/xml', 'text/xml'] },
  ),
];
