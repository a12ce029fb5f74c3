import type {
  Application,
  Candidate,
  CandidateSource,
  Country,
  Offer,
  RejectionCategory,
  Stage,
} from '../../src/model/types';
import { CANDIDATE_SOURCES, STAGES } from '../../src/model/types';
import { DAY, parseIso, type Random } from './random';
import { DEMO_COMPANY_IDS, pushInto, type SeedContext } from './seed-context';
import { forcedHistory, naturalHistory, type Step } from './seed-funnel';

// biome-ignore format: sentence banks read better dense
const REJECTION_REASONS = {
  FR: ['Profil ne correspondant pas au poste', 'Prétentions salariales trop élevées', 'Expérience insuffisante', 'Poste pourvu', 'Test technique non concluant', 'Candidat injoignable', 'Localisation incompatible'],
  GB: ['Profile does not match the role', 'Salary expectations too high', 'Not enough experience', 'Position filled', 'Technical test not passed', 'Candidate unreachable', 'Location mismatch'],
} as const;
/** The category of each reason above, in the same order (what the funnel counts). */
const REJECTION_CATEGORY_OF: readonly RejectionCategory[] = [
  'profile',
  'salary',
  'experience',
  'position_filled',
  'technical_test',
  'unreachable',
  'location',
];

/** A rejected application's category and the recruiter's words (one draw, as before categories). */
function rejection(
  rng: Random,
  country: Country,
  stage: Stage,
): Pick<Application, 'rejectionCategory' | 'rejectionReason'> {
  if (stage !== 'rejected') return { rejectionCategory: null, rejectionReason: null };
  const reasons: readonly string[] = REJECTION_REASONS[country];
  const reason = rng.pick(reasons);
  return { rejectionCategory: REJECTION_CATEGORY_OF[reasons.indexOf(reason)], rejectionReason: reason };
}
/** Share of an offer's applicants drawn from its own role family (the rest apply more widely). */
const SAME_FAMILY_SHARE = 0.7;

/** Candidates who can still apply (not gone quiet for years), by role family and market. */
function candidatePools(ctx: SeedContext): { byFamily: Map<number, number[]>; all: number[] } {
  const cutoff = ctx.dates.iso(ctx.refMs - 365 * DAY);
  const byFamily = new Map<number, number[]>();
  const all: number[] = [];
  for (const c of ctx.db.candidates) {
    if (c.lastActivityAt !== null && c.lastActivityAt < cutoff) continue;
    const key = ctx.candidateFamily[c.id - 1] * 2 + (c.country === 'FR' ? 0 : 1);
    pushInto(byFamily, key, c.id);
    all.push(c.id);
  }
  return { byFamily, all };
}

function openSpan(offer: Offer, refMs: number): [number, number] | null {
  if (offer.publishedAt === null) return null;
  const start = parseIso(offer.publishedAt);
  const end = Math.min(refMs, parseIso(offer.closedAt ?? offer.expiresAt ?? offer.publishedAt) || refMs);
  return end > start ? [start, end] : null;
}

/** How many applications each offer draws: long-tailed, more for offers open longer, summing to the target. */
function countsPerOffer(ctx: SeedContext): Int32Array {
  const { offers } = ctx.db;
  const weights = new Float64Array(offers.length);
  let sum = 0;
  offers.forEach((offer, i) => {
    const span = openSpan(offer, ctx.refMs);
    if (!span) return;
    weights[i] = ctx.rng.skew(0.9) * Math.min(1, (span[1] - span[0]) / (21 * DAY) + 0.15);
    sum += weights[i];
  });
  const counts = new Int32Array(offers.length);
  let carry = 0;
  for (let i = 0; i < offers.length; i++) {
    const exact = (ctx.config.applications * weights[i]) / (sum || 1) + carry;
    counts[i] = Math.round(exact);
    carry = exact - counts[i];
  }
  return counts;
}

