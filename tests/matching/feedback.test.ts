// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { rankCandidates, scoreMatch } from '../../mocks/domain/matching/engine';
import { offerFeedback } from '../../mocks/domain/matching/feedback';
import { DEFAULT_PARAMS } from '../../mocks/domain/matching/params';
import type {
  Application,
  Candidate,
  MatchFeedback,
  MatchFeedbackReason,
  Stage,
} from '../../src/model/types';
import { candidate, offer } from './builders';

/** The ranking's reaction to what a recruiter says (issue 18), on hand-made cases. */
const NOW = Date.parse('2026-11-02T09:00:00.000Z');
const DAY = 86_400_000;
const javaOffer = offer({
  id: 1,
  title: 'Développeur Java',
  skills: ['Java', 'Spring Boot'],
  experienceLevel: 'intermediate',
});

let nextRow = 1;
function row(
  candidateId: number,
  verdict: MatchFeedback['verdict'],
  reason: MatchFeedbackReason | null = null,
  extra: Partial<MatchFeedback> = {},
): MatchFeedback {
  return {
    id: nextRow++,
    companyId: 1,
    offerId: 1,
    candidateId,
    verdict,
    reason,
    authorId: 1,
    createdAt: new Date(NOW).toISOString(),
    ...extra,
  };
}

function application(
  candidateId: number,
  stage: Stage,
  source: Application['source'] = 'free-work',
): Application {
  const at = new Date(NOW).toISOString();
  return {
    id: candidateId,
    version: 1,
    candidateId,
    offerId: 1,
    companyId: 1,
    recruiterId: 1,
    stage,
    position: 0,
    rating: null,
    rejectionReason: null,
    rejectionCategory: null,
    source,
    appliedAt: at,
    stageChangedAt: at,
    history: [{ stage, at }],
  };
}

function feedbackOf(pool: Candidate[], rows: MatchFeedback[], applications: Application[] = []) {
  return offerFeedback({
    offerId: 1,
    companyFeedback: rows,
    applications,
    candidate: (id) => pool.find((c) => c.id === id),
    now: NOW,
    params: DEFAULT_PARAMS,
  });
}

const ids = (matches: Array<{ candidate: { id: number } }>) => matches.map((m) => m.candidate.id);
const reasonKeys = (m: { reasons: Array<{ key: string }> }) =>
  m.reasons.map((r) => r.key.replace('matching.reasons.', ''));

describe('"Good match": more like this profile', () => {
  // Two Java developers the offer cannot tell apart, one of them like the profile marked good.
  const pool = [
    candidate({
      id: 1,
      skills: ['Java', 'Spring Boot', 'Kafka', 'Kubernetes'],
      headline: 'Développeur Java / Kafka',
    }),
    candidate({ id: 2, skills: ['Java', 'Spring Boot', 'Angular', 'jQuery'], headline: 'Développeur Java' }),
    candidate({
      id: 3,
      skills: ['Java', 'Spring Boot', 'Kafka', 'Kubernetes', 'Docker'],
      headline: 'Développeur Java / Kafka',
    }),
  ];

  it('ranks profiles resembling it up at once, and says so', () => {
    const before = rankCandidates(javaOffer, pool.slice(1), 2, { now: NOW });
    expect(ids(before)).toEqual([2, 3]);
    const feedback = feedbackOf(pool, [row(1, 'good')]);
    const after = rankCandidates(javaOffer, pool, 3, { now: NOW, feedback });
    expect(ids(after).indexOf(3)).toBeLessThan(ids(after).indexOf(2));
    const similar = after.find((m) => m.candidate.id === 3);
    expect(similar?.reasons).toContainEqual(
      expect.objectContaining({
        key: 'matching.reasons.feedbackSimilarGood',
        values: { count: 1 },
        positive: true,
      }),
    );
    expect(similar?.points.feedback).toBeGreaterThan(0);
    expect(reasonKeys(after.find((m) => m.candidate.id === 1) as never)).toContain('feedbackMarkedGood');
  });
});

