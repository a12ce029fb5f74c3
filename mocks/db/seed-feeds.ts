import type { ContractType, ExperienceLevel, FeedImport, Offer } from '../../src/model/types';
import { DAY } from './random';
import { DEMO_COMPANY_IDS, derivedRandom, localeOf, type SeedContext } from './seed-context';
import { pickDescription } from './seed-descriptions';
import { offerPay } from './seed-pay';
import { pickFamily, pickSkills, pickTitle } from './seed-roles';

/**
 * Acme's offer feed, for support to run in the demo: four of its live offers came from its ATS
 * (they carry an external reference, and a report of that last import is kept), and the ATS has left
 * a newer XML document. Run, it keeps two offers as they are, updates one, closes the one it no
 * longer lists and creates two, sent to Free-Work through the checks, so every outcome shows once.
 * Stored as a document rather than a URL: the mock reaches no network, and the document is what a
 * real back-end would keep of the last fetch anyway. Draws from a stream of its own, so no earlier value moves.
 */
const ACME = DEMO_COMPANY_IDS[0];
const FEED_OFFERS = 4;
const NEW_OFFERS = 2;
const FREE_WORK = 1;

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type FeedFields = Pick<
  Offer,
  | 'externalRef'
  | 'title'
  | 'contractType'
  | 'city'
  | 'country'
  | 'remote'
  | 'salaryMin'
  | 'salaryMax'
  | 'dailyRateMin'
  | 'dailyRateMax'
  | 'currency'
  | 'ir35'
  | 'skills'
  | 'experienceLevel'
  | 'description'
  | 'expiresAt'
> & { boardIds?: number[] };

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}/>`;
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** One offer as the ATS writes it: the description in CDATA, lists as repeated items. */
function offerXml(offer: FeedFields): string {
  const lines = [
    element('externalRef', offer.externalRef),
    element('title', offer.title),
    element('contractType', offer.contractType),
    element('city', offer.city),
    element('country', offer.country),
    element('remote', offer.remote),
    element('salaryMin', offer.salaryMin),
    element('salaryMax', offer.salaryMax),
    element('dailyRateMin', offer.dailyRateMin),
    element('dailyRateMax', offer.dailyRateMax),
    element('currency', offer.currency),
    element('ir35', offer.ir35),
    `<skills>${offer.skills.map((skill) => element('skill', skill)).join('')}</skills>`,
    element('experienceLevel', offer.experienceLevel),
    `<description><![CDATA[${offer.description}]]></description>`,
    element('expiresAt', offer.expiresAt),
  ];
  if (offer.boardIds)
    lines.push(`<boardIds>${offer.boardIds.map((id) => element('boardId', id)).join('')}</boardIds>`);
  return `  <offer>\n${lines.map((line) => `    ${line}`).join('\n')}\n  </offer>`;
}

const fieldsOf = (offer: Offer): FeedFields => ({
  externalRef: offer.externalRef,
  title: offer.title,
  contractType: offer.contractType,
  city: offer.city,
  country: offer.country,
  remote: offer.remote,
  salaryMin: offer.salaryMin,
  salaryMax: offer.salaryMax,
  dailyRateMin: offer.dailyRateMin,
  dailyRateMax: offer.dailyRateMax,
  currency: offer.currency,
  ir35: offer.ir35,
  skills: offer.skills,
  experienceLevel: offer.experienceLevel,
  description: offer.description,
  expiresAt: offer.expiresAt,
});

export function createFeeds(ctx: SeedContext): void {
  const rng = derivedRandom(ctx, 'offer-feeds');
  const company = ctx.db.companies.find((c) => c.id === ACME);
  if (!company) return;
  const ours = ctx.db.offers.filter((o) => o.companyId === ACME);
  let live = ours.filter((o) => o.status === 'published' && o.contractType !== 'freelance');
  // The demo scale's Acme has fewer such offers: its paused and freelance ones came from the ATS too.
  if (live.length < FEED_OFFERS) live = ours.filter((o) => o.status === 'published' || o.status === 'paused');
  if (live.length < FEED_OFFERS) return;
  const fromAts = rng.sample(live, FEED_OFFERS).sort((a, b) => a.id - b.id);
  let next = rng.int(1000, 8000);
  for (const offer of fromAts) {
    next += rng.int(1, 40);
    offer.externalRef = `ACME-ATS-${next}`;
  }
  const at = ctx.dates.iso(ctx.refMs - DAY);
  const report: FeedImport = {
    id: 1,
    version: 1,
    companyId: ACME,
    actorId: ctx.db.users.find((u) => u.role === 'support')?.id ?? 1,
    format: 'xml',
    source: 'stored',
    status: 'applied',
    reasons: [],
    counts: { created: 0, updated: 0, closed: 0, unchanged: FEED_OFFERS, refused: 0 },
    items: fromAts.map((offer, index) => ({
      index,
      externalRef: offer.externalRef as string,
      outcome: 'unchanged',
      offerId: offer.id,
      reasons: [],
      publications: [],
    })),
    at,
  };
  ctx.db['feed-imports'].push(report);

  // The newer document: two as they are, one with a new pay range, the last one gone, two new.
  const [same1, same2, changed] = fromAts;
  const raised = fieldsOf(changed);
  if (raised.salaryMin !== null && raised.salaryMax !== null) {
    raised.salaryMin += 2_000;
    raised.salaryMax += 2_000;
  } else raised.remote = raised.remote === 'full' ? 'partial' : 'full';
  const locale = localeOf(company.country);
  const created: FeedFields[] = [];
  for (let i = 0; i < NEW_OFFERS; i += 1) {
    const family = pickFamily(rng);
    const level: ExperienceLevel = rng.pick(['junior', 'intermediate', 'senior'] as const);
    const contractType: ContractType = 'permanent';
    next += rng.int(1, 40);
    created.push({
      externalRef: `ACME-ATS-${next}`,
      title: pickTitle(rng, family, locale, level),
      contractType,
      city: company.city,
      country: company.country,
      remote: rng.pick(['none', 'partial', 'full'] as const),
      ...offerPay(rng, contractType, level, company.country, company.city),
      currency: company.currency,
      ir35: null,
      skills: pickSkills(rng, family, rng.int(3, 6)),
      experienceLevel: level,
      description: pickDescription(rng, family, locale, level, contractType),
      expiresAt: ctx.dates.iso(ctx.refMs + rng.int(30, 60) * DAY),
      boardIds: [FREE_WORK],
    });
  }
  const offers = [fieldsOf(same1), fieldsOf(same2), raised, ...created];
  ctx.db.feedDocuments.push({
    id: 1,
    companyId: ACME,
    format: 'xml',
    content: `<?xml version="1.0" encoding="UTF-8"?>\n<feed>\n${offers.map(offerXml).join('\n')}\n</feed>\n`,
  });
}
