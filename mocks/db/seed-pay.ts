import type { ContractType, Country, ExperienceLevel } from '../../src/model/types';
import type { Random } from './random';
import { CAPITAL } from './seed-pools';

/**
 * Market pay bands (FR in EUR, UK in GBP), shared by offers (what is offered) and candidates (what
 * they expect), so the two line up for matching.
 */

/** Yearly salary bands in thousands, per level. */
const SALARY_K: Record<Country, Record<ExperienceLevel, [number, number]>> = {
  FR: { junior: [32, 42], intermediate: [40, 55], senior: [50, 70], lead: [62, 90] },
  GB: { junior: [30, 42], intermediate: [42, 60], senior: [58, 85], lead: [75, 110] },
};
/** Internship pay over a year, in thousands (FR "gratification", UK placement salary). */
const INTERNSHIP_K: Record<Country, [number, number]> = { FR: [7, 11], GB: [18, 24] };
/** Daily rates in whole units, per level. */
const DAILY: Record<Country, Record<ExperienceLevel, [number, number]>> = {
  FR: { junior: [300, 420], intermediate: [400, 550], senior: [520, 700], lead: [650, 900] },
  GB: { junior: [300, 450], intermediate: [420, 600], senior: [550, 750], lead: [650, 950] },
};

export interface PayRange {
  salaryMin: number | null;
  salaryMax: number | null;
  dailyRateMin: number | null;
  dailyRateMax: number | null;
}

/** The capital pays ~10% more. */
function cityFactor(country: Country, city: string): number {
  return city === CAPITAL[country] ? 1.1 : 1;
}

/** A salary range (spread ≤ 50,000) or, for freelance, a daily-rate range (spread ≤ 500). */
export function offerPay(
  rng: Random,
  contract: ContractType,
  level: ExperienceLevel,
  country: Country,
  city: string,
): PayRange {
  const factor = cityFactor(country, city);
  if (contract === 'freelance') {
    const [lo, hi] = DAILY[country][level];
    const min = Math.round((rng.int(lo, hi) * factor) / 10) * 10;
    return { salaryMin: null, salaryMax: null, dailyRateMin: min, dailyRateMax: min + rng.int(5, 20) * 10 };
  }
  if (contract === 'internship') {
    const [lo, hi] = INTERNSHIP_K[country];
    const min = rng.int(lo, hi) * 1_000;
    return { salaryMin: min, salaryMax: min + rng.int(0, 3) * 1_000, dailyRateMin: null, dailyRateMax: null };
  }
  const [lo, hi] = SALARY_K[country][level];
  const fixedTerm = contract === 'fixed-term' ? 0.95 : 1;
  const min = Math.round(rng.int(lo, hi) * factor * fixedTerm) * 1_000;
  return { salaryMin: min, salaryMax: min + rng.int(3, 15) * 1_000, dailyRateMin: null, dailyRateMax: null };
}

/** What a candidate expects: a yearly salary or a daily rate, never both. */
export function expectedPay(
  rng: Random,
  freelanceOnly: boolean,
  level: ExperienceLevel,
  country: Country,
  city: string,
): { desiredSalary: number | null; desiredDailyRate: number | null } {
  const factor = cityFactor(country, city);
  if (freelanceOnly) {
    const [lo, hi] = DAILY[country][level];
    return { desiredSalary: null, desiredDailyRate: Math.round((rng.int(lo, hi + 50) * factor) / 10) * 10 };
  }
  const [lo, hi] = SALARY_K[country][level];
  return { desiredSalary: Math.round(rng.int(lo, hi + 5) * factor) * 1_000, desiredDailyRate: null };
}

/** Seniority from years of experience, the way offers and matching count it. */
export function levelFor(years: number): ExperienceLevel {
  if (years < 3) return 'junior';
  if (years < 6) return 'intermediate';
  if (years < 10) return 'senior';
  return 'lead';
}