describe('"Not a fit", with a reason', () => {
  it('keeps the profile turned down well below, and says why', () => {
    const pool = [candidate({ id: 1 }), candidate({ id: 2 })];
    const feedback = feedbackOf(pool, [row(1, 'not_a_fit', 'location')]);
    const after = rankCandidates(javaOffer, pool, 2, { now: NOW, feedback });
    expect(ids(after)).toEqual([2, 1]);
    expect(after[1].reasons).toContainEqual(
      expect.objectContaining({
        key: 'matching.reasons.feedbackMarkedNotFit',
        values: { reason: 'location' },
      }),
    );
    expect(after[1].score).toBeLessThan(after[0].score / 2 + 1);
  });

  it('makes the reason’s signal weigh more: other juniors fall behind', () => {
    // A junior who fits everything else, and a 4-year profile living elsewhere who asks for more.
    const junior = candidate({ id: 2, yearsOfExperience: 1, skills: ['Java', 'Spring Boot'] });
    const senior = candidate({
      id: 3,
      yearsOfExperience: 4,
      skills: ['Java', 'Spring Boot'],
      city: 'Paris',
      desiredSalary: 69000,
    });
    const turnedDown = [11, 12, 13, 14].map((id) => candidate({ id, yearsOfExperience: 1 }));
    const feedback = feedbackOf(
      turnedDown,
      turnedDown.map((c) => row(c.id, 'not_a_fit', 'seniority')),
    );
    expect(feedback?.weights.seniority).toBeGreaterThan(1);
    const plain = rankCandidates(javaOffer, [junior, senior], 2, { now: NOW });
    const after = rankCandidates(javaOffer, [junior, senior], 2, { now: NOW, feedback });
    expect(ids(plain)).toEqual([2, 3]);
    expect(ids(after)).toEqual([3, 2]);
    expect(after[1].points.feedback).toBeLessThan(0);
    expect(after[1].reasons).toContainEqual(
      expect.objectContaining({
        key: 'matching.reasons.feedbackWeighsMore',
        values: expect.objectContaining({ signal: 'seniority' }),
      }),
    );
  });
});

describe('what a company teaches over time, within bounds', () => {
  const pool = [candidate({ id: 1 })];

  it('never moves a weight beyond its bounds, however many reasons', () => {
    const rows = Array.from({ length: 200 }, () => row(1, 'not_a_fit', 'location', { offerId: 7 }));
    expect(feedbackOf(pool, rows)?.weights.location).toBe(DEFAULT_PARAMS.feedback.cap);
  });

  it('counts the company’s reasons on its other offers, half as much, and less as they age', () => {
    const step = DEFAULT_PARAMS.feedback.step;
    const own = feedbackOf(pool, [row(1, 'not_a_fit', 'pay')])?.weights.pay ?? 1;
    const other = feedbackOf(pool, [row(1, 'not_a_fit', 'pay', { offerId: 7 })])?.weights.pay ?? 1;
    const old = feedbackOf(pool, [
      row(1, 'not_a_fit', 'pay', { offerId: 7, createdAt: new Date(NOW - 180 * DAY).toISOString() }),
    ])?.weights.pay;
    expect(own).toBeCloseTo(1 + 2 * step);
    expect(other).toBeCloseTo(1 + step);
    expect(old).toBeCloseTo(1 + step / 4);
  });

  it('lowers a signal the profiles marked good fall short on, down to its floor', () => {
    // The recruiter keeps marking good people who only work remotely, for an on-site job.
    const remote = [1, 2, 3, 4, 5, 6, 7, 8].map((id) => candidate({ id, remote: 'full' }));
    const feedback = feedbackOf(
      remote,
      remote.map((c) => row(c.id, 'good')),
    );
    const profile = candidate({ id: 20, remote: 'full' });
    const result = scoreMatch(javaOffer, profile, { now: NOW, feedback });
    // Location no longer counts as much: another remote-only profile loses less for it.
    expect(result.score).toBeGreaterThan(scoreMatch(javaOffer, profile, { now: NOW }).score);
    const less = result.reasons.find((r) => r.key === 'matching.reasons.feedbackWeighsLess');
    expect(less?.values?.signal).toBe('location');
    // However many such marks, location keeps at least its floor (before the weights are rescaled to 100).
    expect(Number(less?.values?.factor)).toBeGreaterThanOrEqual(DEFAULT_PARAMS.feedback.floor);
    expect(Number(less?.values?.factor)).toBeLessThan(0.8);
  });
});

describe('the pipeline as feedback', () => {
  const pool = [1, 2, 3, 4, 5].map((id) => candidate({ id }));

  it('counts a hire from a match strongest, then an offer, an interview, an invitation', () => {
    const feedback = feedbackOf(
      pool,
      [],
      [
        application(1, 'hired'),
        application(2, 'offer'),
        application(3, 'interview'),
        application(4, 'new', 'sourcing'),
        application(5, 'new'),
      ],
    );
    const strength = Object.fromEntries(feedback?.good.map((e) => [e.candidate.id, e.strength]) ?? []);
    expect(strength).toEqual({ 1: 2, 2: 1.5, 3: 1, 4: 0.5 });
  });

  it('says a profile resembles one the company hired', () => {
    const hired = candidate({
      id: 1,
      skills: ['Java', 'Spring Boot', 'Kafka'],
      headline: 'Développeur Java / Kafka',
    });
    const like = candidate({
      id: 2,
      skills: ['Java', 'Spring Boot', 'Kafka'],
      headline: 'Développeur Java / Kafka',
    });
    const unlike = candidate({
      id: 3,
      skills: ['Java', 'Spring Boot', 'Angular'],
      headline: 'Développeur Java',
    });
    const feedback = feedbackOf([hired, like, unlike], [], [application(1, 'hired')]);
    const ranked = rankCandidates(javaOffer, [like, unlike], 2, { now: NOW, feedback });
    expect(ids(ranked)).toEqual([2, 3]);
    expect(reasonKeys(ranked[0])).toContain('feedbackSimilarHired');
  });
});
