import { createActivities } from './seed-activities';
import { createApplications } from './seed-applications';
import { createCandidates } from './seed-candidates';
import { createCompanies } from './seed-companies';
import { createContext } from './seed-context';
import { finalize } from './seed-finalize';
import { createInterviews } from './seed-interviews';
import { createLedger, createUnlocks } from './seed-ledger';
import { createOffers } from './seed-offers';
import { createTasks, createTemplates } from './seed-tasks';
import { createRecruiters, createStaff } from './seed-users';
import { type Dataset, type GenerateOptions, REFERENCE_DATE } from './types';

/**
 * The mock's data set, deterministic: one seeded random source, every date computed from
 * referenceDate, ids sequential from 1 in every table. Same options → deep-equal output, and
 * always a fresh copy the caller may mutate.
 */
export function generateDb({
  seed = 42,
  scale = 'small',
  referenceDate = REFERENCE_DATE,
}: GenerateOptions = {}): Dataset {
  if (scale !== 'small') return buildDb({ seed, scale, referenceDate });
  // Tests reset the database after every test: build the small scale once per options, then
  // hand out clones (several times cheaper than rebuilding).
  const key = `${seed}|${referenceDate}`;
  let pristine = smallCache.get(key);
  if (!pristine) {
    if (smallCache.size >= 4) smallCache.clear();
    pristine = buildDb({ seed, scale, referenceDate });
    smallCache.set(key, pristine);
  }
  return structuredClone(pristine);
}

const smallCache = new Map<string, Dataset>();

/** The pipeline itself, uncached: companies → users → offers → candidates → applications → ... */
export function buildDb({
  seed = 42,
  scale = 'small',
  referenceDate = REFERENCE_DATE,
}: GenerateOptions = {}): Dataset {
  const ctx = createContext(seed, scale, referenceDate);
  createStaff(ctx);
  createCompanies(ctx);
  createRecruiters(ctx);
  createOffers(ctx);
  createCandidates(ctx);
  createApplications(ctx);
  createActivities(ctx);
  createInterviews(ctx);
  createTasks(ctx);
  createTemplates(ctx);
  createUnlocks(ctx);
  createLedger(ctx);
  finalize(ctx.db, () => ctx.rng.int(12, 40));
  return ctx.db;
}
