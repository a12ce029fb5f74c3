import type { Candidate, ContractType, ExperienceLevel, MatchReason, Offer } from '../../../src/model/types';

/**
 * The non-skill signals of a match. Each returns a fit in 0..1 and, when given `out`, pushes the
 * reasons a recruiter reads; the same code computes the score of every ranked record and the
 * explanation of the few shown, so the two can never disagree.
 */

/** Fixed conversion so GB and FR pay can be compared; shown nowhere as a market rate. */
export const EUR_PER_GBP = 1.17;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Years of experience each level expects; `lead` has no upper bound. */
export const LEVEL_YEARS: Record<ExperienceLevel, [number, number]> = {
  junior: [0, 2],
  intermediate: [2, 5],
  senior: [5, 10],
  lead: [8, Number.POSITIVE_INFINITY],
};

/**
 * Years against what the offer asks: `required` is the description's stated minimum, else the
 * level's. Short of it the fit falls linearly to 0 at `span` years short; well above the level a
 * mild penalty only (over-qualified profiles may still take the job).
 */
export function seniorityFit(
  level: ExperienceLevel,
  required: number,
  years: number,
  span: number,
  out?: MatchReason[],
): number {
  const max = Math.max(LEVEL_YEARS[level][1], required);
  if (years < required) {
    out?.push({
      kind: 'seniority',
      key: 'matching.reasons.seniorityBelow',
      values: { years, level, min: required },
      positive: false,
    });
    return Math.max(0, 1 - (required - years) / span);
  }
  if (years > max) {
    out?.push({
      kind: 'seniority',
      key: 'matching.reasons.seniorityAbove',
      values: { years, level },
      positive: false,
    });
    return Math.max(0.5, 1 - (years - max) / 10);
  }
  out?.push({
    kind: 'seniority',
    key: 'matching.reasons.seniorityFits',
    values: { years, level },
    positive: true,
  });
  return 1;
}

/** City names compared without case, accents or separators ("Saint-Étienne" = "saint etienne"). */
export function cityKey(city: string): string {
  return city
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Location and remote policy together: whether the candidate can actually do the job from where they are. */
export function locationFit(
  offer: Offer,
  candidate: Candidate,
  offerCity: string,
  candidateCity: string,
  out?: MatchReason[],
): number {
  const sameCountry = offer.country === candidate.country;
  const sameCity = sameCountry && offerCity === candidateCity;
  const city = offer.city;
  if (offer.remote === 'full') {
    out?.push({
      kind: 'remote',
      key: 'matching.reasons.offerFullRemote',
      values: { country: offer.country },
      positive: true,
    });
    // Remote across the Channel works but adds payroll and time-zone friction.
    return sameCountry ? 1 : 0.8;
  }
  if (candidate.remote === 'full') {
    const key =
      offer.remote === 'none' ? 'matching.reasons.remoteOnlyOnSite' : 'matching.reasons.remoteOnlyHybrid';
    out?.push({ kind: 'remote', key, values: { city }, positive: false });
    // Hybrid leaves room to negotiate; on-site does not.
    return offer.remote === 'none' ? 0 : sameCity ? 0.5 : 0.2;
  }
  if (sameCity) {
    out?.push({ kind: 'location', key: 'matching.reasons.sameCity', values: { city }, positive: true });
    return 1;
  }
  if (sameCountry) {
    out?.push({
      kind: 'location',
      key: 'matching.reasons.otherCity',
      values: { city, candidateCity: candidate.city },
      positive: false,
    });
    // Hybrid means commuting a few days a week, on-site means moving.
    return offer.remote === 'partial' ? 0.5 : 0.4;
  }
  out?.push({
    kind: 'location',
    key: 'matching.reasons.otherCountry',
    values: { city, country: offer.country, candidateCountry: candidate.country },
    positive: false,
  });
  return offer.remote === 'partial' ? 0.1 : 0;
}

/** Pay expectation against the offer's range, in the offer's currency (converted at EUR_PER_GBP). */
export function payFit(offer: Offer, candidate: Candidate, out?: MatchReason[]): number {
  const daily = offer.contractType === 'freelance';
  const min = daily ? offer.dailyRateMin : offer.salaryMin;
  const max = daily ? offer.dailyRateMax : offer.salaryMax;
  const wanted = daily ? candidate.desiredDailyRate : candidate.desiredSalary;
  const top = max ?? min;
  // No range or no expectation of that kind: neither good nor bad news.
  if (wanted === null || top === null || top <= 0) return 0.5;
  const converted = convert(wanted, candidate.currency, offer.currency);
  const values = { amount: converted, currency: offer.currency, period: daily ? 'day' : 'year' };
  if (converted <= top) {
    out?.push({ kind: 'pay', key: 'matching.reasons.payInRange', values, positive: true });
    return 1;
  }
  const percent = Math.round(((converted - top) / top) * 100);
  out?.push({
    kind: 'pay',
    key: 'matching.reasons.payAboveRange',
    values: { ...values, percent },
    positive: false,
  });
  // 25 % above the top of the range is where negotiations stop.
  return Math.max(0, 1 - percent / 25);
}

export function convert(amount: number, from: Candidate['currency'], to: Offer['currency']): number {
  if (from === to) return amount;
  return Math.round(from === 'GBP' ? amount * EUR_PER_GBP : amount / EUR_PER_GBP);
}

export function contractFit(offer: Offer, candidate: Candidate, out?: MatchReason[]): number {
  const contractType = offer.contractType;
  if (candidate.contractTypes.length === 0) return 0.5;
  if (candidate.contractTypes.includes(contractType)) {
    out?.push({
      kind: 'contract',
      key: 'matching.reasons.contractMatches',
      values: { contractType },
      positive: true,
    });
    return 1;
  }
  out?.push({
    kind: 'contract',
    key: 'matching.reasons.contractMismatch',
    values: { contractType, wanted: candidate.contractTypes.join(', ') },
    positive: false,
  });
  return 0;
}

/** Epoch ms of a YYYY-MM-DD (or ISO) date, null when absent or unreadable. */
export function dateMs(value: string | null): number | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * `availableAt` is the candidate's availableFrom as epoch ms (precomputed by the caller). A usual
 * notice costs nothing: three months for a permanent job in France, a month for a freelance
 * mission; beyond it the fit falls to 0 five months later.
 */
export function availabilityFit(
  availableAt: number | null,
  now: number,
  contractType: ContractType,
  out?: MatchReason[],
): number {
  if (availableAt === null) return 0.5;
  const days = Math.ceil((availableAt - now) / DAY_MS);
  if (days <= 0) {
    out?.push({ kind: 'availability', key: 'matching.reasons.availableNow', positive: true });
    return 1;
  }
  const notice = contractType === 'freelance' ? 30 : 90;
  const weeks = Math.max(1, Math.round(days / 7));
  out?.push({
    kind: 'availability',
    key: 'matching.reasons.availableIn',
    values: { weeks, days },
    positive: days <= notice,
  });
  return days <= notice ? 1 : Math.max(0, 1 - (days - notice) / 150);
}
