/**
 * The seed's single source of randomness: a mulberry32 PRNG (fast, 32-bit state, good enough for
 * fake data) plus the helpers the pipeline needs. Never Math.random(): same seed, same data.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  bool(probability = 0.5): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by relative weights (same order as items). For hot loops, prefer weightedPicker. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i];
      if (r < 0) return items[i];
    }
    return items[items.length - 1];
  }

  /** `count` distinct items (or all of them if fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = items.slice();
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const tmp = copy[i];
      copy[i] = copy[j];
      copy[j] = tmp;
    }
    copy.length = n;
    return copy;
  }

  /** A skewed positive factor around 1 (log-normal-ish), for long-tailed counts. */
  skew(spread = 1): number {
    const u = this.next() + this.next() + this.next() - 1.5; // roughly normal, sd ~0.5
    return Math.exp(u * spread);
  }
}

/**
 * A precomputed cumulative table: picking is a binary search, not a loop over every weight, which
 * matters when the seed picks millions of times (offers per day, skills, companies).
 */
export function weightedPicker<T>(items: readonly T[], weights: readonly number[]): (rng: Random) => T {
  const cumulative = new Float64Array(items.length);
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    total += weights[i];
    cumulative[i] = total;
  }
  return (rng) => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/**
 * ISO strings at minute precision. At the large scale they are pooled, one string per minute: a
 * million applications' timestamps mostly fall on the same working-hour minutes of one year, so
 * rows share strings instead of holding millions of copies. Smaller scales skip the pool (their
 * minutes are mostly distinct, so it would only cost time).
 */
export class DatePool {
  private readonly hours = new Map<number, Array<string | undefined>>();
  /** "YYYY-MM-DDT" by day number: formatting is two lookups and a concatenation, no Date. */
  private readonly days = new Map<number, string>();

  constructor(private readonly pooled = false) {}

  iso(ms: number): string {
    const minute = Math.floor(ms / MINUTE);
    if (!this.pooled) return this.format(minute);
    const hour = Math.floor(minute / 60);
    let slots = this.hours.get(hour);
    if (slots === undefined) {
      slots = new Array<string | undefined>(60).fill(undefined);
      this.hours.set(hour, slots);
    }
    const m = minute - hour * 60;
    let text = slots[m];
    if (text === undefined) {
      text = this.format(minute);
      slots[m] = text;
    }
    return text;
  }

  /** A calendar date, YYYY-MM-DD. */
  day(ms: number): string {
    return this.iso(ms).slice(0, 10);
  }

  private format(minute: number): string {
    const day = Math.floor(minute / 1440);
    let prefix = this.days.get(day);
    if (prefix === undefined) {
      prefix = new Date(day * DAY).toISOString().slice(0, 11);
      this.days.set(day, prefix);
    }
    return prefix + CLOCK[minute - day * 1440];
  }
}

/** "HH:MM:00.000Z" for each minute of a day. */
const CLOCK: readonly string[] = Array.from(
  { length: 1440 },
  (_, m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00.000Z`,
);

/** Epoch ms of an ISO-8601 UTC string; the seed's own "YYYY-MM-DDTHH:MM:SS.sssZ" without Date.parse. */
export function parseIso(text: string): number {
  if (text.length !== 24 || text.charCodeAt(23) !== 90 /* Z */) return Date.parse(text);
  const n = (from: number, length: number) => digitsAt(text, from, length);
  return Date.UTC(n(0, 4), n(5, 2) - 1, n(8, 2), n(11, 2), n(14, 2), n(17, 2), n(20, 3));
}

function digitsAt(text: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** A time during working hours (08:00–19:00 UTC) on the day `ms` falls on. */
export function workingTime(rng: Random, ms: number): number {
  const dayStart = Math.floor(ms / DAY) * DAY;
  return dayStart + 8 * HOUR + rng.int(0, 11 * 60 - 1) * MINUTE;
}

/** FNV-1a: a stable 32-bit seed from a string key. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
