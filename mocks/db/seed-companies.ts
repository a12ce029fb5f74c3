import type { Company, CompanySize, CompanyStatus, Country, Currency, Plan } from '../../src/model/types';
import { CURRENCY_BY_COUNTRY } from '../../src/model/types';
import { DAY, workingTime } from './random';
import type { SeedContext } from './seed-context';
import { legalId, officePhone, pickCity, pickCountry, slug } from './seed-pools';

// biome-ignore format: word lists read better dense
const ROOTS = [
  'Altéa', 'Nexa', 'Sopral', 'Ardent', 'Vega', 'Orion', 'Kerensa', 'Lumio', 'Quadra', 'Synapse', 'Helix', 'Axion',
  'Boréal', 'Cobalt', 'Hexagone', 'Iroise', 'Jade', 'Kairos', 'Latitude', 'Mistral', 'Neptune', 'Opale', 'Pixel',
  'Quartz', 'Rivage', 'Saphir', 'Tandem', 'Vertigo', 'Zénith', 'Aubépine', 'Calypso', 'Datawise', 'Everest',
  'Fjord', 'Granite', 'Harbour', 'Ivy', 'Kestrel', 'Lighthouse', 'Meridian', 'Northwind', 'Oakridge', 'Pennine',
  'Redwood', 'Thistle', 'Wren', 'Atlas', 'Sirius', 'Cassiopée', 'Tramontane', 'Vauban', 'Colbert', 'Armor',
];
// biome-ignore format: word lists read better dense
const SUFFIXES: Record<Country, readonly string[]> = {
  FR: ['Consulting', 'Digital', 'Solutions', 'Technologies', 'Systèmes', 'Conseil', 'Labs', 'Software', 'Data', 'Cloud', 'Informatique', 'Ingénierie'],
  GB: ['Consulting', 'Digital', 'Solutions', 'Technologies', 'Systems', 'Labs', 'Software', 'Data', 'Cloud', 'Partners', 'Analytics', 'Group'],
};
// biome-ignore format: word lists read better dense
const SECTORS = [
  'IT services', 'Software publisher', 'Fintech', 'E-commerce', 'Banking & insurance', 'Industry', 'Public sector',
  'Healthcare', 'Media', 'Energy', 'Retail', 'Telecom', 'Recruitment agency', 'Transport & logistics',
];
const SECTOR_WEIGHTS = [30, 15, 6, 6, 8, 6, 4, 4, 3, 4, 4, 3, 5, 2];
const SIZES: readonly CompanySize[] = ['1-10', '11-50', '51-200', '201-1000', '1000+'];

/** Monthly price range per plan, in minor units of each currency. */
export const PLAN_MRR_CENTS: Record<Plan, Record<Currency, [number, number]>> = {
  free: { EUR: [0, 0], GBP: [0, 0] },
  starter: { EUR: [9_900, 29_900], GBP: [8_900, 24_900] },
  pro: { EUR: [49_900, 129_900], GBP: [44_900, 109_900] },
  enterprise: { EUR: [199_900, 800_000], GBP: [179_900, 700_000] },
};
/** Credits a plan comes with: [cvUnlocks min, max], [jobSlots min, max]. */
const PLAN_CREDITS: Record<Plan, [[number, number], [number, number]]> = {
  free: [
    [0, 3],
    [1, 1],
  ],
  starter: [
    [10, 50],
    [3, 5],
  ],
  pro: [
    [50, 200],
    [10, 30],
  ],
  enterprise: [
    [200, 1_000],
    [50, 200],
  ],
};

/** What a company pays: nothing on free, in trial or once churned; otherwise its plan's range. */
export function mrrFor(plan: Plan, status: CompanyStatus, currency: Currency, fraction: number): number {
  if (status === 'trial' || status === 'churned') return 0;
  const [min, max] = PLAN_MRR_CENTS[plan][currency];
  if (max === 0) return 0;
  // Price points end in 900 (e.g. 499.00 → 49_900 cents), always within [min, max].
  return Math.max(min, Math.round((min + (max - min) * fraction) / 1_000) * 1_000 - 100);
}

