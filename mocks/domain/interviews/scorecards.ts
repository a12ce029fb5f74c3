import {
  averagesByCriterion,
  type CriterionAverage,
  criteriaFor,
  RATING_MAX,
  RATING_MIN,
} from '../../../src/model/scorecards';
import type { Application, Interview, Offer, Scorecard, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { assertCan, inScope } from '../accounts/permissions';
import { forbidden, invalid } from '../api/errors';
import { type FieldErrors, msg } from '../api/translate';
import { findVisible } from '../records/reads';

/**
 * Scorecard rules: ratings 1–4 on the offer's criteria; submitting needs every criterion rated and
 * a recommendation; a submitted scorecard is final. Privacy (a draft is seen by its author only)
 * lives in permissions.scopeOf, so lists, reads and these averages all obey it.
 */
type Row = Record<string, unknown>;

export function criteriaOfInterview(state: MockState, interviewId: unknown): string[] | undefined {
  const interview = state.tables.interviews.get(interviewId as number) as Interview | undefined;
  if (!interview) return undefined;
  return criteriaFor(state.tables.offers.get(interview.offerId) as Offer | undefined);
}

export function checkScorecard(state: MockState, next: Row, before?: Row): void {
  if (before?.submittedAt) throw forbidden(msg('scorecard_final'));
  const criteria = criteriaOfInterview(state, next.interviewId);
  if (!criteria) return; // unknown interview: the generic write answers 422
  const ratings = (next.ratings ?? {}) as Row;
  if (typeof ratings !== 'object' || Array.isArray(ratings)) throw invalid({ ratings: msg('object') });
  const errors: FieldErrors = {};
  for (const [criterion, rating] of Object.entries(ratings)) {
    if (!criteria.includes(criterion)) errors[`ratings.${criterion}`] = msg('not_a_criterion');
    else if (!Number.isInteger(rating) || (rating as number) < RATING_MIN || (rating as number) > RATING_MAX)
      errors[`ratings.${criterion}`] = msg('rating_range', { min: RATING_MIN, max: RATING_MAX });
  }
  if (next.submittedAt) {
    for (const criterion of criteria)
      if (ratings[criterion] === undefined) errors[`ratings.${criterion}`] ??= msg('required_to_submit');
    if (!next.recommendation) errors.recommendation = msg('required_to_submit');
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);
}

export interface ScorecardSummary {
  applicationId: number;
  criteria: string[];
  scorecards: Scorecard[];
  averages: CriterionAverage[];
}

/** An application's scorecards as this user may see them, side by side, with the averages. */
export function scorecardSummary(state: MockState, user: User, applicationId: number): ScorecardSummary {
  assertCan(user, 'scorecards', 'list');
  const app = findVisible(state, user, 'applications', applicationId) as unknown as Application;
  const scorecards = (state.tables.scorecards.rows as Scorecard[]).filter(
    (s) => s.applicationId === app.id && inScope(user, 'scorecards', s as unknown as Row & { id: number }),
  );
  return {
    applicationId: app.id,
    criteria: criteriaFor(state.tables.offers.get(app.offerId) as Offer | undefined),
    scorecards,
    averages: averagesByCriterion(scorecards),
  };
}
