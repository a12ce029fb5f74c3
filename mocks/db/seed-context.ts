import type { Country } from '../../src/model/types';
import { DatePool, hashKey, Random } from './random';
import type { Dataset, Scale } from './types';

/** How big each scale is; every step reads its counts from here. */
export interface ScaleConfig {
  companies: number;
  offers: number;
  candidates: number;
  applications: number;
  /** Offers are published over this many days up to the reference date. */
  offerDays: number;
  /**
   * Notes, calls, e-mails and stage-change activities are written for applications whose last move
   * is within this many days (all of them when null); companies 1 and 2 always get theirs.
   */
  activityWindowDays: number | null;
}

export const SCALE_CONFIG: Record<Scale, ScaleConfig> = {
  small: {
    companies: 20,
    offers: 300,
    candidates: 500,
    applications: 1_500,
    offerDays: 180,
    activityWindowDays: null,
  },
  demo: {
    companies: 300,
    offers: 3_000,
    candidates: 10_000,
    applications: 30_000,
    offerDays: 365,
    activityWindowDays: null,
  },
  large: {
    companies: 3_000,
    offers: 400_000,
    candidates: 100_000,
    applications: 1_000_000,
    offerDays: 365,
    activityWindowDays: 14,
  },
};

/** The two demo tenants of docs/demo-and-scales.md. */
export const DEMO_COMPANY_IDS: readonly number[] = [1, 2];

/** State threaded through the pipeline: the data built so far plus lookups later steps need. */
export interface SeedContext {
  /** The options' seed, for derivedRandom. */
  seed: number;
  rng: Random;
  dates: DatePool;
  refMs: number;
  scale: Scale;
  config: ScaleConfig;
  db: Dataset;
  /** companyId → ids of its recruiters (index 0 unused). */
  recruitersByCompany: number[][];
  /** companyId → ids of its active recruiters, the ones who own offers and write notes. */
  activeRecruitersByCompany: number[][];
  salesIds: number[];
  /** Role family index per offer and per candidate (same order as the tables), for matching pools. */
  offerFamily: Uint8Array;
  candidateFamily: Uint8Array;
  usedEmails: Set<string>;
}

export function createContext(seed: number, scale: Scale, referenceDate: string): SeedContext {
  const refMs = Date.parse(referenceDate);
  if (Number.isNaN(refMs)) throw new Error(`invalid referenceDate: ${referenceDate}`);
  return {
    seed,
    rng: new Random(seed),
    dates: new DatePool(scale === 'large'),
    refMs,
    scale,
    config: SCALE_CONFIG[scale],
    db: {
      companies: [],
      users: [],
      offers: [],
      candidates: [],
      applications: [],
      activities: [],
      interviews: [],
      scorecards: [],
      tasks: [],
      'message-templates': [],
      'saved-views': [],
      'credit-ledger': [],
      'audit-logs': [],
      boards: [],
      'offer-publications': [],
      'feed-imports': [],
      feedDocuments: [],
      candidateUnlocks: [],
      matchFeedback: [],
      candidateTags: [],
      passwords: {},
    },
    recruitersByCompany: [[]],
    activeRecruitersByCompany: [[]],
    salesIds: [],
    offerFamily: new Uint8Array(0),
    candidateFamily: new Uint8Array(0),
    usedEmails: new Set(),
  };
}

/**
 * A random stream of its own for a step added after the fact (company addresses, the audit
 * trail): every draw from the main `rng` shifts all the values drawn after it, so a new step that
 * drew from it would change existing data and every snapshot built on it. Derived from the seed
 * and the step's name: still deterministic, independent of the main stream and of other steps.
 */
export function derivedRandom(ctx: SeedContext, name: string): Random {
  return new Random(hashKey(`${ctx.seed}:${name}`));
}

export function localeOf(country: Country): 'fr' | 'en' {
  return country === 'FR' ? 'fr' : 'en';
}

/** Appends to the list under `key`, creating it on first use (the seed groups rows a lot). */
export function pushInto<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}
