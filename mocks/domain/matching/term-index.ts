import type { Candidate, Identifier, Offer } from '../../../src/model/types';
import { TopK } from '../records/top-k';
import { DEFAULT_PARAMS, type MatchParams } from './params';
import {
  type Idf,
  idfOf,
  isRole,
  type PreparedCandidate,
  type PreparedOffer,
  prepareCandidate,
  prepareOffer,
} from './skills';

/** One term of a query, what holding it is worth, and which of the score's channels it feeds. */
export interface Term {
  term: string;
  weight: number;
  channel: number;
}

/** Skills and job words: summed apart, so a caller can weigh each. */
export const CHANNELS = 2;

/**
 * An inverted index by term (skill or job word) over prepared records, kept current by
 * add/update/remove, so a ranking only visits the records sharing a term with the query instead of
 * the whole pool. Each posting carries the record's credit for the term; the weights of a query are
 * summed per record and channel while walking the posting lists (term at a time, in typed arrays),
 * so the hot loop allocates nothing and never looks a term up per record.
 */
abstract class TermIndex<R extends { id: Identifier }, P extends { record: R }> {
  /** Append-only slots: a removed or updated record leaves a hole, so postings never point at the wrong record. */
  private entries: Array<P | undefined> = [];
  private readonly slotOf = new Map<Identifier, number>();
  private holes = 0;
  /** term -> slots of the records giving evidence of it, and their credit. */
  private postings = new Map<string, { slots: number[]; credits: number[] }>();
  /** term -> how many live records count for its rarity. */
  private readonly counts = new Map<string, number>();
  private sums = new Float64Array(0);
  private marks = new Uint32Array(0);
  private touched = new Int32Array(0);
  private stamp = 0;

  constructor(readonly params: MatchParams) {}

  /** Null when the record must not be ranked (e.g. an anonymised candidate). */
  protected abstract prepare(record: R): P | null;
  /** Each term the record gives evidence of, with its credit (the posting's value). */
  protected abstract termsOf(entry: P): Iterable<[string, number]>;
  /** The terms whose rarity this record counts for. */
  protected abstract counted(entry: P): Iterable<string>;

  get size(): number {
    return this.slotOf.size;
  }

