import { http } from 'msw';
import { generateDb } from '../db/generate';
import { usageHistory } from '../db/seed-usage';
import {
  currentState,
  DEFAULT_SEED,
  DEFAULT_SESSION_TTL_MS,
  dataChanged,
  emptyUsage,
  markChanged,
  type ResetOptions,
  resetClock,
  resetDb as resetStore,
} from '../db/store';
import { type Dataset, type MockState, REFERENCE_DATE } from '../db/types';
import { ApiError } from '../domain/api/errors';
import { msg } from '../domain/api/translate';
import { resetLimits } from '../domain/usage/ratelimit';
import { applicationHandlers } from './applications';
import { authHandlers } from './auth';
import { boardHandlers } from './boards';
import { candidateHandlers } from './candidates';
import { candidateImportHandlers } from './candidates-import';
import { companyHandlers } from './companies';
import { crudHandlers } from './crud';
import { exportHandlers } from './exports';
import { feedHandlers } from './feeds';
import { errorResponse, replayWrite as replayOver, type WriteEntry } from './http';
import { interviewHandlers } from './interviews';
import { matchingHandlers } from './matching';
import { scrapingHandlers } from './scraping';
import { statsHandlers } from './stats';
import { usageHandlers } from './usage';
import { userHandlers } from './users';

/**
 * The reference API: specific routes first, the generic CRUD last, then a JSON 404 for any other
 * /api path. Add a new area as mocks/handlers/<area>.ts exporting an array built with route().
 */
const notFound = http.all('*/api/*', ({ request }) =>
  errorResponse(new ApiError(404, msg('unknown_route'), { code: 'unknown_route' }), request),
);

export const handlers = [
  ...authHandlers,
  ...companyHandlers,
  ...boardHandlers,
  ...feedHandlers,
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

function pristineSmall(seed: number, referenceDate: string): Dataset {
  const key = `${seed}:${referenceDate}`;
  let dataset = pristine.get(key);
  if (!dataset) {
    dataset = generateDb({ seed, scale: 'small', referenceDate });
    pristine.set(key, dataset);
  }
  return dataset;
}

/** Resets data, sessions, rate-limit counters and limits, then reseeds (scale `small` by default). */
export function resetDb(options: ResetOptions = {}): MockState {
  resetLimits();
  const scale = options.scale ?? 'small';
  const seed = options.seed ?? DEFAULT_SEED;
  const referenceDate = options.referenceDate ?? REFERENCE_DATE;
  const fresh =
    options.dataset || scale !== 'small'
      ? resetStore(options)
      : resetStore({ ...options, seed, referenceDate, dataset: copy(pristineSmall(seed, referenceDate)) });
  // Any other data set than the default seed's counts as changed: the next restoreDb() rebuilds it.
  const isDefault =
    !options.dataset &&
    !options.now &&
    scale === 'small' &&
    seed === DEFAULT_SEED &&
    referenceDate === REFERENCE_DATE;
  if (!isDefault) markChanged();
  return fresh;
}

/**
 * Between two tests: the default `small` database as seeded, with no session, no rate-limit
 * count, the default limits and the clock at the reference date. The data is rebuilt only when the
 * test may have changed it (a write request, a table write, a getState() call); otherwise only
 * what a sign-in or a read leaves behind is cleared, which is much cheaper and keeps the API's
 * caches (indexes, stats columns) warm for the next test.
 */
export function restoreDb(): void {
  if (dataChanged()) {
    resetDb();
    return;
  }
  resetLimits();
  resetClock();
  const state = currentState();
  state.sessions.clear();
  state.rateLimits.clear();
  // Reads count against quotas and leave an access trail: not data, but a next test must not inherit
  // them; the seeded weeks of reading (the scraping watch's history) come back as the seed has them.
  state.usage = emptyUsage();
  state.usage.history = usageHistory(state);
  state.sessionTtlMs = DEFAULT_SESSION_TTL_MS;
  // A successful login stamps the user's lastLoginAt (the account health score reads it).
  for (const seeded of pristineSmall(DEFAULT_SEED, REFERENCE_DATE).users) {
    const user = state.tables.users.get(seeded.id);
    if (user) user.lastLoginAt = seeded.lastLoginAt;
  }
}

export { advanceClock, getState } from '../db/store';
export { limits } from '../domain/usage/ratelimit';
export { onWrite, type WriteEntry } from './http';

/** Re-executes a journaled write through the route a live request would reach (http.ts replayWrite). */
export const replayWrite = (entry: WriteEntry): boolean => replayOver(handlers, entry);
export { warmStats } from './stats';
