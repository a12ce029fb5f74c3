import type { ResourceName, Role } from './types';

/**
 * The one CSV writer of the app and of the mock API's server-side exports: an allow-list of
 * columns per resource and role (never "every field of the response"), and OWASP CSV-injection
 * neutralisation of every cell. Pure functions: the browser and Node share them.
 */

/** Cells starting with one of these are read as formulas by spreadsheets (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/** A cell as text: formula-like strings get a leading apostrophe, then RFC 4180 quoting. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  // Numbers and booleans are data, not formulas: -12 stays a negative number.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = Array.isArray(value)
    ? value.map((item) => (item === null || item === undefined ? '' : String(item))).join('; ')
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line for a record, in the columns' order. */
export function csvLine(record: Record<string, unknown>, columns: readonly string[]): string {
  return columns.map((column) => csvCell(record[column])).join(',');
}

export const csvHeader = (columns: readonly string[]): string => columns.map(csvCell).join(',');

/** A whole document: header then rows, CRLF line ends (what Excel expects). */
export function toCsv(records: ReadonlyArray<Record<string, unknown>>, columns: readonly string[]): string {
  return [csvHeader(columns), ...records.map((record) => csvLine(record, columns))].join('\r\n');
}

/**
 * A candidate's own data as a CSV file carries it: what an import file may set, and the core of
 * what an export shows (which adds the fields the server owns). One list, so the two cannot drift.
 */
export const CANDIDATE_FILE_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'linkedinUrl',
  'headline',
  'skills',
  'yearsOfExperience',
  'city',
  'country',
  'remote',
  'availableFrom',
  'desiredSalary',
  'desiredDailyRate',
  'contractTypes',
  'tags',
  'summary',
] as const;

const CANDIDATE_WORK = ['id', ...CANDIDATE_FILE_FIELDS, 'currency', 'source', 'lastActivityAt'] as const;

const OFFER_COLUMNS = [
  'id',
  'reference',
  'title',
  'status',
  'contractType',
  'city',
  'country',
  'remote',
  'salaryMin',
  'salaryMax',
  'dailyRateMin',
  'dailyRateMax',
  'currency',
  'skills',
  'experienceLevel',
  'publishedAt',
  'expiresAt',
  'views',
  'applicationsCount',
] as const;

/**
 * What each role may export, per resource. A role without an entry exports nothing (sales never
 * get candidates' personal data; support get what a GDPR or account question needs, no pay).
 */
export const CSV_COLUMNS: Partial<Record<ResourceName, Partial<Record<Role, readonly string[]>>>> = {
  candidates: {
    recruiter: CANDIDATE_WORK,
    support: [
      'id',
      'firstName',
      'lastName',
      'email',
      'phone',
      'headline',
      'city',
      'country',
      'source',
      'consentAt',
      'lastActivityAt',
      'anonymizedAt',
      'createdAt',
    ],
    admin: [...CANDIDATE_WORK, 'consentAt', 'anonymizedAt', 'createdAt', 'ownerCompanyId'],
  },
  offers: {
    recruiter: [...OFFER_COLUMNS, 'recruiterId'],
    sales: [...OFFER_COLUMNS, 'companyId'],
    support: [...OFFER_COLUMNS, 'companyId', 'recruiterId'],
    admin: [...OFFER_COLUMNS, 'companyId', 'recruiterId', 'createdAt'],
  },
};

/**
 * The condition an export adds to the list's filter for `role`, when it holds fewer rows than the
 * list shows: recruiters export only the candidate profiles they see in full (applicants to their
 * offers, profiles their company unlocked), never the masked rest of the database. The API applies
 * it; the app says it before the download, with the counts.
 */
export function exportScope(resource: ResourceName, role: Role): Record<string, unknown> | null {
  return resource === 'candidates' && role === 'recruiter' ? { contactMasked: false } : null;
}

/** The columns `role` may export of `resource`; empty means no export at all. */
export function csvColumns(resource: ResourceName, role: Role): readonly string[] {
  return CSV_COLUMNS[resource]?.[role] ?? [];
}
