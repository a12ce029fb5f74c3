import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier, RaRecord, UpdateManyParams } from 'react-admin';
import { apiUrl } from '../config';
import type { RejectionCode } from '../model/boards';
import type { CreditUsage } from '../model/credit-usage';
import { RECRUITER_CANDIDATE_PAGE } from '../model/permissions';
import type { CriterionAverage } from '../model/scorecards';
import type {
  Activity,
  Company,
  CreditKind,
  CreditLedgerEntry,
  FeedImport,
  Identifier as Id,
  MatchFeedback,
  MatchFeedbackReason,
  MatchResult,
  MatchVerdict,
  OfferPublication,
  RejectionCategory,
  ResourceName,
  Scorecard,
  Stage,
  User,
} from '../model/types';
import type { QuotaOverride } from '../model/usage';
import { api, httpClient } from './httpClient';

export interface AdjustCreditsParams {
  kind?: CreditKind;
  delta: number;
  reason: string;
  /** The company version the balance shown was read from: 409 when it changed since. */
  version?: number;
}

export interface MoveApplicationParams {
  stage: Stage;
  /** Index in the target (company, stage) column; beyond the end means last. */
  position: number;
  version: number;
  /** Required when moving to 'rejected': one of the usual reasons. */
  rejectionCategory?: RejectionCategory;
  /** The recruiter's words: required for 'other', a detail for the others. */
  rejectionReason?: string;
}

export interface CandidateImportResult {
  created: number;
  ids: Id[];
}

export interface LowerQuotaParams {
  dailyProfiles: number;
  days: number;
  reason: string;
}

export type StatsParams = Record<string, string | number | undefined>;

/** An application's scorecards with their criteria and the average per criterion. */
export interface ScorecardSummary {
  applicationId: Id;
  criteria: string[];
  scorecards: Scorecard[];
  averages: CriterionAverage[];
}

/** A message template filled in for one application, as the candidate would read it. */
export interface RenderedMessage {
  to: string;
  subject: string;
  body: string;
}

/** Whose interviews of which week go into a calendar file. */
export interface WeekIcsParams {
  /** The Monday, YYYY-MM-DD, in the zone `tz`. */
  week: string;
  tz: string;
  interviewerId: Identifier;
}

