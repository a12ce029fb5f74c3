import { offerText } from '../../../src/model/boards';
import type { Offer, OfferPublication } from '../../../src/model/types';
import type { Table } from '../../db/table';
import type { MockState } from '../../db/types';
import { companyRows } from '../records/indexes';
import type { CheckInput, DuplicateMatch } from './rules';
import { foldKeepLength, wordsOf } from './text';

/**
 * Near-duplicates of a company's live offers: an inverted index per company from word 3-shingles
 * (title and description) to the live offers holding them, so a check counts shared shingles over
 * the postings of the offer's own shingles instead of comparing it with every offer. Built for a
 * company on its first check, dropped when one of its offers or publications changes (Table.listen),
 * so it never serves a stale answer.
 */
const SHINGLE = 3;
/** Jaccard similarity of the shingle sets from which a repost is flagged. */
export const DUPLICATE_THRESHOLD = 0.8;

interface CompanyIndex {
  postings: Map<string, number[]>;
  sizes: Map<number, number>;
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

function stateIndex(state: MockState): StateIndex {
  const key = state.tables['offer-publications'];
  let index = indexes.get(key);
  if (!index) {
    const created: StateIndex = { companies: new Map() };
    const drop = (change: { row: { companyId?: number | null } }) => {
      if (typeof change.row.companyId === 'number') created.companies.delete(change.row.companyId);
    };
    (state.tables['offer-publications'] as Table<OfferPublication>).listen(drop);
    (state.tables.offers as Table<Offer>).listen(drop);
    indexes.set(key, created);
    index = created;
  }
  return index;
}

function build(state: MockState, companyId: number): CompanyIndex {
  const postings = new Map<string, number[]>();
  const sizes = new Map<number, number>();
  const publications = companyRows(state.tables['offer-publications'], companyId) as OfferPublication[];
  for (const publication of publications) {
    if (publication.state !== 'live' || sizes.has(publication.offerId)) continue;
    const offer = state.tables.offers.get(publication.offerId) as Offer | undefined;
    if (!offer) continue;
    const shingles = shinglesOf(offer.title, offerText(offer.description).text);
    sizes.set(offer.id, shingles.size);
    for (const shingle of shingles) {
      const list = postings.get(shingle);
      if (list) list.push(offer.id);
      else postings.set(shingle, [offer.id]);
    }
  }
  return { postings, sizes };
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
