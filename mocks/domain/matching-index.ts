import type { Candidate, Identifier, Offer } from '../../src/types';
import { TopK } from './matching-heap';
import {
  type Idf,
  idfOf,
  type PreparedCandidate,
  type PreparedOffer,
  prepareCandidate,
  prepareOffer,
  TEXT_SKILL_CREDIT,
} from './matching-skills';

/** One skill of a query and what holding it is worth. */
export interface Term {
  skill: string;
  weight: number;
}

/**
 * An inverted index by normalised skill over prepared records, kept current by add/update/remove,
 * so a ranking only visits the records sharing a skill with the query instead of the whole pool.
 * Skill weights are summed per record while walking the posting lists (term at a time, in typed
 * arrays), so the hot loop allocates nothing and never looks a skill up per record.
 */
abstract class SkillIndex<R extends { id: Identifier }, P extends { record: R }> {
  /** Append-only slots: a removed or updated record leaves a hole, so postings never point at the wrong record. */
  private entries: Array<P | undefined> = [];
  private readonly slotOf = new Map<Identifier, number>();
  private holes = 0;
  /** skill -> slots of the records listing it / only mentioning it in their text. */
  private listedPostings = new Map<string, number[]>();
  private mentionPostings = new Map<string, number[]>();
  /** skill -> how many live records list it: the rarity the IDF reads. */
  private readonly listedCount = new Map<string, number>();
  private sums = new Float64Array(0);
  private marks = new Uint32Array(0);
  private touched = new Int32Array(0);
  private stamp = 0;

  /** Null when the record must not be ranked (e.g. an anonymised candidate). */
  protected abstract prepare(record: R): P | null;
  protected abstract listed(entry: P): Iterable<string>;
  protected abstract mentioned(entry: P): Iterable<string>;

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
    for (const skill of this.listed(entry))
      this.listedCount.set(skill, (this.listedCount.get(skill) ?? 1) - 1);
    this.entries[slot] = undefined;
    this.slotOf.delete(id);
    this.holes++;
    // Postings keep dead slots until they outweigh the live ones; then rebuild them all at once.
    if (this.holes > 1024 && this.holes > this.slotOf.size) this.compact();
  }

  /** Rarity of a skill among the indexed records. */
  readonly idf: Idf = (skill) => idfOf(this.size, this.listedCount.get(skill) ?? 0);

  /**
   * Sums, per record, the weight of the terms it lists (a mention counts TEXT_SKILL_CREDIT of it)
   * and calls `visit(entry, sum)` once for every record reached, the `head` highest sums first. Then, while `wantMore()` says a
   * record sharing no skill could still make it, visits up to `fallbackScan` of the others with a
   * sum of 0, so a query with rare or unknown skills still gets a list ranked on everything else.
   */
  forEachSharing(
    terms: readonly Term[],
    head: number,
    wantMore: () => boolean,
    fallbackScan: number,
    visit: (entry: P, sum: number) => void,
  ): void {
    this.ensureCapacity();
    const stamp = this.nextStamp();
    const { entries, sums, marks, touched } = this;
    let reached = 0;
    const walk = (slots: number[] | undefined, weight: number) => {
      if (!slots) return;
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i];
        if (marks[slot] !== stamp) {
          if (entries[slot] === undefined) continue;
          marks[slot] = stamp;
          sums[slot] = 0;
          touched[reached++] = slot;
        }
        sums[slot] += weight;
      }
    };
    for (const { skill, weight } of terms) {
      walk(this.listedPostings.get(skill), weight);
      walk(this.mentionPostings.get(skill), weight * TEXT_SKILL_CREDIT);
    }
    // The strongest `head` first, so the caller's threshold rises at once and prunes the rest cheaply.
    const strongest = new TopK<number>(head);
    for (let i = 0; i < reached; i++) strongest.push(touched[i], touched[i], sums[touched[i]]);
    for (const { item: slot } of strongest.sorted()) {
      visit(entries[slot] as P, sums[slot]);
      sums[slot] = -1;
    }
    for (let i = 0; i < reached; i++) {
      const slot = touched[i];
      if (sums[slot] >= 0) visit(entries[slot] as P, sums[slot]);
    }
    let scanned = 0;
    for (let slot = 0; slot < entries.length && scanned < fallbackScan && wantMore(); slot++) {
      const entry = entries[slot];
      if (!entry || marks[slot] === stamp) continue;
      scanned++;
      visit(entry, 0);
    }
  }

  private place(entry: P): void {
    const slot = this.entries.length;
    this.entries.push(entry);
    this.slotOf.set(entry.record.id, slot);
    for (const skill of this.listed(entry)) {
      post(this.listedPostings, skill, slot);
      this.listedCount.set(skill, (this.listedCount.get(skill) ?? 0) + 1);
    }
    for (const skill of this.mentioned(entry)) post(this.mentionPostings, skill, slot);
  }

  private compact(): void {
    const live = this.entries.filter((e): e is P => e !== undefined);
    this.entries = [];
    this.holes = 0;
    this.slotOf.clear();
    this.listedPostings = new Map();
    this.mentionPostings = new Map();
    this.listedCount.clear();
    for (const entry of live) this.place(entry);
  }

  private ensureCapacity(): void {
    const n = this.entries.length;
    if (this.marks.length >= n) return;
    const size = Math.max(n, this.marks.length * 2, 1024);
    this.sums = new Float64Array(size);
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

function post(postings: Map<string, number[]>, skill: string, slot: number): void {
  const slots = postings.get(skill);
  if (slots) slots.push(slot);
  else postings.set(skill, [slot]);
}

/** Candidates by skill; anonymised profiles are never ranked. */
export class MatchIndex extends SkillIndex<Candidate, PreparedCandidate> {
  constructor(candidates: Iterable<Candidate> = []) {
    super();
    this.addAll(candidates);
  }

  protected prepare(candidate: Candidate): PreparedCandidate | null {
    return candidate.anonymizedAt ? null : prepareCandidate(candidate);
  }

  protected listed(entry: PreparedCandidate): Iterable<string> {
    return entry.skills;
  }

  protected mentioned(entry: PreparedCandidate): Iterable<string> {
    return entry.textSkills;
  }
}

/** Offers by skill, for a candidate's "matching offers"; the caller decides which offers go in. */
export class OfferIndex extends SkillIndex<Offer, PreparedOffer> {
  constructor(offers: Iterable<Offer> = []) {
    super();
    this.addAll(offers);
  }

  protected prepare(offer: Offer): PreparedOffer {
    return prepareOffer(offer);
  }

  protected listed(entry: PreparedOffer): Iterable<string> {
    return entry.skills;
  }

  protected mentioned(): Iterable<string> {
    return [];
  }
}
