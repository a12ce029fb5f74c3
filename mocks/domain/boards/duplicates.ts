import { offerText } from '../../../src/model/boards';
import type { Offer, OfferPublication } from '../../../src/model/types';
import type { Table, TableChange } from '../../db/table';
import type { MockState } from '../../db/types';
import { companyRows } from '../records/indexes';
import type { CheckInput, DuplicateMatch } from './rules';
import { foldKeepLength, wordsOf } from './text';

/**
 * Near-duplicates of a company's live offers: an inverted index per company from word 3-shingles
 * (title and description) to the live offers holding them, so a check counts shared shingles over
 * the postings of the offer's own shingles instead of comparing it with every offer. Built for a
 * company on its first check, then kept current by each write to its offers and publications
 * (Table.listen), so it never serves a stale answer and is never rebuilt.
 */
const SHINGLE = 3;
/** Jaccard similarity of the shingle sets from which a repost is flagged. */
export const DUPLICATE_THRESHOLD = 0.8;

interface CompanyIndex {
  postings: Map<string, Set<number>>;
  sizes: Map<number, number>;
  /** Each indexed offer's shingles, to take it out of the postings again. */
  shingles: Map<number, Set<string>>;
  /** Live publications per offer: an offer is indexed while it has at least one. */
  live: Map<number, number>;
}

interface StateIndex {
  companies: Map<number, CompanyIndex>;
}

const indexes = new WeakMap<object, StateIndex>();

export function shinglesOf(title: string, text: string): Set<string> {
  const words = wordsOf(`${foldKeepLength(title)} ${foldKeepLength(text)}`);
  const out = new Set<string>();
  if (words.length < SHINGLE) {
    if (words.length > 0) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

function addOffer(company: CompanyIndex, offer: Offer): void {
  const shingles = shinglesOf(offer.title, offerText(offer.description).text);
  company.sizes.set(offer.id, shingles.size);
  company.shingles.set(offer.id, shingles);
  for (const shingle of shingles) {
    const set = company.postings.get(shingle);
    if (set) set.add(offer.id);
    else company.postings.set(shingle, new Set([offer.id]));
  }
}

function dropOffer(company: CompanyIndex, offerId: number): void {
  for (const shingle of company.shingles.get(offerId) ?? []) {
    const set = company.postings.get(shingle);
    set?.delete(offerId);
    if (set?.size === 0) company.postings.delete(shingle);
  }
  company.shingles.delete(offerId);
  company.sizes.delete(offerId);
}

type PublicationChange = TableChange<OfferPublication>;

/** Keeps a built company index current with one publication change (its offer's live count). */
function followPublication(state: MockState, index: StateIndex, change: PublicationChange): void {
  const company = index.companies.get(change.row.companyId);
  if (!company) return;
  const offerId = change.row.offerId;
  const was =
    change.kind === 'insert'
      ? false
      : (change.kind === 'replace' ? change.before : change.row).state === 'live';
  const is = change.kind === 'remove' ? false : change.row.state === 'live';
  if (was === is) return;
  const count = (company.live.get(offerId) ?? 0) + (is ? 1 : -1);
  if (count > 0) company.live.set(offerId, count);
  else company.live.delete(offerId);
  if (count === 1 && is) {
    const offer = state.tables.offers.get(offerId) as Offer | undefined;
    if (offer) addOffer(company, offer);
  } else if (count === 0) dropOffer(company, offerId);
}

/** Keeps a built company index current with one offer change: new text is indexed again. */
function followOffer(index: StateIndex, change: TableChange<Offer>): void {
  const offer = change.row;
  const company = index.companies.get(offer.companyId);
  if (!company?.sizes.has(offer.id)) return;
  dropOffer(company, offer.id);
  if (change.kind === 'replace') addOffer(company, offer);
}

function stateIndex(state: MockState): StateIndex {
  const key = state.tables['offer-publications'];
  let index = indexes.get(key);
  if (!index) {
    const created: StateIndex = { companies: new Map() };
    // Each write updates the postings of its own offer, so a feed of thousands does not rebuild the index per offer.
    (state.tables['offer-publications'] as Table<OfferPublication>).listen((change) =>
      followPublication(state, created, change),
    );
    (state.tables.offers as Table<Offer>).listen((change) => followOffer(created, change));
    indexes.set(key, created);
    index = created;
  }
  return index;
}

function build(state: MockState, companyId: number): CompanyIndex {
  const company: CompanyIndex = {
    postings: new Map(),
    sizes: new Map(),
    shingles: new Map(),
    live: new Map(),
  };
  const publications = companyRows(state.tables['offer-publications'], companyId) as OfferPublication[];
  for (const publication of publications) {
    if (publication.state !== 'live') continue;
    const count = (company.live.get(publication.offerId) ?? 0) + 1;
    company.live.set(publication.offerId, count);
    if (count > 1) continue;
    const offer = state.tables.offers.get(publication.offerId) as Offer | undefined;
    if (offer) addOffer(company, offer);
  }
  return company;
}

/** The company's live offer the input most resembles, when it is at least DUPLICATE_THRESHOLD alike. */
export function findDuplicate(state: MockState, input: CheckInput): DuplicateMatch | undefined {
  const index = stateIndex(state);
  const companyId = input.offer.companyId;
  let company = index.companies.get(companyId);
  if (!company) {
    company = build(state, companyId);
    index.companies.set(companyId, company);
  }
  const shingles = shinglesOf(input.title, input.description.text);
  const shared = new Map<number, number>();
  for (const shingle of shingles)
    for (const offerId of company.postings.get(shingle) ?? [])
      if (offerId !== input.offer.id) shared.set(offerId, (shared.get(offerId) ?? 0) + 1);
  let best: DuplicateMatch | undefined;
  for (const [offerId, count] of shared) {
    const similarity = count / (shingles.size + (company.sizes.get(offerId) ?? 0) - count);
    if (similarity >= DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) {
      const offer = state.tables.offers.get(offerId) as Offer;
      best = { offerId, reference: offer.reference, similarity };
    }
  }
  return best;
}
