import { BOARD_SLOTS_BY_PLAN, queueOrder, stateAfterChecks, worstSeverity } from '../../src/model/boards';
import type { Board, Offer, OfferPublication } from '../../src/model/types';
import { checkInput, runChecks } from '../domain/boards/rules';
import { DAY } from './random';
import { DEMO_COMPANY_IDS, derivedRandom, type SeedContext } from './seed-context';

/**
 * The job boards and where each published offer appears. Free-Work for France; technojobs.co.uk and
 * womenintech.co.uk for the UK, the last one asking for a pay range and inclusive wording.
 */
export const SEED_BOARDS: ReadonlyArray<Omit<Board, 'id' | 'version' | 'createdAt'>> = [
  {
    name: 'Free-Work',
    url: 'https://www.free-work.com',
    country: 'FR',
    languages: ['fr'],
    rules: { requiresPayRange: false, inclusiveWording: false, minWords: 40 },
    active: true,
  },
  {
    name: 'technojobs.co.uk',
    url: 'https://www.technojobs.co.uk',
    country: 'GB',
    languages: ['en'],
    rules: { requiresPayRange: false, inclusiveWording: false, minWords: 40 },
    active: true,
  },
  {
    name: 'womenintech.co.uk',
    url: 'https://www.womenintech.co.uk',
    country: 'GB',
    languages: ['en'],
    rules: { requiresPayRange: true, inclusiveWording: true, minWords: 60 },
    active: true,
  },
];

export function createBoards(ctx: SeedContext): void {
  const createdAt = ctx.dates.iso(ctx.refMs - 400 * DAY);
  SEED_BOARDS.forEach((board, index) => {
    ctx.db.boards.push({ id: index + 1, version: 1, ...board, createdAt });
  });
}

/** Share of the UK offers also sent to womenintech.co.uk. */
const WOMEN_IN_TECH_SHARE = 0.25;
/**
 * The demo tenants' publications this recent are seeded through the real checks, so the queue has
 * the work they would give it; only theirs, so the checks add no time to seeding the `large` scale.
 */
const CHECKED_WITHIN_MS = DAY;

/**
 * One publication per published offer on its country's board, and some UK offers on
 * womenintech.co.uk too, within each company's slots per board. Live while the offer is, expired once
 * it closed; the demo tenants' last-day submissions go through the checks and land where those send them.
 * Draws from a stream of its own, so no earlier value moves.
 */
export function createPublications(ctx: SeedContext): void {
  const rng = derivedRandom(ctx, 'offer-publications');
  const { db } = ctx;
  const used = new Map<string, number>();
  const add = (offer: Offer, boardId: number, share: number) => {
    const company = db.companies[offer.companyId - 1];
    const key = `${offer.companyId}:${boardId}`;
    const active = offer.status === 'published' || offer.status === 'paused';
    if (active) {
      const count = used.get(key) ?? 0;
      if (count >= BOARD_SLOTS_BY_PLAN[company.plan]) return;
      used.set(key, count + 1);
    }
    const submittedAt = offer.publishedAt as string;
    const board = db.boards[boardId - 1];
    const findings =
      active &&
      DEMO_COMPANY_IDS.includes(offer.companyId) &&
      ctx.refMs - Date.parse(submittedAt) < CHECKED_WITHIN_MS
        ? runChecks(checkInput(offer, board))
        : [];
    const state = active ? stateAfterChecks(findings) : 'expired';
    const blocking = findings.find((finding) => finding.severity === 'blocking');
    const counted = state === 'live' || state === 'expired';
    db['offer-publications'].push({
      id: db['offer-publications'].length + 1,
      version: 1,
      offerId: offer.id,
      boardId,
      companyId: offer.companyId,
      state,
      findings,
      severity: worstSeverity(findings),
      queueOrder: queueOrder(findings, submittedAt),
      rejectionCode: blocking ? blocking.rule : null,
      rejectionReason: null,
      submittedAt,
      decidedAt: state === 'pending-review' ? null : submittedAt,
      decidedBy: null,
      views: counted ? Math.round(offer.views * share) : 0,
      applicationsCount: counted ? Math.round(offer.applicationsCount * share) : 0,
    } satisfies OfferPublication);
  };
  for (const offer of db.offers) {
    if (offer.publishedAt === null) continue;
    const alsoWomenInTech = offer.country === 'GB' && rng.bool(WOMEN_IN_TECH_SHARE);
    add(offer, offer.country === 'FR' ? 1 : 2, alsoWomenInTech ? 0.7 : 1);
    if (alsoWomenInTech) add(offer, 3, 0.3);
  }
}
