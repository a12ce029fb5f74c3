/**
 * Brute-force reference versions of the stats aggregates: plain filters, Date objects and full sorts,
 * written apart from mocks/domain/stats-* so a shared mistake cannot hide. Only for small data.
 */
import type { Dataset } from '../../mocks/db/types';
import type { Application, Company, Country, Offer, Stage } from '../../src/model/types';

const DAY = 86_400_000;
export interface Filter {
  from: string; // YYYY-MM-DD
  to: string;
  country: Country | null;
  companyId: number | null;
}

const startMs = (f: Filter) => Date.parse(`${f.from}T00:00:00Z`);
const endMs = (f: Filter) => Date.parse(`${f.to}T00:00:00Z`) + DAY; // exclusive
export const within = (iso: string | null | undefined, f: Filter) =>
  !!iso && Date.parse(iso) >= startMs(f) && Date.parse(iso) < endMs(f);

export function offerById(db: Dataset) {
  const m = new Map<number, Offer>();
  for (const o of db.offers) m.set(o.id, o);
  return m;
}
export const offerMatches = (o: Offer, f: Filter) =>
  (f.companyId === null || o.companyId === f.companyId) && (f.country === null || o.country === f.country);
export const appMatches = (a: Application, f: Filter, offers: Map<number, Offer>) =>
  (f.companyId === null || a.companyId === f.companyId) &&
  (f.country === null || offers.get(a.offerId)?.country === f.country);
export const companyMatches = (c: Company, f: Filter) =>
  (f.companyId === null || c.id === f.companyId) && (f.country === null || c.country === f.country);

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
export function p75(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = 0.75 * (s.length - 1);
  const below = s[Math.floor(rank)];
  const above = s[Math.ceil(rank)];
  return below + (above - below) * (rank - Math.floor(rank));
}
export const r1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

/** Bucket label of a day: itself, the Monday of its week, or the 1st of its month, never before `from`. */
export function bucketLabel(iso: string, size: 'day' | 'week' | 'month', from: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (size === 'week') d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  if (size === 'month') d.setUTCDate(1);
  const label = d.toISOString().slice(0, 10);
  return label < from ? from : label;
}
export function allLabels(f: Filter, size: 'day' | 'week' | 'month'): string[] {
  const labels: string[] = [];
  for (let t = startMs(f); t < endMs(f); t += DAY) {
    const label = bucketLabel(new Date(t).toISOString(), size, f.from);
    if (labels[labels.length - 1] !== label) labels.push(label);
  }
  return labels;
}

const FUNNEL: Stage[] = ['new', 'screening', 'interview', 'technical', 'offer', 'hired'];
export function furthest(a: Application): number {
  const indexes = [...a.history.map((h) => FUNNEL.indexOf(h.stage)), FUNNEL.indexOf(a.stage), 0];
  return Math.max(...indexes);
}
export const hireTime = (a: Application) =>
  a.stage === 'hired' ? (a.history.filter((h) => h.stage === 'hired').pop()?.at ?? a.stageChangedAt) : null;
export const finished = (a: Application) => ['hired', 'rejected', 'withdrawn'].includes(a.stage);

/** The documented account rule: paying (not trial), created before, not churned (at lastActivityAt) by then. */
export function activeAt(c: Company, beforeMs: number): boolean {
  if (c.status === 'trial' || Date.parse(c.createdAt) >= beforeMs) return false;
  if (c.status !== 'churned') return true;
  return Date.parse(c.lastActivityAt ?? c.createdAt) >= beforeMs;
}
