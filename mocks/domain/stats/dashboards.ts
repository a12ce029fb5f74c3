import type {
  AccountAttention,
  AccountAttentionReason,
  OfferAttention,
  OfferAttentionReason,
  RecentActivity,
  RecentAuditEvent,
  RecruiterStats,
  SupportStats,
  UpcomingInterview,
} from '../../../src/model/stats-types';
import { type Identifier, STAGES, type Stage } from '../../../src/model/types';
import { TopK } from '../records/top-k';
import { applicationColumns, offerColumns, type StatsData } from './columns';
import type { StatsQuery } from './params';
import { inRangeMs, Scope } from './scope';
import { DAY_MS, msToIso } from './time';

export const ATTENTION_LIMIT = 10;
export const INTERVIEWS_LIMIT = 10;
export const RECENT_LIMIT = 10;
export const ACCOUNTS_ATTENTION_LIMIT = 20;
const REASON_RANK: Record<OfferAttentionReason, number> = { expiring: 0, 'no-applicants': 1, paused: 2 };

/**
 * The recruiter's dashboard, as of now: published offers expiring within 7 days, published 5+ days
 * ago without an applicant, paused (in that order, most urgent first); planned interviews in the
 * next 7 days; the last activities; current stage counts of applications applied in range.
 */
export function recruiterStats(data: StatsData, query: StatsQuery): RecruiterStats {
  const companyId = query.range.companyId;
  const now = query.now;
  const nowIso = msToIso(now);
  const weekIso = msToIso(now + 7 * DAY_MS);
  const fiveDaysAgoIso = msToIso(now - 5 * DAY_MS);

  const interviews = new TopK<UpcomingInterview>(INTERVIEWS_LIMIT);
  let interviewsTotal = 0;
  for (const i of data.interviews) {
    if (i.companyId !== companyId || i.status !== 'planned' || i.startsAt < nowIso || i.startsAt > weekIso)
      continue;
    interviewsTotal++;
    const row = {
      interviewId: i.id,
      applicationId: i.applicationId,
      candidateId: i.candidateId,
      offerId: i.offerId,
    };
    interviews.push(
      { ...row, offerTitle: '', startsAt: i.startsAt, kind: i.kind },
      i.id,
      -Date.parse(i.startsAt),
    );
  }
  const upcoming = interviews.sorted().map((r) => r.item);
  const titles = new Map<Identifier, string>(upcoming.map((i) => [i.offerId, '']));

  const attention = new TopK<OfferAttention>(ATTENTION_LIMIT);
  let attentionTotal = 0;
  const offers = offerColumns(data);
  for (let i = 0; i < offers.n; i++) {
    if (offers.companyId[i] !== companyId) continue;
    const o = data.offers[i];
    if (titles.has(o.id)) titles.set(o.id, o.title);
    if (query.range.country !== null && o.country !== query.range.country) continue;
    let reason: OfferAttentionReason | null = null;
    let when = 0;
    if (o.status === 'published' && o.expiresAt !== null && o.expiresAt >= nowIso && o.expiresAt <= weekIso) {
      reason = 'expiring';
      when = Date.parse(o.expiresAt);
    } else if (
      o.status === 'published' &&
      o.applicationsCount === 0 &&
      o.publishedAt !== null &&
      o.publishedAt <= fiveDaysAgoIso
    ) {
      reason = 'no-applicants';
      when = Date.parse(o.publishedAt);
    } else if (o.status === 'paused') reason = 'paused';
    if (reason === null) continue;
    attentionTotal++;
    const row: OfferAttention = {
      offerId: o.id,
      reference: o.reference,
      title: o.title,
      status: o.status,
      reason,
      publishedAt: o.publishedAt,
      expiresAt: o.expiresAt,
      applicationsCount: o.applicationsCount,
    };
    attention.push(row, o.id, -(REASON_RANK[reason] * 1e14 + when));
  }
  for (const i of upcoming) i.offerTitle = titles.get(i.offerId) ?? '';

  const recent = new TopK<RecentActivity>(RECENT_LIMIT);
  for (const a of data.activities) {
    if (a.companyId !== companyId || a.createdAt > nowIso) continue;
    const at = Date.parse(a.createdAt);
    if (at < recent.threshold) continue; // no row built for what would not get in
    const row: RecentActivity = {
      activityId: a.id,
      type: a.type,
      candidateId: a.candidateId,
      applicationId: a.applicationId,
      authorId: a.authorId,
      fromStage: a.fromStage,
      toStage: a.toStage,
      createdAt: a.createdAt,
    };
    recent.push(row, -a.id, at); // same instant: the later id first
  }

  const scope = new Scope(query);
  const funnel = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const apps = applicationColumns(data);
  for (let i = 0; i < apps.n; i++) {
    if (inRangeMs(apps.applied[i], query) && scope.applicationAt(apps, i)) funnel[STAGES[apps.stage[i]]]++;
  }

  return {
    range: query.range,
    asOf: nowIso,
    offersNeedingAttention: attention.sorted().map((r) => r.item),
    offersNeedingAttentionTotal: attentionTotal,
    upcomingInterviews: upcoming,
    upcomingInterviewsTotal: interviewsTotal,
    recentActivity: recent.sorted().map((r) => r.item),
    funnel,
  };
}

/**
 * The support dashboard: accounts (not churned) out of cv-unlock credits, suspended, or with locked
 * users — the most reasons first —, and the last audit events.
 */
export function supportStats(data: StatsData, query: StatsQuery): SupportStats {
  const scope = new Scope(query);
  const locked = new Map<Identifier, number>();
  for (const u of data.users) {
    if (u.status === 'locked' && u.companyId !== null)
      locked.set(u.companyId, (locked.get(u.companyId) ?? 0) + 1);
  }
  const accounts = new TopK<AccountAttention>(ACCOUNTS_ATTENTION_LIMIT);
  let total = 0;
  for (const c of data.companies) {
    if (c.status === 'churned' || !scope.company(c)) continue;
    const reasons: AccountAttentionReason[] = [];
    if (c.credits.cvUnlocks <= 0) reasons.push('out-of-credits');
    if (c.status === 'suspended') reasons.push('suspended');
    const lockedUsers = locked.get(c.id) ?? 0;
    if (lockedUsers > 0) reasons.push('locked-users');
    if (reasons.length === 0) continue;
    total++;
    const credits = { cvUnlocks: c.credits.cvUnlocks, jobSlots: c.credits.jobSlots };
    accounts.push(
      { companyId: c.id, name: c.name, status: c.status, reasons, lockedUsers, credits },
      c.id,
      reasons.length,
    );
  }
  const nowIso = msToIso(query.now);
  const audit = new TopK<RecentAuditEvent>(RECENT_LIMIT);
  for (const e of data['audit-logs']) {
    if (e.at > nowIso) continue;
    const at = Date.parse(e.at);
    if (at < audit.threshold) continue;
    const { id, actorId, actorRole, action, resource, recordId, reason } = e;
    audit.push({ id, actorId, actorRole, action, resource, recordId, reason, at: e.at }, -id, at);
  }
  return {
    range: query.range,
    asOf: nowIso,
    accountsNeedingAttention: accounts.sorted().map((r) => r.item),
    accountsNeedingAttentionTotal: total,
    recentAudit: audit.sorted().map((r) => r.item),
  };
}
