import tuned from './params.json';

/**
 * The engine's parameters: signal weights (points of the 0..100 score), how much partial evidence
 * of a skill counts, how the offer's text weighs, how steeply missing seniority costs, and how
 * strongly recruiter feedback moves a ranking. matching/params.json is written by the tuning
 * script (`npm run matching:tune`), which reads only the tuning half of the labelled set.
 */
export type Signal = 'skills' | 'text' | 'seniority' | 'location' | 'pay' | 'contract' | 'availability';
export const SIGNALS: readonly Signal[] = [
  'skills',
  'text',
  'seniority',
  'location',
  'pay',
  'contract',
  'availability',
];

export interface MatchParams {
  /** Points of each signal; they add up to 100. */
  weights: Record<Signal, number>;
  credit: {
    /** A skill named in the headline, of a listed one. */
    headline: number;
    /** A skill named only in the summary. */
    summary: number;
    /** A parent of a held skill (Java for Spring Boot). */
    parent: number;
    /** An interchangeable skill (Vue.js for React). */
    alternative: number;
    /** A word of the summary, of one of the headline (text signal). */
    summaryText: number;
  };
  offer: {
    /** How much more a skill named in the offer's title counts. */
    titleSkill: number;
    /** A skill named only in the description, of a listed one. */
    descriptionSkill: number;
    /** A word of the description, of one of the title (text signal). */
    descriptionText: number;
  };
  seniority: {
    /** Years short of the level at which the seniority fit reaches 0. */
    span: number;
    /** How much a seniority shortfall also discounts the skills and text points (0..1). */
    gate: number;
  };
  feedback: {
    /** Rocchio: how far the offer's query moves towards the terms of the profiles marked good (and hired...). */
    good: number;
    /** Rocchio: how far it moves away from those of the profiles marked not a fit for their skills. */
    bad: number;
    /** Share of the score a profile marked "not a fit" for this offer loses. */
    markedBad: number;
    /** Change of a signal's weight per reason given (or per good profile short on it), before the bounds. */
    step: number;
    floor: number;
    cap: number;
  };
}

export const DEFAULT_PARAMS: MatchParams = tuned;
