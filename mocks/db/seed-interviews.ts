import type {
  Application,
  Interview,
  InterviewKind,
  InterviewStatus,
  Recommendation,
  Stage,
} from '../../src/model/types';
import { DAY, HOUR, parseIso, type Random, workingTime } from './random';
import { addActivity, inActivityScope } from './seed-activities';
import { DEMO_COMPANY_IDS, localeOf, type SeedContext } from './seed-context';

const CRITERIA = ['communication', 'technical', 'motivation', 'teamFit'];
const RECOMMENDATIONS: readonly Recommendation[] = ['strong-no', 'no', 'yes', 'strong-yes'];

/**
 * Interviews for applications at (or past) the interview and technical stages and still in the
 * running: done ones in the past and, for those waiting at that stage, often one coming up after
 * the reference date. Exited applications keep none, to keep the count modest. Each interview gets
 * an 'interview' activity; some done ones get a scorecard.
 */
const WITH_INTERVIEWS = new Set<Stage>(['interview', 'technical', 'offer', 'hired']);
export function createInterviews(ctx: SeedContext): void {
  const { db } = ctx;
  const inScope = inActivityScope(ctx);
  for (const a of db.applications) {
    if (!WITH_INTERVIEWS.has(a.stage) || !inScope(a)) continue;
    a.history.forEach((step, i) => {
      if (step.stage !== 'interview' && step.stage !== 'technical') return;
      const next = a.history[i + 1];
      addInterview(ctx, a, step.stage, parseIso(step.at), next ? parseIso(next.at) : null);
    });
  }
}

function addInterview(
  ctx: SeedContext,
  a: Application,
  stage: Stage,
  reachedMs: number,
  leftMs: number | null,
): void {
  const { rng, dates, refMs, db } = ctx;
  const company = db.companies[a.companyId - 1];
  const current = leftMs === null;
  // Still at this stage: a third are waiting for their interview, after the reference date.
  let startsMs =
    current && rng.bool(0.6)
      ? workingTime(rng, refMs + rng.int(1, 10) * DAY)
      : reachedMs + rng.int(1, 3) * DAY;
  if (leftMs !== null && startsMs >= leftMs) startsMs = reachedMs + Math.floor((leftMs - reachedMs) / 2);
  const upcoming = startsMs > refMs;
  const kind: InterviewKind = stage === 'technical' ? 'technical' : rng.pick(['phone', 'video', 'on-site']);
  const status: InterviewStatus = upcoming
    ? 'planned'
    : rng.weighted(['done', 'cancelled', 'no-show'], [88, 7, 5]);
  const team = ctx.activeRecruitersByCompany[a.companyId];
  const interviewers = team.length > 1 && rng.bool(0.4) ? rng.sample(team, 2) : [a.recruiterId];
  const interview: Interview = {
    id: db.interviews.length + 1,
    version: 1,
    applicationId: a.id,
    candidateId: a.candidateId,
    offerId: a.offerId,
    companyId: a.companyId,
    startsAt: dates.iso(startsMs),
    durationMinutes: kind === 'phone' ? 30 : kind === 'technical' ? 90 : 60,
    kind,
    location: kind === 'on-site' ? company.city : null,
    videoUrl:
      kind === 'video' || kind === 'technical'
        ? `https://meet.example.com/tit-${a.id}-${db.interviews.length + 1}`
        : null,
    interviewerIds: interviewers,
    status,
  };
  db.interviews.push(interview);
  const fr = localeOf(company.country) === 'fr';
  addActivity(ctx, {
    id: 0,
    version: 1,
    candidateId: a.candidateId,
    applicationId: a.id,
    companyId: a.companyId,
    authorId: a.recruiterId,
    type: 'interview',
    body: fr ? `Entretien ${kind} planifié` : `${kind} interview scheduled`,
    fromStage: null,
    toStage: null,
    scheduledAt: interview.startsAt,
    createdAt: dates.iso(Math.min(refMs, reachedMs + HOUR)),
  });
  if (status === 'done' && (DEMO_COMPANY_IDS.includes(a.companyId) || rng.bool(0.3)))
    addScorecard(ctx, rng, interview);
}

function addScorecard(ctx: SeedContext, rng: Random, interview: Interview): void {
  const ratings: Record<string, number> = {};
  let total = 0;
  for (const criterion of CRITERIA) {
    ratings[criterion] = rng.int(1, 4);
    total += ratings[criterion];
  }
  const recommendation = RECOMMENDATIONS[Math.min(3, Math.floor(total / CRITERIA.length - 0.5))];
  const submittedMs = parseIso(interview.startsAt) + rng.int(1, 5) * HOUR;
  ctx.db.scorecards.push({
    id: ctx.db.scorecards.length + 1,
    version: 1,
    interviewId: interview.id,
    applicationId: interview.applicationId,
    companyId: interview.companyId,
    authorId: interview.interviewerIds[0],
    ratings,
    summary: recommendation.endsWith('yes')
      ? 'Convincing, recommend moving forward.'
      : 'Not convinced for this role.',
    recommendation,
    submittedAt: submittedMs <= ctx.refMs ? ctx.dates.iso(submittedMs) : null,
  });
}
