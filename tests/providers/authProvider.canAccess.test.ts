import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../src/model/types';
import { authProvider } from '../../src/providers/authProvider';
import { clearSession, setSession } from '../../src/providers/session';

/**
 * docs/roles-and-permissions.md written out by hand (not read from src/model/permissions.ts), so a change to the
 * matrix fails here until someone decides it was meant. Each cell lists what the role may do.
 */
const ALL = 'list show create edit delete';
const WORK = { recruiter: ALL, sales: '', support: 'list show', admin: ALL };
const EXPECTED: Record<string, Record<Role, string>> = {
  companies: {
    recruiter: 'list show',
    sales: 'list show',
    support: 'list show edit credits',
    admin: `${ALL} credits`,
  },
  users: {
    recruiter: 'list show edit',
    sales: 'list show',
    support: 'list show create edit lock',
    admin: `${ALL} lock`,
  },
  offers: { recruiter: ALL, sales: 'list show', support: 'list show edit', admin: ALL },
  candidates: {
    recruiter: 'list show create edit unlock',
    sales: '',
    support: 'list show export anonymise',
    admin: `${ALL} export anonymise unlock`,
  },
  applications: { recruiter: `${ALL} move`, sales: '', support: 'list show', admin: `${ALL} move` },
  activities: WORK,
  interviews: WORK,
  scorecards: WORK,
  tasks: WORK,
  'message-templates': WORK,
  'saved-views': { recruiter: ALL, sales: ALL, support: ALL, admin: ALL },
  'credit-ledger': { recruiter: 'list show', sales: 'list show', support: 'list show', admin: 'list show' },
  'audit-logs': { recruiter: '', sales: '', support: 'list show', admin: 'list show' },
  stats: { recruiter: 'list show', sales: 'list show', support: 'list show', admin: 'list show' },
  // a company's verdicts on its offers' matches (issue 18)
  'match-feedback': {
    recruiter: 'list show create edit delete',
    sales: '',
    support: 'list show',
    admin: 'list show create edit delete',
  },
  // pages: the dashboard for everyone, the pipeline for those who move applications
  dashboard: { recruiter: 'list', sales: 'list', support: 'list', admin: 'list' },
  pipeline: { recruiter: 'list', sales: '', support: '', admin: 'list' },
};
const ACTIONS = [
  'list',
  'show',
  'create',
  'edit',
  'delete',
  'export',
  'anonymise',
  'credits',
  'lock',
  'unlock',
  'move',
];
const ROLES: Role[] = ['recruiter', 'sales', 'support', 'admin'];
const PAGES = new Set(['dashboard', 'pipeline']);

/** What canAccess answers for `role`, in the same shape as EXPECTED (allowed actions, in order). */
async function actualFor(role: Role): Promise<Record<string, string>> {
  signInAs(role);
  const table: Record<string, string> = {};
  for (const resource of Object.keys(EXPECTED)) {
    const actions = PAGES.has(resource) ? ['list'] : ACTIONS;
    const allowed: string[] = [];
    for (const action of actions) {
      if (await authProvider.canAccess({ resource, action })) allowed.push(action);
    }
    table[resource] = allowed.join(' ');
  }
  return table;
}

function expectedFor(role: Role): Record<string, string> {
  const order = (actions: string) =>
    ACTIONS.filter((action) => actions.split(' ').includes(action)).join(' ');
  return Object.fromEntries(
    Object.entries(EXPECTED).map(([resource, byRole]) => [resource, order(byRole[role])]),
  );
}

function signInAs(role: Role) {
  setSession('token', {
    id: 1,
    fullName: 'Test User',
    role,
    companyId: role === 'recruiter' ? 1 : null,
    locale: null,
  });
}

afterEach(() => clearSession());

describe('authProvider.canAccess follows docs/roles-and-permissions.md', () => {
  // One test per role, comparing whole tables: a failure's diff names every wrong cell.
  it.each(ROLES)('%s: every resource × action', async (role) => {
    expect(await actualFor(role)).toEqual(expectedFor(role));
  });

  it('refuses everything when signed out and for unknown resources', async () => {
    await expect(authProvider.canAccess({ resource: 'offers', action: 'list' })).resolves.toBe(false);
    signInAs('admin');
    await expect(authProvider.canAccess({ resource: 'invoices', action: 'list' })).resolves.toBe(false);
    await expect(authProvider.canAccess({ resource: 'offers', action: 'fly' })).resolves.toBe(false);
  });
});
