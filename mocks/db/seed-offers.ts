import type {
  Company,
  ContractType,
  ExperienceLevel,
  Offer,
  OfferStatus,
  RemotePolicy,
} from '../../src/model/types';
import { CURRENCY_BY_COUNTRY, OFFER_STATUSES } from '../../src/model/types';
import { DAY, MINUTE, parseIso, type Random, weightedPicker, workingTime } from './random';
import { DEMO_COMPANY_IDS, localeOf, type SeedContext } from './seed-context';
import { pickDescription } from './seed-descriptions';
import { offerPay } from './seed-pay';
import { pickCity } from './seed-pools';
import { pickFamily, pickSkills, pickTitle } from './seed-roles';

const CONTRACTS: readonly ContractType[] = ['permanent', 'freelance', 'fixed-term', 'internship'];
const pickContract = weightedPicker(CONTRACTS, [55, 30, 10, 5]);
const LEVELS: readonly ExperienceLevel[] = ['junior', 'intermediate', 'senior', 'lead'];
const pickLevel = weightedPicker(LEVELS, [15, 35, 35, 15]);
const REMOTES: readonly RemotePolicy[] = ['none', 'partial', 'full'];
const pickRemote = weightedPicker(REMOTES, [25, 60, 15]);
const pickFreelanceRemote = weightedPicker(REMOTES, [20, 45, 35]);
/** Days an offer stays online. */
const pickDuration = weightedPicker([30, 45, 60], [25, 15, 60]);
const pickOpenStatus = weightedPicker<OfferStatus>(['published', 'paused', 'closed'], [82, 8, 10]);
/** Monday-first activity of a weekday (getUTCDay order: Sunday = 0): weekends are quiet. */
const WEEKDAY_FACTOR = [0.12, 1.15, 1.1, 1.05, 1, 0.85, 0.18];
const PLAN_FACTOR = { free: 0.3, starter: 1, pro: 2.5, enterprise: 6 } as const;

/** Offers per day over `days`, weekday-seasonal with a mild upward trend, summing exactly to `total`. */
export function offersPerDay(rng: Random, refMs: number, days: number, total: number): number[] {
  const weights: number[] = [];
  let sum = 0;
  for (let d = 0; d < days; d++) {
    const dayMs = refMs - (days - 1 - d) * DAY;
    const w = WEEKDAY_FACTOR[new Date(dayMs).getUTCDay()] * (0.85 + (0.3 * d) / days) * rng.skew(0.15);
    weights.push(w);
    sum += w;
  }
  const counts: number[] = [];
  let carry = 0;
  for (const w of weights) {
    const exact = (total * w) / sum + carry;
    const n = Math.round(exact);
    carry = exact - n;
    counts.push(n);
  }
  counts[counts.length - 1] += total - counts.reduce((a, b) => a + b, 0);
  return counts;
}

/** Status and dates follow from when the offer was created, seen from the reference date. */
function timeline(rng: Random, createdMs: number, refMs: number, forced?: OfferStatus) {
  const ageDays = (refMs - createdMs) / DAY;
  if (forced === 'draft' || (!forced && rng.bool(ageDays < 30 ? 0.08 : 0.02))) {
    return { status: 'draft' as OfferStatus, publishedMs: null, expiresMs: null, closedMs: null };
  }
  const publishedMs = Math.min(refMs, createdMs + rng.int(5, 240) * MINUTE);
  const duration = forced === 'expired' ? 30 : forced ? 60 : pickDuration(rng);
  const expiresMs = publishedMs + duration * DAY;
  if (expiresMs <= refMs) {
    return forced === 'closed' || (!forced && rng.bool(0.35))
      ? {
          status: 'closed' as const,
          publishedMs,
          expiresMs,
          closedMs: publishedMs + rng.int(7, duration - 1) * DAY,
        }
      : { status: 'expired' as const, publishedMs, expiresMs, closedMs: null };
  }
  const status = forced ?? pickOpenStatus(rng);
  const closedMs = status === 'closed' ? publishedMs + Math.floor(rng.next() * (refMs - publishedMs)) : null;
  return { status, publishedMs, expiresMs, closedMs };
}

function companyPicker(ctx: SeedContext): (rng: Random) => Company {
  const { companies } = ctx.db;
  const weights = companies.map(
    (c) => PLAN_FACTOR[c.plan] * ctx.rng.skew(1) * (c.status === 'suspended' ? 0.3 : 1),
  );
  const average = weights.reduce((a, b) => a + b, 0) / weights.length;
  // The demo tenants are busy, not dominant: about twice an average account.
  for (const id of DEMO_COMPANY_IDS) weights[id - 1] = 2 * average;
  return weightedPicker(companies, weights);
}

