import type { Identifier, SavedView } from '../../src/model/types';
import { DAY } from './random';
import { DEMO_COMPANY_IDS, type SeedContext } from './seed-context';

/**
 * Saved candidate searches, so the demo's "Saved searches" panel is not empty: three for each demo
 * recruiter (the first shared with the team) and one for each demo staff account. Built from the
 * data (the company's most asked skill, its city, the reference date) rather than drawn, so they
 * find candidates at every scale and no random value moves.
 */
type NewView = Pick<SavedView, 'name' | 'filter' | 'sort' | 'sharedWithTeam'>;

export function createSavedViews(ctx: SeedContext): void {
  const { db } = ctx;
  const inDays = (days: number) => ctx.dates.day(ctx.refMs + days * DAY);
  const add = (ownerId: Identifier, companyId: Identifier | null, view: NewView) =>
    db['saved-views'].push({
      id: db['saved-views'].length + 1,
      version: 1,
      ownerId,
      companyId,
      resource: 'candidates',
      ...view,
    });

  for (const companyId of DEMO_COMPANY_IDS) {
    const company = db.companies[companyId - 1];
    const owner = ctx.recruitersByCompany[companyId][0]; // the demo account (seed-users)
    const skill = mostAskedSkill(ctx, companyId);
    add(owner, companyId, {
      name: `${skill} profiles`,
      filter: { skills: [skill] },
      sort: { field: 'lastActivityAt', order: 'DESC' },
      sharedWithTeam: true,
    });
    add(owner, companyId, {
      name: `Available within a month in ${company.city}`,
      filter: { city: company.city, availableFrom_lte: inDays(30) },
      sort: { field: 'availableFrom', order: 'ASC' },
      sharedWithTeam: false,
    });
    add(owner, companyId, {
      name: 'Freelancers, 5+ years',
      filter: { contractTypes: ['freelance'], yearsOfExperience_gte: 5 },
      sort: { field: 'yearsOfExperience', order: 'DESC' },
      sharedWithTeam: false,
    });
  }
  const staff = (email: string) => (db.users.find((u) => u.email === email) as { id: Identifier }).id;
  // Staff searches use the list's own filters, so applying one shows what narrows the list.
  add(staff('support@backoffice.test'), null, {
    name: 'Imported profiles, least active first',
    filter: { source: 'import' },
    sort: { field: 'lastActivityAt', order: 'ASC' },
    sharedWithTeam: false,
  });
  add(staff('admin@backoffice.test'), null, {
    name: 'UK freelancers',
    filter: { country: 'GB', contractTypes: ['freelance'] },
    sort: { field: 'lastActivityAt', order: 'DESC' },
    sharedWithTeam: false,
  });
}

/** The first skill the company's offers ask most often (ties: alphabetical). */
function mostAskedSkill(ctx: SeedContext, companyId: Identifier): string {
  const counts = new Map<string, number>();
  for (const offer of ctx.db.offers)
    if (offer.companyId === companyId && offer.skills.length > 0)
      counts.set(offer.skills[0], (counts.get(offer.skills[0]) ?? 0) + 1);
  let best = 'Java';
  let bestCount = 0;
  for (const [skill, count] of counts)
    if (count > bestCount || (count === bestCount && skill < best)) {
      best = skill;
      bestCount = count;
    }
  return best;
}