const DEMO_COMPANIES: Record<number, { name: string; city: string; domain: string }> = {
  1: { name: 'Acme Consulting', city: 'Paris', domain: 'acme.test' },
  2: { name: 'Globex Digital', city: 'Lyon', domain: 'globex.test' },
};

export function createCompanies(ctx: SeedContext): void {
  const { rng, dates, refMs, db } = ctx;
  const usedNames = new Set<string>();
  for (let id = 1; id <= ctx.config.companies; id++) {
    const demo = DEMO_COMPANIES[id];
    const country: Country = demo ? 'FR' : pickCountry(rng);
    const city = demo ? demo.city : pickCity(rng, country);
    let name = demo ? demo.name : `${rng.pick(ROOTS)} ${rng.pick(SUFFIXES[country])}`;
    if (usedNames.has(name)) name = `${name} ${city}`;
    for (let n = 2; usedNames.has(name); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
    usedNames.add(name);
    const domain = demo ? demo.domain : `${slug(name, '')}.${country === 'FR' ? 'fr' : 'co.uk'}`;
    const plan: Plan = demo
      ? 'pro'
      : rng.weighted(['free', 'starter', 'pro', 'enterprise'], [30, 30, 28, 12]);
    const status: CompanyStatus = demo
      ? 'active'
      : rng.weighted(['trial', 'active', 'suspended', 'churned'], [10, 72, 5, 13]);
    const currency = CURRENCY_BY_COUNTRY[country];
    // Trials are recent sign-ups; everyone else has years of history.
    const createdMs = workingTime(
      rng,
      refMs - (status === 'trial' ? rng.int(3, 30) : rng.int(400, 2_500)) * DAY,
    );
    const [[cvMin, cvMax], [slotMin, slotMax]] = PLAN_CREDITS[plan];
    const credits = {
      cvUnlocks: demo ? 120 - id * 20 : status === 'churned' ? 0 : rng.int(cvMin, cvMax),
      jobSlots: demo ? 25 : status === 'churned' ? 0 : rng.int(slotMin, slotMax),
    };
    const paying = plan !== 'free' && (status === 'active' || status === 'suspended');
    const yearsIn = Math.ceil((refMs - createdMs) / (365 * DAY));
    const company: Company = {
      id,
      version: 1,
      name,
      legalId: legalId(rng, country, city),
      country,
      city,
      website: `https://www.${domain}`,
      sector: demo ? 'IT services' : rng.weighted(SECTORS, SECTOR_WEIGHTS),
      size: demo ? '51-200' : rng.weighted(SIZES, [20, 35, 25, 13, 7]),
      plan,
      mrrCents: mrrFor(plan, status, currency, rng.next()),
      currency,
      credits,
      status,
      statusReason:
        status === 'suspended'
          ? rng.pick(['Unpaid invoices', 'Terms of service breach', 'Requested by the customer'])
          : status === 'churned'
            ? rng.pick(['Moved to a competitor', 'Budget cuts', 'Hiring freeze', 'Company closed'])
            : null,
      salesOwnerId: rng.bool(status === 'trial' ? 0.5 : 0.9) ? rng.pick(ctx.salesIds) : null,
      // Set by createCompanyContacts, once the company's recruiters exist (no draw here).
      contactName: null,
      contactEmail: null,
      billingEmail: `${country === 'FR' ? 'compta' : 'accounts'}@${domain}`,
      billingAddress: null,
      phone: officePhone(rng, country),
      renewalDate: paying ? dates.day(createdMs + yearsIn * 365 * DAY) : null,
      createdAt: dates.iso(createdMs),
      // Refined in finalize from the company's own offers and applications.
      lastActivityAt: status === 'churned' ? null : dates.iso(createdMs),
    };
    db.companies.push(company);
  }
}