export function createApplications(ctx: SeedContext): void {
  const { rng, refMs, db } = ctx;
  const pools = candidatePools(ctx);
  const counts = countsPerOffer(ctx);
  const chosen: number[] = [];
  db.offers.forEach((offer, i) => {
    const span = openSpan(offer, refMs);
    if (!span || counts[i] === 0) return;
    const own = pools.byFamily.get(ctx.offerFamily[i] * 2 + (offer.country === 'FR' ? 0 : 1)) ?? pools.all;
    chosen.length = 0;
    for (let k = 0; k < counts[i]; k++) {
      let candidateId = 0;
      for (let tries = 0; tries < 6 && (candidateId === 0 || chosen.includes(candidateId)); tries++) {
        candidateId = rng.pick(rng.bool(SAME_FAMILY_SHARE) ? own : pools.all);
      }
      if (chosen.includes(candidateId)) continue; // a candidate applies to an offer once
      chosen.push(candidateId);
      // Most applications arrive in the first days after publication.
      const u = rng.next();
      const appliedMs = span[0] + Math.floor((span[1] - span[0]) * u * u);
      addApplication(ctx, offer, candidateId, naturalHistory(rng, ctx.dates, appliedMs, refMs));
    }
  });
  ensureDemoStages(ctx);
}

function addApplication(ctx: SeedContext, offer: Offer, candidateId: number, history: Step[]): void {
  const { rng, db } = ctx;
  const last = history[history.length - 1];
  const depth = history.length - 1;
  const candidate = db.candidates[candidateId - 1];
  const application: Application = {
    id: db.applications.length + 1,
    version: 1,
    candidateId,
    offerId: offer.id,
    companyId: offer.companyId,
    recruiterId: offer.recruiterId,
    stage: last.stage,
    position: 0, // set in finalize, per (company, stage) column
    rating: last.stage === 'new' || rng.bool(0.35) ? null : rating(rng, last.stage, depth),
    ...rejection(rng, offer.country, last.stage),
    source: notAnotherCompanysImport(
      rng.bool(0.7) ? (candidate.source ?? pickSource(rng)) : pickSource(rng),
      candidate,
      offer,
    ),
    appliedAt: history[0].at,
    stageChangedAt: last.at,
    history,
  };
  db.applications.push(application);
}

function pickSource(rng: Random): CandidateSource {
  return rng.pick(CANDIDATE_SOURCES);
}

/**
 * `import` is the offer's company's own CSV import, which would make that company the profile's
 * owner: on a profile another company holds it would say which one imported it, so such an
 * application came through the platform instead (no draw, so later values stay where they were).
 */
function notAnotherCompanysImport(
  source: CandidateSource,
  candidate: Candidate,
  offer: Offer,
): CandidateSource {
  const theirs = candidate.ownerCompanyId !== null && candidate.ownerCompanyId !== offer.companyId;
  return source === 'import' && theirs ? 'free-work' : source;
}

/** 1–5 stars, higher the further the candidate went. */
function rating(rng: Random, stage: Stage, depth: number): number {
  if (stage === 'rejected') return rng.int(1, 3);
  return Math.max(1, Math.min(5, 2 + Math.floor(depth / 2) + rng.int(-1, 1)));
}

/**
 * Companies 1 and 2 show at least three applications in every stage at every scale: the missing
 * ones are added with a history that ends there, on offers that were open long enough.
 */
function ensureDemoStages(ctx: SeedContext): void {
  const { rng, refMs, db } = ctx;
  for (const companyId of DEMO_COMPANY_IDS) {
    const offers = db.offers.filter((o) => o.companyId === companyId && o.publishedAt !== null);
    const settled = offers.filter((o) => parseIso(o.publishedAt ?? '') < refMs - 21 * DAY);
    const open = settled.filter((o) => o.status === 'published' || o.status === 'paused');
    const counts = new Map<Stage, number>();
    const applied = new Set<string>();
    for (const a of db.applications) {
      if (a.companyId !== companyId) continue;
      counts.set(a.stage, (counts.get(a.stage) ?? 0) + 1);
      applied.add(`${a.offerId}:${a.candidateId}`);
    }
    for (const stage of STAGES) {
      const finished = stage === 'hired' || stage === 'rejected' || stage === 'withdrawn';
      const from = (finished ? settled : open).length ? (finished ? settled : open) : offers;
      for (let have = counts.get(stage) ?? 0; have < 3; have++) {
        const offer = rng.pick(from);
        let candidateId = rng.int(1, db.candidates.length);
        while (applied.has(`${offer.id}:${candidateId}`))
          candidateId = (candidateId % db.candidates.length) + 1;
        applied.add(`${offer.id}:${candidateId}`);
        const start = parseIso(offer.publishedAt ?? '');
        const appliedMs = start + Math.floor(rng.next() * Math.min(refMs - start, 14 * DAY));
        addApplication(ctx, offer, candidateId, forcedHistory(rng, ctx.dates, stage, appliedMs, refMs));
      }
    }
  }
}
