import { weekRange } from '../../../src/model/time-zone';
import type { Candidate, Company, Interview, Offer, User } from '../../../src/model/types';
import type { MockState } from '../../db/types';
import { ApiError } from '../api/errors';
import { msg } from '../api/translate';
import { companyRows } from '../records/indexes';
import type { IcsEvent } from './ics';

/**
 * Interview rules: an interviewer cannot be in two live interviews at once (409 naming the
 * clashing slot), and the calendar views/exports of one interview or an interviewer's week.
 */
const MINUTE = 60_000;
const COUNTRY_ZONES: Record<string, string> = { FR: 'Europe/Paris', GB: 'Europe/London' };

/** A company's interviews are on its country's clock (Paris when the company is unknown). */
export function companyTimeZone(company: Pick<Company, 'country'> | undefined): string {
  return COUNTRY_ZONES[company?.country ?? 'FR'] ?? 'Europe/Paris';
}
const LIVE = new Set<Interview['status']>(['planned', 'done']);

export interface Clash {
  interviewId: number;
  interviewerId: number;
  startsAt: string;
  endsAt: string;
}

const endOf = (i: Pick<Interview, 'startsAt' | 'durationMinutes'>) =>
  Date.parse(i.startsAt) + i.durationMinutes * MINUTE;

/** The first live interview of the same company sharing an interviewer and overlapping in time. */
export function findClash(state: MockState, next: Partial<Interview>): Clash | undefined {
  if (!next.startsAt || !next.durationMinutes || !Array.isArray(next.interviewerIds)) return undefined;
  if (next.status && !LIVE.has(next.status)) return undefined;
  const start = Date.parse(next.startsAt);
  const end = start + next.durationMinutes * MINUTE;
  if (!Number.isFinite(start) || !Number.isFinite(end) || next.companyId == null) return undefined;
  const people = new Set(next.interviewerIds);
  for (const other of companyRows(state.tables.interviews, next.companyId as number)) {
    if (other.id === next.id || !LIVE.has(other.status)) continue;
    const otherStart = Date.parse(other.startsAt);
    if (otherStart >= end || endOf(other) <= start) continue;
    const shared = other.interviewerIds.find((id) => people.has(id));
    if (shared !== undefined)
      return {
        interviewId: other.id,
        interviewerId: shared,
        startsAt: other.startsAt,
        endsAt: new Date(endOf(other)).toISOString(),
      };
  }
  return undefined;
}

/** 409 with the clashing slot in `clash`, and on `startsAt` so the form shows it under the field. */
export function assertNoClash(state: MockState, next: Partial<Interview>): void {
  const clash = findClash(state, next);
  if (!clash) return;
  const user = state.tables.users.get(clash.interviewerId) as User | undefined;
  const company = state.tables.companies.get(next.companyId as number) as Company | undefined;
  const timeZone = companyTimeZone(company);
  const message = msg('interview_clash', {
    who: user ? `${user.firstName} ${user.lastName}` : `#${clash.interviewerId}`,
    from: { datetime: clash.startsAt, timeZone },
    to: { datetime: clash.endsAt, timeZone },
  });
  throw new ApiError(409, message, { errors: { startsAt: message }, details: { clash } });
}

/** What a calendar entry says: candidate and offer, plus where to go. */
export function icsEvent(state: MockState, interview: Interview): IcsEvent {
  const candidate = state.tables.candidates.get(interview.candidateId) as Candidate | undefined;
  const offer = state.tables.offers.get(interview.offerId) as Offer | undefined;
  const name = candidate ? `${candidate.firstName} ${candidate.lastName}`.trim() : 'Candidate';
  const title = offer?.title ?? '';
  // Only the company's own people are printed, whatever an older record still holds.
  const interviewers = interview.interviewerIds
    .map((id) => state.tables.users.get(id) as User | undefined)
    .filter((u): u is User => u !== undefined && u.companyId === interview.companyId)
    .map((u) => `${u.firstName} ${u.lastName}`);
  return {
    interview,
    summary: `Interview (${interview.kind}): ${name}${title ? ` - ${title}` : ''}`,
    description: [title && `Offer: ${title}`, `Interviewers: ${interviewers.join(', ')}`]
      .filter(Boolean)
      .join('\n'),
  };
}

/** An interviewer's interviews in the local week of `date` (cut at local midnights), by start. */
export function weekOf(
  state: MockState,
  companyId: number | null,
  interviewerId: number,
  date: string,
  timeZone: string,
): Interview[] {
  const [from, to] = weekRange(date, timeZone);
  const rows =
    companyId === null
      ? (state.tables.interviews.rows as Interview[])
      : companyRows(state.tables.interviews, companyId);
  return rows
    .filter((i) => i.interviewerIds.includes(interviewerId))
    .filter((i) => {
      const start = Date.parse(i.startsAt);
      return start >= from && start < to;
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
