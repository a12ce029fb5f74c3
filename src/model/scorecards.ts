import type { ContractType, Recommendation, Scorecard } from './types';

/**
 * Scorecard criteria by the offer's contract type (an offer may later carry its own list); shared
 * by the form, the side-by-side view and the API's checks. Ratings go from 1 to 4.
 */
export const DEFAULT_CRITERIA = ['technical', 'communication', 'motivation', 'teamFit'] as const;
const BY_CONTRACT: Partial<Record<ContractType, readonly string[]>> = {
  internship: ['potential', 'communication', 'motivation', 'teamFit'],
};

export function criteriaFor(offer: { contractType?: ContractType; scorecardCriteria?: unknown } | undefined) {
  const own = offer?.scorecardCriteria;
  if (Array.isArray(own) && own.length > 0 && own.every((c) => typeof c === 'string')) return own as string[];
  return [...((offer?.contractType && BY_CONTRACT[offer.contractType]) || DEFAULT_CRITERIA)];
}

export const RATING_MIN = 1;
export const RATING_MAX = 4;
export const RECOMMENDATIONS: readonly Recommendation[] = ['strong-no', 'no', 'yes', 'strong-yes'];

export interface CriterionAverage {
  criterion: string;
  average: number;
  count: number;
}

/** The average per criterion over submitted scorecards only (drafts are private to their author). */
export function averagesByCriterion(scorecards: readonly Scorecard[]): CriterionAverage[] {
  const sums = new Map<string, { total: number; count: number }>();
  for (const card of scorecards) {
    if (!card.submittedAt) continue;
    for (const [criterion, rating] of Object.entries(card.ratings ?? {})) {
      if (typeof rating !== 'number') continue;
      const sum = sums.get(criterion) ?? { total: 0, count: 0 };
      sum.total += rating;
      sum.count += 1;
      sums.set(criterion, sum);
    }
  }
  return [...sums].map(([criterion, { total, count }]) => ({
    criterion,
    average: Math.round((total / count) * 100) / 100,
    count,
  }));
}
