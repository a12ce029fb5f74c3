import type { CandidateUnlock, User } from '../../../src/model/types';
import type { AccessEntry, MockState } from '../../db/types';

/**
 * Who viewed, was shown in a list, unlocked or exported a candidate's profile, and when: part of
 * what the GDPR export gives the person. Views, listings and exports are kept here as they happen, one entry per user, action and
 * hour (with a count), so a profile read all day long costs a few entries, not one per request;
 * unlocks are read from the unlock records themselves (seeded history included).
 */
export type { AccessEntry };

const HOUR_MS = 3_600_000;

/** Notes one view, listing or export of the profile by the user. */
export function recordAccess(
  state: MockState,
  user: User,
  candidateId: number,
  action: 'view' | 'listed' | 'export',
): void {
  const now = state.clock.now();
  const hour = Math.floor(now / HOUR_MS);
  let entries = state.usage.trail.get(candidateId);
  if (!entries) {
    entries = [];
    state.usage.trail.set(candidateId, entries);
  }
  // Entries are in time order: the same hour's are at the end.
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const entry = entries[i];
    if (Math.floor(Date.parse(entry.at) / HOUR_MS) !== hour) break;
    if (entry.userId === user.id && entry.action === action) {
      entry.count += 1;
      return;
    }
  }
  entries.push({
    action,
    userId: user.id,
    companyId: user.companyId,
    at: new Date(now).toISOString(),
    count: 1,
  });
}

/** The profile's access trail, oldest first: views, listings, unlocks and exports, with who and when. */
export function accessTrailOf(state: MockState, candidateId: number): AccessEntry[] {
  const unlocks = (state.tables.candidateUnlocks.rows as CandidateUnlock[])
    .filter((unlock) => unlock.candidateId === candidateId)
    .map(
      (unlock): AccessEntry => ({
        action: 'unlock',
        userId: unlock.actorId,
        companyId: unlock.companyId,
        at: unlock.unlockedAt,
        count: 1,
      }),
    );
  const kept = (state.usage.trail.get(candidateId) ?? []).map((entry) => ({ ...entry }));
  return [...kept, ...unlocks].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