/** Our verbs on top of react-admin's; call them through `useDataProvider<AppDataProvider>()`. */
export interface AppDataProvider extends DataProvider {
  /** PATCH (merge-patch) of some fields of one record, with the version the user saw. */
  patch<T extends RaRecord>(
    resource: ResourceName,
    id: Id,
    data: Partial<T>,
    version: number,
  ): Promise<{ data: T }>;
  /** The company with its new balance, and the ledger line written. */
  adjustCredits(
    companyId: Id,
    params: AdjustCreditsParams,
  ): Promise<{ data: { company: Company; entry: CreditLedgerEntry } }>;
  lockUser(id: Id, reason?: string): Promise<{ data: User }>;
  /** Lowers a recruiter's quotas for some days (the scraping watch). */
  lowerQuota(id: Id, params: LowerQuotaParams): Promise<{ data: QuotaOverride }>;
  /** Writes to the recruiter's company contact that their reading looks like harvesting. */
  warnCompany(id: Id, reason: string): Promise<{ data: unknown }>;
  /** Lowers the quotas of all of a company's recruiters for some days (the scraping watch). */
  lowerCompanyQuota(companyId: Id, params: LowerQuotaParams): Promise<{ data: unknown }>;
  /** Writes to a company's contact that its accounts' reading looks like harvesting. */
  warnCompanyContact(companyId: Id, reason: string): Promise<{ data: unknown }>;
  unlockUser(id: Id, reason?: string): Promise<{ data: User }>;
  /** Spends one CV credit (unless already unlocked) and returns the unmasked candidate. */
  unlockCandidate<T = unknown>(id: Id): Promise<{ data: T }>;
  exportCandidate<T = unknown>(id: Id): Promise<{ data: T }>;
  anonymizeCandidate<T = unknown>(id: Id, reason?: string): Promise<{ data: T }>;
  /** GDPR retention: anonymises many candidates at once; returns the ids done. */
  anonymizeCandidates(ids: Id[]): Promise<{ data: Id[] }>;
  /** Support refund of one ledger line (the opposite movement), with a reason. */
  refundCredit(entryId: Id, reason: string): Promise<{ data: unknown }>;
  /** Credits a company spent per month, aggregated by the API (the usage tab). */
  getCreditUsage(companyId: Id, months?: number): Promise<{ data: CreditUsage }>;
  moveApplication<T = unknown>(id: Id, params: MoveApplicationParams): Promise<{ data: T }>;
  /** Candidates whose email, phone or LinkedIn URL matches (the duplicate check before a create). */
  findCandidateDuplicates<T = unknown>(params: {
    email?: string | null;
    phone?: string | null;
    linkedinUrl?: string | null;
  }): Promise<{ data: T[] }>;
  /** All-or-nothing import: 422 with `errors` keyed `rows.{index}.{field}` when any row is invalid. */
  importCandidates(rows: Array<Record<string, unknown>>): Promise<{ data: CandidateImportResult }>;
  /** Moves every application and activity of `id` onto `intoId`, then removes `id`. */
  mergeCandidate<T = unknown>(id: Id, intoId: Id): Promise<{ data: T }>;
  getStats<T = unknown>(name: string, params?: StatsParams): Promise<{ data: T }>;
  /** Sends a published offer to boards: each publication goes live, to review, or is refused. */
  submitPublications(offerId: Id, boardIds: Id[]): Promise<{ data: OfferPublication[] }>;
  /** Runs a company's offer feed: `{offers}`, `{xml}` or `{source: 'stored'}`; answers the report. */
  runFeed(companyId: Id, body: Record<string, unknown>): Promise<{ data: FeedImport }>;
  /** Sends a rejected or expired publication again, through the checks. */
  resubmitPublication(id: Id): Promise<{ data: OfferPublication }>;
  /** Support's decision on publications waiting for review; the API applies a batch whole or not at all. */
  moderatePublications(
    ids: Id[],
    decision: { action: 'approve' } | { action: 'reject'; code: RejectionCode; reason: string },
  ): Promise<{ data: OfferPublication[] }>;
  getMatches<T = unknown>(
    resource: 'offers' | 'candidates',
    id: Id,
    range?: [number, number],
  ): Promise<{ data: Array<MatchResult<T>>; total: number }>;
  /** The company's verdict on a match, replacing its last one on the pair. */
  setMatchFeedback(
    offerId: Id,
    candidateId: Id,
    verdict: MatchVerdict,
    reason: MatchFeedbackReason | null,
  ): Promise<{ data: MatchFeedback }>;
  /** Takes the verdict on the pair back. */
  removeMatchFeedback(offerId: Id, candidateId: Id): Promise<{ data: MatchFeedback }>;
  getScorecardSummary(applicationId: Id): Promise<{ data: ScorecardSummary }>;
  /** The template filled in for the application, nothing sent. */
  renderMessage(templateId: Id, applicationId: Id): Promise<{ data: RenderedMessage }>;
  /** Sends the filled-in template; the API records it as an activity on the application. */
  sendMessage(templateId: Id, applicationId: Id): Promise<{ data: Activity }>;
  /** One interview as iCalendar text. */
  getInterviewIcs(id: Id): Promise<{ data: string }>;
  /** An interviewer's week as iCalendar text. */
  getWeekIcs(params: WeekIcsParams): Promise<{ data: string }>;
}

const MERGE_PATCH = { 'Content-Type': 'application/merge-patch+json' };

/**
 * The most ids one getMany request may hold, where the API caps it below what react-admin may batch
 * (a list page's reference fields all at once): recruiters read candidates 30 at a time.
 */
const GET_MANY_CHUNK: Partial<Record<string, number>> = { candidates: RECRUITER_CANDIDATE_PAGE };

function totalFrom(headers: Headers, fallback: number): number {
  const total = Number(headers.get('Content-Range')?.split('/').pop());
  return Number.isFinite(total) ? total : fallback;
}

function query(params: StatsParams = {}): string {
  const entries = Object.entries(params).filter(
    (entry): entry is [string, string | number] => entry[1] != null,
  );
  const search = new URLSearchParams(entries.map(([key, value]) => [key, String(value)]));
  return search.size ? `?${search}` : '';
}

/** One call to the API, its JSON answer as `data`. */
const get = <T>(path: string, init?: RequestInit): Promise<{ data: T }> =>
  api<T>(path, init).then(({ json }) => ({ data: json }));

/** iCalendar text: read with the bearer token, which is why the app offers no plain link to it. */
const ics = (path: string): Promise<{ data: string }> =>
  api(path, { headers: { Accept: 'text/calendar' } }).then(({ body }) => ({ data: body }));

const post = <T>(path: string, body?: unknown) =>
  get<T>(path, { method: 'POST', body: JSON.stringify(body ?? {}) });

