import { STATS_ROLES } from './stats-types';
import type { ResourceName, Role } from './types';

/**
 * The role matrix of docs/roles-and-permissions.md, in one place: the API enforces it (mocks/domain/accounts/permissions.ts
 * adds the tenant and record rules on top) and the app's canAccess reads it to hide what the API
 * would refuse.
 */
export type Action =
  | 'list'
  | 'show'
  | 'create'
  | 'edit'
  | 'delete'
  | 'export'
  | 'anonymise'
  | 'credits'
  | 'lock'
  | 'unlock'
  | 'move'
  | 'moderate';

/**
 * Resources, and what is guarded without being one: statistics, recruiters' verdicts on matches,
 * the account-health list (computed), the usage counters and the scraping watch.
 */
export type Guarded =
  | ResourceName
  | 'stats'
  | 'match-feedback'
  | 'account-health'
  | 'usage'
  | 'scraping-watch';

const READ: Action[] = ['list', 'show'];
const ALL: Action[] = ['list', 'show', 'create', 'edit', 'delete'];
const COMPANY_WORK: Record<Role, Action[]> = {
  recruiter: ALL,
  sales: [],
  support: READ,
  admin: ALL,
};

const readBy = (roles: readonly Role[]): Record<Role, readonly Action[]> => {
  const can = (role: Role) => (roles.includes(role) ? READ : []);
  return { recruiter: can('recruiter'), sales: can('sales'), support: can('support'), admin: can('admin') };
};

export const PERMISSIONS: Record<Guarded, Record<Role, readonly Action[]>> = {
  companies: {
    recruiter: READ, // own company only
    sales: READ,
    support: [...READ, 'edit', 'credits'],
    admin: [...ALL, 'credits'],
  },
  users: {
    recruiter: [...READ, 'edit'], // own company; edit self only
    sales: READ,
    support: [...READ, 'edit', 'lock', 'create'],
    admin: [...ALL, 'lock'],
  },
  offers: {
    recruiter: ALL, // own company
    sales: READ,
    support: [...READ, 'edit'], // status only (moderation)
    admin: ALL,
  },
  candidates: {
    recruiter: [...READ, 'create', 'edit', 'unlock'], // applicants + masked database search
    sales: [],
    support: [...READ, 'export', 'anonymise'],
    admin: [...ALL, 'export', 'anonymise', 'unlock'],
  },
  applications: { ...COMPANY_WORK, recruiter: [...ALL, 'move'], admin: [...ALL, 'move'] },
  activities: COMPANY_WORK,
  interviews: COMPANY_WORK,
  scorecards: COMPANY_WORK,
  tasks: COMPANY_WORK,
  'message-templates': COMPANY_WORK,
  'saved-views': { recruiter: ALL, sales: ALL, support: ALL, admin: ALL }, // own records only
  'credit-ledger': { recruiter: READ, sales: READ, support: READ, admin: READ },
  'audit-logs': { recruiter: [], sales: [], support: READ, admin: READ },
  boards: { recruiter: READ, sales: READ, support: READ, admin: [...READ, 'create', 'edit'] },
  // Recruiters submit their own company's offers (create); support and admin approve or reject.
  'offer-publications': {
    recruiter: [...READ, 'create'],
    sales: [], // board aggregates only, through the stats
    support: [...READ, 'moderate'],
    admin: [...READ, 'create', 'moderate'],
  },
  // A company's feed: its recruiters run it (own company), support and admin run any; sales never.
  'feed-imports': {
    recruiter: [...READ, 'create'],
    sales: [],
    support: [...READ, 'create'],
    admin: [...READ, 'create'],
  },
  stats: { recruiter: READ, sales: READ, support: READ, admin: READ }, // recruiter: own company scope
  'match-feedback': COMPANY_WORK, // a company's verdicts on its offers' matches
  // Who read how much of the candidate database, per user and company (the scraping watch's counters).
  usage: { recruiter: [], sales: [], support: READ, admin: READ },
  // The list of every company's health: read by the roles of the statistic it comes from (staff).
  'account-health': readBy(STATS_ROLES['account-health']),
  // Who looks like they harvest the candidate database (support acts on it with the users' lock).
  'scraping-watch': { recruiter: [], sales: [], support: READ, admin: READ },
};

export function roleCan(role: Role, resource: Guarded, action: Action): boolean {
  return PERMISSIONS[resource]?.[role]?.includes(action) ?? false;
}

/** Fields of a record each role may change through a plain update; undefined means any field. */
export const EDITABLE_FIELDS: Partial<Record<Guarded, Partial<Record<Role, readonly string[]>>>> = {
  offers: { support: ['status'] },
  users: { recruiter: ['firstName', 'lastName', 'locale'] },
  companies: {
    support: [
      'name',
      'legalId',
      'city',
      'website',
      'sector',
      'size',
      'plan',
      'status',
      'statusReason',
      'contactName',
      'contactEmail',
      'billingEmail',
      'billingAddress',
      'phone',
      'renewalDate',
      'salesOwnerId',
      'country',
      'currency',
      'mrrCents',
    ],
  },
};

/**
 * What a database profile hides from a recruiter until their company unlocks it (1 credit): the
 * contact details, the last name reduced to its initial. The API refuses to sort, filter or search
 * on them for that recruiter, and the app offers no such sort.
 */
export const MASKED_CANDIDATE_FIELDS = ['email', 'phone', 'linkedinUrl', 'lastName'] as const;

/** Recruiters read the candidate database 30 records a request at most (a search page or a getMany). */
export const RECRUITER_CANDIDATE_PAGE = 30;