export function createOffers(ctx: SeedContext): void {
  const { rng, refMs, config } = ctx;
  const pickCompany = companyPicker(ctx);
  // Room for the few offers ensureDemoStatuses may add.
  ctx.offerFamily = new Uint8Array(config.offers + 20);
  const counts = offersPerDay(rng, refMs, config.offerDays, config.offers);
  counts.forEach((count, d) => {
    const dayMs = refMs - (counts.length - 1 - d) * DAY;
    for (let k = 0; k < count; k++) {
      let createdMs = workingTime(rng, dayMs);
      if (createdMs >= refMs) createdMs = refMs - rng.int(1, 8 * 60) * MINUTE;
      // A company only posts after signing up, and a churned one has stopped for months.
      let company = pickCompany(rng);
      for (let tries = 0; tries < 8 && !canPost(company, createdMs, refMs); tries++)
        company = pickCompany(rng);
      addOffer(ctx, company, createdMs);
    }
  });
  ensureDemoStatuses(ctx);
}

function canPost(company: Company, createdMs: number, refMs: number): boolean {
  if (parseIso(company.createdAt) > createdMs) return false;
  return company.status !== 'churned' || refMs - createdMs > 120 * DAY;
}

function addOffer(ctx: SeedContext, company: Company, createdMs: number, forced?: OfferStatus): void {
  const { rng, dates, db } = ctx;
  const id = db.offers.length + 1;
  const family = pickFamily(rng);
  const contractType = pickContract(rng);
  const level = contractType === 'internship' ? 'junior' : pickLevel(rng);
  const city = rng.bool(0.6) ? company.city : pickCity(rng, company.country);
  const locale = localeOf(company.country);
  const { status, publishedMs, expiresMs, closedMs } = timeline(rng, createdMs, ctx.refMs, forced);
  const recruiters = ctx.activeRecruitersByCompany[company.id];
  const offer: Offer = {
    id,
    version: 1,
    reference: `TIT-${new Date(createdMs).getUTCFullYear()}-${String(id).padStart(6, '0')}`,
    externalRef: null,
    title: pickTitle(rng, family, locale, level),
    companyId: company.id,
    recruiterId: rng.pick(recruiters.length ? recruiters : ctx.recruitersByCompany[company.id]),
    contractType,
    city,
    country: company.country,
    remote: contractType === 'freelance' ? pickFreelanceRemote(rng) : pickRemote(rng),
    ...offerPay(rng, contractType, level, company.country, city),
    currency: CURRENCY_BY_COUNTRY[company.country],
    ir35:
      company.country === 'GB' && contractType === 'freelance'
        ? rng.bool(0.6)
          ? 'outside'
          : 'inside'
        : null,
    skills: pickSkills(rng, family, rng.int(3, 8)),
    experienceLevel: level,
    description: pickDescription(rng, family, locale, level, contractType),
    status,
    publishedAt: publishedMs === null ? null : dates.iso(publishedMs),
    closedAt: closedMs === null ? null : dates.iso(Math.min(closedMs, ctx.refMs)),
    expiresAt: expiresMs === null ? null : dates.iso(expiresMs),
    views: 0, // set in finalize from the applications it drew
    applicationsCount: 0,
    createdAt: dates.iso(createdMs),
  };
  db.offers.push(offer);
  ctx.offerFamily[id - 1] = family;
}

/** Creation age (days) that makes a forced status consistent with the reference date. */
const FORCED_AGE_DAYS: Record<OfferStatus, [number, number]> = {
  draft: [1, 20],
  published: [1, 25],
  paused: [5, 25],
  closed: [20, 25],
  expired: [70, 200],
};

/**
 * Companies 1 and 2 show every offer status at every scale: the missing ones are added at the end
 * (so ids stay sequential), dated so that their status follows from the reference date.
 */
function ensureDemoStatuses(ctx: SeedContext): void {
  const { rng, refMs, db } = ctx;
  for (const companyId of DEMO_COMPANY_IDS) {
    const company = db.companies[companyId - 1];
    for (const status of OFFER_STATUSES) {
      const [minAge, maxAge] = FORCED_AGE_DAYS[status];
      for (
        let have = db.offers.filter((o) => o.companyId === companyId && o.status === status).length;
        have < 2;
        have++
      ) {
        addOffer(ctx, company, workingTime(rng, refMs - rng.int(minAge, maxAge) * DAY), status);
      }
    }
  }
}