export function createDataProvider(baseUrl: string = apiUrl()): AppDataProvider {
  const base = simpleRestProvider(baseUrl, httpClient);

  const patch: AppDataProvider['patch'] = (resource, id, data, version) =>
    get(`/${resource}/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      headers: MERGE_PATCH,
      body: JSON.stringify({ ...data, version }),
    });

  return {
    ...base,
    getMany: async (resource, params) => {
      const chunk = GET_MANY_CHUNK[resource];
      if (!chunk || params.ids.length <= chunk) return base.getMany(resource, params);
      const parts: Identifier[][] = [];
      for (let i = 0; i < params.ids.length; i += chunk) parts.push(params.ids.slice(i, i + chunk));
      const pages = await Promise.all(parts.map((ids) => base.getMany(resource, { ...params, ids })));
      return { data: pages.flatMap((page) => page.data) };
    },
    // PUT replaces the record: send all of it, with the version the form was loaded with.
    update: (resource, params) =>
      base.update(resource, {
        ...params,
        data: { ...params.data, version: params.data.version ?? params.previousData?.version },
      }),
    // simple-rest would PUT the partial data and blank the other fields: PATCH each record instead.
    updateMany: async (resource: string, params: UpdateManyParams) => {
      const known: RaRecord[] | undefined = params.meta?.previousData;
      const records = known ?? (await base.getMany(resource, { ids: params.ids })).data;
      const versionOf = new Map<Identifier, number>(records.map((record) => [record.id, record.version]));
      const results = await Promise.all(
        params.ids.map((id) =>
          patch(resource as ResourceName, id as Id, params.data, versionOf.get(id) ?? 0),
        ),
      );
      return { data: results.map(({ data }) => (data as RaRecord).id) };
    },
    patch,
    adjustCredits: (companyId, params) => post(`/companies/${companyId}/credits`, params),
    lockUser: (id, reason) => post(`/users/${id}/lock`, { reason }),
    unlockUser: (id, reason) => post(`/users/${id}/unlock`, { reason }),
    lowerQuota: (id, params) => post(`/users/${id}/quota`, params),
    warnCompany: (id, reason) => post(`/users/${id}/warn-company`, { reason }),
    lowerCompanyQuota: (companyId, params) => post(`/companies/${companyId}/quota`, params),
    warnCompanyContact: (companyId, reason) => post(`/companies/${companyId}/warn`, { reason }),
    unlockCandidate: (id) => post(`/candidates/${id}/unlock`),
    exportCandidate: (id) => get(`/candidates/${id}/export`),
    anonymizeCandidate: (id, reason) => post(`/candidates/${id}/anonymize`, { reason }),
    anonymizeCandidates: (ids) => post('/candidates/anonymize', { ids }),
    refundCredit: (entryId, reason) => post(`/credit-ledger/${entryId}/refund`, { reason }),
    getCreditUsage: (companyId, months) => get(`/companies/${companyId}/credit-usage${query({ months })}`),
    moveApplication: (id, params) => post(`/applications/${id}/move`, params),
    findCandidateDuplicates: (params) => get(`/candidates/duplicates${query(params as StatsParams)}`),
    importCandidates: (rows) => post('/candidates/import', { rows }),
    mergeCandidate: (id, intoId) => post(`/candidates/${id}/merge`, { intoId }),
    submitPublications: (offerId, boardIds) => post(`/offers/${offerId}/publications`, { boardIds }),
    runFeed: (companyId, body) => post(`/companies/${companyId}/feed-imports`, body),
    resubmitPublication: (id) => post(`/offer-publications/${id}/resubmit`),
    moderatePublications: (ids, decision) => post('/offer-publications/bulk', { ids, ...decision }),
    getStats: (name, params) => get(`/stats/${name}${query(params)}`),
    getMatches: async <T>(resource: 'offers' | 'candidates', id: Id, range: [number, number] = [0, 9]) => {
      const page = async ([start, end]: [number, number]) => {
        const { json, headers } = await api<Array<MatchResult<T>>>(
          `/${resource}/${id}/matches?range=${encodeURIComponent(JSON.stringify([start, end]))}`,
        );
        return { data: json, total: totalFrom(headers, json.length) };
      };
      // An offer's matches are candidates: asked 30 at a time, like any read of the database.
      const chunk = resource === 'offers' ? RECRUITER_CANDIDATE_PAGE : range[1] - range[0] + 1;
      const pages = [];
      for (let start = range[0]; start <= range[1]; start += chunk)
        pages.push(await page([start, Math.min(range[1], start + chunk - 1)]));
      return { data: pages.flatMap((p) => p.data), total: pages[0]?.total ?? 0 };
    },
    setMatchFeedback: (offerId, candidateId, verdict, reason) =>
      post(
        `/offers/${offerId}/match-feedback`,
        reason ? { candidateId, verdict, reason } : { candidateId, verdict },
      ),
    removeMatchFeedback: (offerId, candidateId) =>
      get(`/offers/${offerId}/match-feedback/${candidateId}`, { method: 'DELETE' }),
    getScorecardSummary: (applicationId) => get(`/applications/${applicationId}/scorecards`),
    renderMessage: (templateId, applicationId) =>
      post(`/message-templates/${templateId}/render`, { applicationId }),
    sendMessage: (templateId, applicationId) => post('/messages/send', { templateId, applicationId }),
    getInterviewIcs: (id) => ics(`/interviews/${id}/ics`),
    getWeekIcs: (params) => ics(`/interviews/ics${query({ ...params })}`),
  };
}

export const dataProvider = createDataProvider();
