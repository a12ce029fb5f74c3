import { createActivities } from './seed-activities';
import { createApplications } from './seed-applications';
import { createAuditTrail } from './seed-audit';
import { createBoards, createPublications } from './seed-boards';
import { createCandidates } from './seed-candidates';
import { createCompanies } from './seed-companies';
import { createCompanyContacts } from './seed-contacts';
import { createContext, type SeedContext } from './seed-context';
import { createFeeds } from './seed-feeds';
import { finalize } from './seed-finalize';
import { createInterviews } from './seed-interviews';
import { createLedger, createUnlocks } from './seed-ledger';
import { createOffers } from './seed-offers';
import { createSavedViews } from './seed-saved-views';
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

/**
 * The pipeline, in order: companies → users → offers → candidates → applications → ... The steps
 * after finalize, and createCompanyContacts, draw from streams of their own (derivedRandom), never
 * from ctx.rng: adding them moved no value of the others.
 */
const STEPS: ReadonlyArray<(ctx: SeedContext) => void> = [
  createStaff,
  createCompanies,
  createRecruiters,
  createCompanyContacts,
  createOffers,
  createCandidates,
  createApplications,
  createActivities,
  createInterviews,
  createTasks,
  createTemplates,
  createUnlocks,
  createLedger,
  (ctx) => finalize(ctx.db, () => ctx.rng.int(12, 40)),
  createAuditTrail,
  createSavedViews,
  createBoards,
  createPublications,
  createFeeds,
];

/** The pipeline itself, uncached. */
export function buildDb({
  seed = 42,
  scale = 'small',
  referenceDate = REFERENCE_DATE,
}: GenerateOptions = {}): Dataset {
  const ctx = createContext(seed, scale, referenceDate);
  for (const step of STEPS) step(ctx);
  return ctx.db;
}
