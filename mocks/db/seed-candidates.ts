import { ALIASES } from '../../src/model/skills';
import type { Candidate, CandidateSource, ContractType, Locale, RemotePolicy } from '../../src/model/types';
import { CURRENCY_BY_COUNTRY } from '../../src/model/types';
import { DAY, type Random, weightedPicker, workingTime } from './random';
import { DEMO_COMPANY_IDS, localeOf, type SeedContext } from './seed-context';
import { expectedPay, levelFor } from './seed-pay';
import {
  EMAIL_DOMAINS,
  FIRST_NAMES,
  LAST_NAMES,
  mobilePhone,
  pickCity,
  pickCountry,
  slug,
  uniqueEmail,
} from './seed-pools';
import { pickFamily, pickSkills, roleTitle } from './seed-roles';

const SOURCES: readonly CandidateSource[] = [
  'free-work',
  'linkedin',
  'referral',
  'job-board',
  'sourcing',
  'import',
];
const pickSource = weightedPicker(SOURCES, [40, 25, 8, 12, 8, 7]);
const CONTRACT_SETS: ReadonlyArray<readonly ContractType[]> = [
  ['permanent'],
  ['freelance'],
  ['permanent', 'fixed-term'],
  ['permanent', 'freelance'],
  ['internship'],
];
const pickContracts = weightedPicker(CONTRACT_SETS, [45, 25, 15, 10, 5]);
const pickRemote = weightedPicker<RemotePolicy>(['none', 'partial', 'full'], [20, 55, 25]);
const TAGS = [
  'top-profile',
  'to-call-back',
  'remote-only',
  'bilingual',
  'available-now',
  'talent-pool',
  'relocation',
];
/** Candidates inactive for more than 24 months: what the GDPR retention view lists. */
const STALE_SHARE = 0.07;

/** The spellings people write, by canonical name ("React" → ["ReactJS", "React.js", ...]). */
const SPELLINGS = new Map<string, string[]>();
for (const [alias, name] of Object.entries(ALIASES)) {
  const list = SPELLINGS.get(name) ?? [];
  list.push(alias);
  SPELLINGS.set(name, list);
}
/** Free text sometimes says "ReactJS" or "k8s" where the skills list says "React", "Kubernetes". */
function spelled(rng: Random, skill: string): string {
  const variants = SPELLINGS.get(skill);
  return variants && rng.bool(0.3) ? rng.pick(variants) : skill;
}

// biome-ignore format: sentence banks read better dense
const SUMMARY: Record<Locale, Array<(years: number, a: string, b: string) => string>> = {
  fr: [
    (y, a, b) => `${y} ans d'expérience en développement, principalement ${a} et ${b}. À l'écoute d'opportunités dans une équipe produit.`,
    (y, a, b) => `Passionné par ${a}, j'ai ${y} ans d'expérience sur des projets à fort trafic. Je cherche un environnement où ${b} est au cœur de la stack.`,
    (y, a, b) => `Consultant depuis ${y} ans (${a}, ${b}), habitué aux contextes grands comptes et agiles.`,
  ],
  en: [
    (y, a, b) => `${y} years of experience, mostly ${a} and ${b}. Open to opportunities in a product team.`,
    (y, a, b) => `Engineer with ${y} years on high-traffic systems. Strong on ${a}; keen to work with ${b}.`,
    (y, a, b) => `Contractor for ${y} years (${a}, ${b}), used to large clients and agile delivery.`,
  ],
};

export function createCandidates(ctx: SeedContext): void {
  const { rng, dates, refMs, config, db } = ctx;
  ctx.candidateFamily = new Uint8Array(config.candidates);
  for (let id = 1; id <= config.candidates; id++) {
    const country = pickCountry(rng);
    const locale = localeOf(country);
    const firstName = rng.pick(FIRST_NAMES[country]);
    const lastName = rng.pick(LAST_NAMES[country]);
    const family = pickFamily(rng);
    const contractTypes = pickContracts(rng);
    const internship = contractTypes[0] === 'internship';
    const years = internship ? 0 : Math.min(30, Math.floor(rng.skew(0.9) * 5));
    const level = levelFor(years);
    const city = pickCity(rng, country);
    const skills = pickSkills(rng, family, rng.int(4, 9));
    const source = pickSource(rng);
    const stale = rng.bool(STALE_SHARE);
    // Stale profiles went quiet 25–48 months ago; the others were active within the last year.
    const lastActiveMs = workingTime(rng, refMs - (stale ? rng.int(760, 1_460) : rng.int(0, 330)) * DAY);
    const createdMs = lastActiveMs - rng.int(0, 900) * DAY;
    const imported = source === 'import' || source === 'sourcing';
    const title = roleTitle(rng, family, locale);
    const candidate: Candidate = {
      id,
      version: 1,
      firstName,
      lastName,
      email: uniqueEmail(
        ctx.usedEmails,
        `${slug(firstName, '')}.${slug(lastName, '')}`,
        rng.pick(EMAIL_DOMAINS[country]),
      ),
      phone: rng.bool(0.9) ? mobilePhone(rng, country) : null,
      linkedinUrl: rng.bool(0.75)
        ? `https://www.linkedin.com/in/${slug(firstName)}-${slug(lastName)}-${id.toString(36)}`
        : null,
      headline: `${title} · ${spelled(rng, skills[0])} / ${spelled(rng, skills[1])}`,
      skills,
      yearsOfExperience: years,
      city,
      country,
      remote: pickRemote(rng),
      availableFrom: rng.bool(0.8) ? dates.day(refMs + rng.int(-30, 120) * DAY) : null,
      ...expectedPay(
        rng,
        contractTypes.length === 1 && contractTypes[0] === 'freelance',
        level,
        country,
        city,
      ),
      currency: CURRENCY_BY_COUNTRY[country],
      contractTypes: contractTypes.slice(),
      source,
      summary: rng.pick(SUMMARY[locale])(
        Math.max(1, years),
        spelled(rng, skills[0]),
        spelled(rng, skills[2] ?? skills[1]),
      ),
      tags: rng.bool(0.3) ? rng.sample(TAGS, rng.int(1, 2)) : [],
      // Profiles a company imported may predate consent collection.
      consentAt: imported && rng.bool(0.3) ? null : dates.iso(createdMs),
      lastActivityAt: dates.iso(lastActiveMs),
      anonymizedAt: null,
      createdAt: dates.iso(createdMs),
      ownerCompanyId: imported
        ? rng.bool(0.3)
          ? rng.pick(DEMO_COMPANY_IDS)
          : rng.int(1, config.companies)
        : null,
    };
    db.candidates.push(candidate);
    ctx.candidateFamily[id - 1] = family;
  }
}
