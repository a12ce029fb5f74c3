import { DEFAULT_BOARD_RULES } from '../../../src/model/boards';
import { CURRENCY_BY_COUNTRY, type ResourceName, type User } from '../../../src/model/types';
import { ownEntry } from '../api/input';

/**
 * What a new record holds before the caller's fields are applied: every field present (null, empty
 * list, sensible default), and the server-owned ones set by the server.
 */
type Row = Record<string, unknown>;

export function defaultsFor(resource: ResourceName, user: User, body: Row, nowIso: string): Row {
  const currency = ownEntry(CURRENCY_BY_COUNTRY, body.country) ?? null;
  const staff = user.companyId === null;
  switch (resource) {
    case 'companies':
      return {
        website: null,
        mrrCents: 0,
        currency,
        credits: { cvUnlocks: 0, jobSlots: 0 },
        status: 'trial',
        statusReason: null,
        salesOwnerId: null,
        contactName: null,
        contactEmail: null,
        billingEmail: null,
        billingAddress: null,
        phone: null,
        renewalDate: null,
        createdAt: nowIso,
        lastActivityAt: null,
      };
    case 'users':
      return { companyId: null, status: 'invited', locale: null, lastLoginAt: null, createdAt: nowIso };
    case 'offers':
      return {
        recruiterId: user.role === 'recruiter' ? user.id : null,
        externalRef: null,
        currency,
        salaryMin: null,
        salaryMax: null,
        dailyRateMin: null,
        dailyRateMax: null,
        ir35: null,
        skills: [],
        description: '',
        status: 'draft',
        publishedAt: null,
        closedAt: null,
        expiresAt: null,
        views: 0,
        applicationsCount: 0,
        createdAt: nowIso,
      };
    case 'candidates':
      return {
        phone: null,
        linkedinUrl: null,
        headline: '',
        skills: [],
        yearsOfExperience: 0,
        city: '',
        remote: 'none',
        availableFrom: null,
        desiredSalary: null,
        desiredDailyRate: null,
        currency,
        contractTypes: [],
        source: 'sourcing',
        summary: '',
        tags: [],
        consentAt: null,
        lastActivityAt: null,
        anonymizedAt: null,
        createdAt: nowIso,
        ownerCompanyId: user.role === 'recruiter' ? user.companyId : null,
      };
    case 'applications':
      return {
        stage: 'new',
        position: 0,
        rating: null,
        rejectionCategory: null,
        rejectionReason: null,
        source: 'job-board',
        appliedAt: nowIso,
        stageChangedAt: nowIso,
      };
    case 'activities':
      return {
        applicationId: null,
        authorId: user.id,
        body: '',
        fromStage: null,
        toStage: null,
        scheduledAt: null,
        createdAt: nowIso,
      };
    // A recruiter schedules and is handed their own work; staff name the company's people, since
    // references stay inside the record's company.
    case 'interviews':
      return { location: null, videoUrl: null, interviewerIds: staff ? [] : [user.id], status: 'planned' };
    case 'scorecards':
      return { authorId: user.id, ratings: {}, summary: '', recommendation: null, submittedAt: null };
    case 'tasks':
      return {
        candidateId: null,
        applicationId: null,
        assigneeId: staff ? null : user.id,
        done: false,
        automatic: false,
        kind: null,
        createdAt: nowIso,
      };
    case 'saved-views':
      return { ownerId: user.id, companyId: user.companyId, filter: {}, sort: null, sharedWithTeam: false };
    case 'boards':
      return { rules: { ...DEFAULT_BOARD_RULES }, active: true, createdAt: nowIso };
    default:
      return {};
  }
}