  get(id: Identifier): P | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.entries[slot];
  }

  addAll(records: Iterable<R>): this {
    for (const record of records) this.add(record);
    return this;
  }

  /** Adds the record, or replaces the indexed version of it (same as update). */
  add(record: R): void {
    this.remove(record.id);
    const entry = this.prepare(record);
    if (entry) this.place(entry);
  }

  update(record: R): void {
    this.add(record);
  }

  remove(id: Identifier): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    const entry = this.entries[slot] as P;
    for (const term of this.counted(entry)) this.counts.set(term, (this.counts.get(term) ?? 1) - 1);
    this.entries[slot] = undefined;
    this.slotOf.delete(id);
    this.holes++;
    // Postings keep dead slots until they outweigh the live ones; then rebuild them all at once.
    if (this.holes > 1024 && this.holes > this.slotOf.size) this.compact();
  }

  /** Rarity of a term among the indexed records. */
  readonly idf: Idf = (term) => idfOf(this.size, this.counts.get(term) ?? 0);

  /**
   * Sums, per record and channel, the query's weights times the record's credits, and calls
   * `visit(entry, s0, s1)` once for every record reached, the `head` highest totals first.
   * Then, while `wantMore()` says a record sharing no term could still make it, visits up to
   * `fallbackScan` of the others with sums of 0, so a query of rare or unknown terms still gets a
   * list ranked on everything else.
   */
  forEachSharing(
    terms: readonly Term[],
    head: number,
    wantMore: () => boolean,
    fallbackScan: number,
    visit: (entry: P, s0: number, s1: number) => void,
  ): void {
    this.ensureCapacity();
    const stamp = this.nextStamp();
    const { entries, sums, marks, touched } = this;
    let reached = 0;
    for (const { term, weight, channel } of terms) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const { slots, credits } = posting;
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i];
        const base = slot * CHANNELS;
        if (marks[slot] !== stamp) {
          if (entries[slot] === undefined) continue;
          marks[slot] = stamp;
          sums[base] = 0;
          sums[base + 1] = 0;
          touched[reached++] = slot;
        }
        sums[base + channel] += weight * credits[i];
      }
    }
    const total = (slot: number) => sums[slot * CHANNELS] + sums[slot * CHANNELS + 1];
    // The strongest `head` first, so the caller's threshold rises at once and prunes the rest cheaply.
    const strongest = new TopK<number>(head);
    for (let i = 0; i < reached; i++) strongest.push(touched[i], touched[i], total(touched[i]));
    const first = new Set<number>();
    for (const { item: slot } of strongest.sorted()) {
      first.add(slot);
      visit(entries[slot] as P, sums[slot * CHANNELS], sums[slot * CHANNELS + 1]);
    }
    for (let i = 0; i < reached; i++) {
      const slot = touched[i];
      if (!first.has(slot)) visit(entries[slot] as P, sums[slot * CHANNELS], sums[slot * CHANNELS + 1]);
    }
    let scanned = 0;
    for (let slot = 0; slot < entries.length && scanned < fallbackScan && wantMore(); slot++) {
      const entry = entries[slot];
      if (!entry || marks[slot] === stamp) continue;
      scanned++;
      visit(entry, 0, 0);
    }
  }

  private place(entry: P): void {
    const slot = this.entries.length;
    this.entries.push(entry);
    this.slotOf.set(entry.record.id, slot);
    for (const [term, credit] of this.termsOf(entry)) {
      const posting = this.postings.get(term);
      if (posting) {
        posting.slots.push(slot);
        posting.credits.push(credit);
      } else this.postings.set(term, { slots: [slot], credits: [credit] });
    }
    for (const term of this.counted(entry)) this.counts.set(term, (this.counts.get(term) ?? 0) + 1);
  }

  private compact(): void {
    const live = this.entries.filter((e): e is P => e !== undefined);
    this.entries = [];
    this.holes = 0;
    this.slotOf.clear();
    this.postings = new Map();
    this.counts.clear();
    for (const entry of live) this.place(entry);
  }

  private ensureCapacity(): void {
    const n = this.entries.length;
    if (this.marks.length >= n) return;
    const size = Math.max(n, this.marks.length * 2, 1024);
    this.sums = new Float64Array(size * CHANNELS);
    this.marks = new Uint32Array(size);
    this.touched = new Int32Array(size);
    this.stamp = 0;
  }

  /** A fresh mark for "reached in this ranking", so no per-query set is allocated. */
  private nextStamp(): number {
    if (this.stamp === 0xffffffff) {
      this.marks.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}

/** Candidates by term; anonymised profiles are never ranked. */
export class MatchIndex extends TermIndex<Candidate, PreparedCandidate> {
  constructor(candidates: Iterable<Candidate> = [], params: MatchParams = DEFAULT_PARAMS) {
    super(params);
    this.addAll(candidates);
  }

  protected prepare(candidate: Candidate): PreparedCandidate | null {
    return candidate.anonymizedAt ? null : prepareCandidate(candidate, this.params);
  }

  protected termsOf(entry: PreparedCandidate): Iterable<[string, number]> {
    return entry.terms;
  }

  /** Listed skills and job words: a skill only mentioned or inferred does not make it common. */
  protected *counted(entry: PreparedCandidate): Iterable<string> {
    yield* entry.listed;
    for (const term of entry.terms.keys()) if (isRole(term)) yield term;
  }
}

/** Offers by term, for a candidate's "matching offers"; the caller decides which offers go in. */
export class OfferIndex extends TermIndex<Offer, PreparedOffer> {
  constructor(offers: Iterable<Offer> = [], params: MatchParams = DEFAULT_PARAMS) {
    super(params);
    this.addAll(offers);
  }

  protected prepare(offer: Offer): PreparedOffer {
    return prepareOffer(offer, this.params);
  }

  protected termsOf(entry: PreparedOffer): Iterable<[string, number]> {
    return entry.query;
  }

  protected counted(entry: PreparedOffer): Iterable<string> {
    return entry.skills;
  }
}
