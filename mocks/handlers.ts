import { http } from 'msw';
import { generateDb } from './db/generate';
import { DEFAULT_SEED, type MockState, type ResetOptions, resetDb as resetStore } from './db/store';
import { type Dataset, REFERENCE_DATE } from './db/types';
import { ApiError } from './domain/errors';
import { resetLimits } from './domain/ratelimit';
import { msg } from './domain/translate';
import { applicationHandlers } from './handlers/applications';
import { authHandlers } from './handlers/auth';
import { candidateHandlers } from './handlers/candidates';
import { candidateImportHandlers } from './handlers/candidates-import';
import { companyHandlers } from './handlers/companies';
import { crudHandlers } from './handlers/crud';
import { exportHandlers } from './handlers/exports';
import { errorResponse } from './handlers/http';
import { interviewHandlers } from './handlers/interviews';
import { matchingHandlers } from './handlers/matching';
import { scrapingHandlers } from './handlers/scraping';
import { statsHandlers } from './handlers/stats';
import { usageHandlers } from './handlers/usage';
import { userHandlers } from './handlers/users';

/**
 * The reference API: specific routes first, the generic CRUD last, then a JSON 404 for any other
 * /api path. Add a new area as mocks/handlers/<area>.ts exporting an array built with route().
 */
const notFound = http.all('*/api/*', ({ request }) =>
  errorResponse(new ApiError(404, msg('unknown_route')), request),
);

export const handlers = [
  ...authHandlers,
  ...companyHandlers,
  ...userHandlers,
  ...candidateImportHandlers,
  ...candidateHandlers,
  ...exportHandlers,
  ...statsHandlers,
  ...matchingHandlers,
  ...applicationHandlers,
  ...interviewHandlers,
  ...usageHandlers,
  ...scrapingHandlers,
  ...crudHandlers,
  notFound,
];

/** A deep copy of plain JSON data, much faster than structuredClone on many small records. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = copy((value as Record<string, unknown>)[key]);
  return out as T;
}

// The pristine `small` data set, kept so that resetting between tests copies instead of regenerating.
const pristine = new Map<string, Dataset>();

/** Resets data, sessions, rate-limit counters and limits, then reseeds (scale `small` by default). */
export function resetDb(options: ResetOptions = {}): MockState {
  resetLimits();
  const scale = options.scale ?? 'small';
  if (options.dataset || scale !== 'small') return resetStore(options);
  const seed = options.seed ?? DEFAULT_SEED;
  const referenceDate = options.referenceDate ?? REFERENCE_DATE;
  const key = `${seed}:${referenceDate}`;
  let dataset = pristine.get(key);
  if (!dataset) {
    dataset = generateDb({ seed, scale, referenceDate });
    pristine.set(key, dataset);
  }
  return resetStore({ ...options, seed, scale, referenceDate, dataset: copy(dataset) });
}

export { advanceClock, getState } from './db/store';
export { limits } from './domain/ratelimit';
export { onWrite, replayWrite, type WriteEntry } from './handlers/http';
export { warmStats } from './handlers/stats';
