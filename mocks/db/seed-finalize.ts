import { pushInto } from './seed-context';
import type { Dataset } from './types';

/**
 * Denormalised figures computed from the rows once everything exists (the data-generator's
 * finalize step): offer counters, pipeline positions, and dates that must cover what happened.
 */
export function finalize(db: Dataset, viewsPerApplication: (offerId: number) => number): void {
  countApplications(db, viewsPerApplication);
  indexPositions(db);
  coverCandidateDates(db);
  coverCompanyActivity(db);
}

function countApplications(db: Dataset, viewsPerApplication: (offerId: number) => number): void {
  const counts = new Int32Array(db.offers.length + 1);
  for (const a of db.applications) counts[a.offerId]++;
  for (const offer of db.offers) {
    offer.applicationsCount = counts[offer.id];
    offer.views = offer.publishedAt === null ? 0 : counts[offer.id] * viewsPerApplication(offer.id);
  }
}

/** position = 0..n-1 within (companyId, stage), the most recently moved first (ties by id). */
function indexPositions(db: Dataset): void {
  const columns = new Map<string, number[]>();
  db.applications.forEach((a, index) => {
    pushInto(columns, `${a.companyId}:${a.stage}`, index);
  });
  const apps = db.applications;
  for (const column of columns.values()) {
    column.sort((x, y) => {
      const a = apps[x].stageChangedAt;
      const b = apps[y].stageChangedAt;
      return a < b ? 1 : a > b ? -1 : x - y;
    });
    column.forEach((index, position) => {
      apps[index].position = position;
    });
  }
}

/** A candidate existed (and consented) before applying, and was active when last moved. */
function coverCandidateDates(db: Dataset): void {
  for (const a of db.applications) {
    const c = db.candidates[a.candidateId - 1];
    if (a.appliedAt < c.createdAt) {
      c.createdAt = a.appliedAt;
      if (c.consentAt !== null) c.consentAt = a.appliedAt;
    }
    if (c.lastActivityAt === null || a.stageChangedAt > c.lastActivityAt) c.lastActivityAt = a.stageChangedAt;
  }
}

/** A company's last activity is its latest offer or pipeline move. */
function coverCompanyActivity(db: Dataset): void {
  const latest: Array<string | null> = db.companies.map((c) => c.lastActivityAt);
  const bump = (companyId: number, at: string) => {
    const current = latest[companyId - 1];
    if (current === null || at > current) latest[companyId - 1] = at;
  };
  for (const o of db.offers) bump(o.companyId, o.createdAt);
  for (const a of db.applications) bump(a.companyId, a.stageChangedAt);
  db.companies.forEach((c, i) => {
    c.lastActivityAt = latest[i];
  });
}
