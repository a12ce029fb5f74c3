import { usageReport } from '../domain/usage/report';
import { ok, route } from './http';

/** GET /api/usage?userId=|companyId=&granularity=&from=&to=: usage counters for support and admin. */
export const usageHandlers = [
  route('get', '/api/usage', ({ state, user, query }) => ok(usageReport(state, user, query))),
];
