import type { Company, Locale, Role, User, UserStatus } from '../../src/model/types';
import { DAY, parseIso, workingTime } from './random';
import { localeOf, type SeedContext } from './seed-context';
import { FIRST_NAMES, LAST_NAMES, slug, uniqueEmail } from './seed-pools';

/** Every account's password in the mock (demo mode only). */
export const DEMO_PASSWORD = 'demo';

interface NewUser {
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  companyId: number | null;
  status: UserStatus;
  locale: Locale | null;
  createdMs: number;
}

function addUser(ctx: SeedContext, user: NewUser): User {
  const { rng, dates, refMs, db } = ctx;
  const email = user.email.toLowerCase();
  ctx.usedEmails.add(email);
  const lastLoginAt =
    user.status === 'invited'
      ? null
      : dates.iso(
          workingTime(rng, refMs - (user.status === 'locked' ? rng.int(30, 200) : rng.int(0, 20)) * DAY),
        );
  const row: User = {
    id: db.users.length + 1,
    version: 1,
    firstName: user.firstName,
    lastName: user.lastName,
    email,
    role: user.role,
    companyId: user.companyId,
    status: user.status,
    locale: user.locale,
    lastLoginAt:
      lastLoginAt && lastLoginAt < dates.iso(user.createdMs) ? dates.iso(user.createdMs) : lastLoginAt,
    createdAt: dates.iso(user.createdMs),
  };
  db.users.push(row);
  db.passwords[email] = DEMO_PASSWORD;
  return row;
}

// biome-ignore format: a table reads better dense
const STAFF: Array<[string, string, string, Role]> = [
  ['Alice', 'Admin', 'admin@backoffice.test', 'admin'],
  ['Sam', 'Support', 'support@backoffice.test', 'support'],
  ['Sasha', 'Sales', 'sales@backoffice.test', 'sales'],
  ['Nathalie', 'Roche', 'nathalie.roche@backoffice.test', 'admin'],
  ['Karim', 'Belkacem', 'karim.belkacem@backoffice.test', 'support'],
  ['Emily', 'Clarke', 'emily.clarke@backoffice.test', 'support'],
  ['Julien', 'Marchand', 'julien.marchand@backoffice.test', 'sales'],
  ['Chloé', 'Fabre', 'chloe.fabre@backoffice.test', 'sales'],
  ['Oliver', 'Hughes', 'oliver.hughes@backoffice.test', 'sales'],
  ['Inès', 'Carpentier', 'ines.carpentier@backoffice.test', 'sales'],
];

/** Our own staff, the demo admin first (id 1); the three demo accounts have no stored locale. */
export function createStaff(ctx: SeedContext): void {
  STAFF.forEach(([firstName, lastName, email, role], index) => {
    const user = addUser(ctx, {
      firstName,
      lastName,
      email,
      role,
      companyId: null,
      status: 'active',
      locale: index < 3 ? null : email.includes('emily') || email.includes('oliver') ? 'en' : 'fr',
      createdMs: ctx.refMs - (900 - index * 40) * DAY,
    });
    if (role === 'sales') ctx.salesIds.push(user.id);
  });
}

const DEMO_RECRUITERS: Record<number, [string, string, string]> = {
  1: ['Rachel', 'Recruteur', 'recruiter@acme.test'],
  2: ['Gabriel', 'Recruteur', 'recruiter@globex.test'],
};

/** 1–5 recruiters per company (the demo tenants: their demo account plus three colleagues). */
export function createRecruiters(ctx: SeedContext): void {
  const { rng } = ctx;
  for (const company of ctx.db.companies) {
    const ids: number[] = [];
    const active: number[] = [];
    const demo = DEMO_RECRUITERS[company.id];
    const domain = demo ? demo[2].split('@')[1] : emailDomain(company);
    const count = demo ? 4 : rng.int(1, company.size === '1-10' ? 2 : 5);
    const createdMs = parseIso(company.createdAt);
    for (let i = 0; i < count; i++) {
      const firstName = demo && i === 0 ? demo[0] : rng.pick(FIRST_NAMES[company.country]);
      const lastName = demo && i === 0 ? demo[1] : rng.pick(LAST_NAMES[company.country]);
      // The first recruiter of a company is its admin contact: always active.
      const status: UserStatus =
        i === 0 ? 'active' : rng.weighted(['active', 'locked', 'invited'], [85, 5, 10]);
      const user = addUser(ctx, {
        firstName,
        lastName,
        email:
          demo && i === 0
            ? demo[2]
            : uniqueEmail(ctx.usedEmails, `${slug(firstName, '')}.${slug(lastName, '')}`, domain),
        role: 'recruiter',
        companyId: company.id,
        status,
        locale: demo && i === 0 ? null : rng.bool(0.85) ? localeOf(company.country) : null,
        createdMs: Math.min(ctx.refMs - DAY, createdMs + rng.int(0, 60) * DAY),
      });
      ids.push(user.id);
      if (status === 'active') active.push(user.id);
    }
    ctx.recruitersByCompany[company.id] = ids;
    ctx.activeRecruitersByCompany[company.id] = active;
  }
}

function emailDomain(company: Company): string {
  return company.website
    ? company.website.replace(/^https:\/\/(www\.)?/, '')
    : `${slug(company.name, '')}.com`;
}
