import type {
  Candidate,
  ContractType,
  ExperienceLevel,
  Offer,
  RemotePolicy,
} from '../../../../src/model/types';
import { candidate, offer } from '../../../matching/builders';

/**
 * The labelled matching set (see RUBRIC.md): offers and profiles written as they appear on job
 * boards, and the grade (0-3) a recruiter gives each pair, written by hand as data. Pairs not
 * graded are 0. Two halves: tuning-set.ts (tuning reads only this one) and held-out-set.ts.
 */

export type Grade = 0 | 1 | 2 | 3;
/** The main reason a pair is not a good fit: what a recruiter would pick under "Not a fit". */
export type Gap = 'skills' | 'seniority' | 'location' | 'pay' | 'other';

export interface OfferSpec {
  key: string;
  title: string;
  level: ExperienceLevel;
  city: string;
  remote: RemotePolicy;
  contract: ContractType;
  /** "50-60k" a year, or "600-700j" a day, in the city's currency. */
  pay: string;
  /** The offer's skill field as the recruiter typed it, comma separated. */
  skills: string;
  description: string;
}

export interface ProfileSpec {
  headline: string;
  /** The profile's skill field as typed: commas inside parentheses belong to one entry. */
  skills: string;
  years: number;
  city: string;
  remote: RemotePolicy;
  /** "55k" a year, "600j" a day, "55k/600j" both, null when not said. */
  pay: string | null;
  /** "perm", "free", "fixed", "intern", several joined by "|". */
  contracts: string;
  /** Days until the person can start. */
  avail: number;
  summary: string;
  grades: Record<string, Grade | [Grade, Gap]>;
}

export interface Half {
  name: 'tuning' | 'held-out';
  offers: OfferSpec[];
  profiles: ProfileSpec[];
}

export function o(
  key: string,
  title: string,
  level: ExperienceLevel,
  city: string,
  remote: RemotePolicy,
  contract: ContractType,
  pay: string,
  skills: string,
  description: string,
): OfferSpec {
  return { key, title, level, city, remote, contract, pay, skills, description };
}

export function p(
  grades: ProfileSpec['grades'],
  headline: string,
  skills: string,
  years: number,
  city: string,
  remote: RemotePolicy,
  pay: string | null,
  contracts: string,
  avail: number,
  summary = '',
): ProfileSpec {
  return { headline, skills, years, city, remote, pay, contracts, avail, summary, grades };
}

const GB_CITIES = new Set([
  'London',
  'Manchester',
  'Bristol',
  'Edinburgh',
  'Glasgow',
  'Leeds',
  'Birmingham',
  'Liverpool',
  'Sheffield',
  'Nottingham',
  'Cardiff',
]);
const countryOf = (city: string) => (GB_CITIES.has(city) ? 'GB' : 'FR');
/** The reference date of the seed: availability counts from it. */
const NOW = Date.parse('2026-11-02T09:00:00.000Z');
const CONTRACTS: Record<string, ContractType> = {
  perm: 'permanent',
  free: 'freelance',
  fixed: 'fixed-term',
  intern: 'internship',
};

/** "Java 11/17, Spring (Boot, Batch), Kafka" → ["Java 11/17", "Spring (Boot, Batch)", "Kafka"]. */
export function splitSkills(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

function money(text: string): { year: number | null; day: number | null } {
  let year: number | null = null;
  let day: number | null = null;
  for (const part of text.split('/')) {
    if (part.endsWith('k')) year = Number(part.slice(0, -1)) * 1000;
    else if (part.endsWith('j')) day = Number(part.slice(0, -1));
  }
  return { year, day };
}

export interface BuiltHalf {
  name: Half['name'];
  offers: Offer[];
  candidates: Candidate[];
  /** The recruiter's grade of a pair; 0 when not graded. */
  grade(offerId: number, candidateId: number): Grade;
  /** Why a pair graded below 2 is not a fit ('skills' when not written). */
  gap(offerId: number, candidateId: number): Gap;
  offerKey(offerId: number): string;
}

/** The records the engine ranks, ids from 1 in each half. */
export function build(half: Half): BuiltHalf {
  const offerIds = new Map<string, number>();
  const offers = half.offers.map((spec, i) => {
    const id = i + 1;
    offerIds.set(spec.key, id);
    const country = countryOf(spec.city);
    const [min, max] = spec.pay.replace(/[kj]$/, '').split('-').map(Number);
    const unit = spec.pay.endsWith('k') ? 1000 : 1;
    const daily = spec.pay.endsWith('j');
    return offer({
      id,
      reference: `EVAL-${half.name}-${id}`,
      title: spec.title,
      contractType: spec.contract,
      city: spec.city,
      country,
      currency: country === 'GB' ? 'GBP' : 'EUR',
      remote: spec.remote,
      salaryMin: daily ? null : min * unit,
      salaryMax: daily ? null : max * unit,
      dailyRateMin: daily ? min : null,
      dailyRateMax: daily ? max : null,
      ir35: country === 'GB' && spec.contract === 'freelance' ? 'outside' : null,
      skills: splitSkills(spec.skills),
      experienceLevel: spec.level,
      description: `<p>${spec.description}</p>`,
    });
  });
  const grades = new Map<string, [Grade, Gap]>();
  const candidates = half.profiles.map((spec, i) => {
    const id = i + 1;
    for (const [key, value] of Object.entries(spec.grades)) {
      const offerId = offerIds.get(key);
      if (offerId === undefined) throw new Error(`${half.name}: profile ${id} grades unknown offer ${key}`);
      grades.set(`${offerId}:${id}`, Array.isArray(value) ? value : [value, 'skills']);
    }
    const country = countryOf(spec.city);
    const pay = spec.pay ? money(spec.pay) : { year: null, day: null };
    return candidate({
      id,
      headline: spec.headline,
      skills: splitSkills(spec.skills),
      yearsOfExperience: spec.years,
      city: spec.city,
      country,
      currency: country === 'GB' ? 'GBP' : 'EUR',
      remote: spec.remote,
      desiredSalary: pay.year,
      desiredDailyRate: pay.day,
      contractTypes: spec.contracts.split('|').map((c) => CONTRACTS[c]),
      availableFrom: new Date(NOW + spec.avail * 86_400_000).toISOString().slice(0, 10),
      summary: spec.summary,
    });
  });
  const keys = new Map([...offerIds].map(([key, id]) => [id, key]));
  return {
    name: half.name,
    offers,
    candidates,
    grade: (offerId, candidateId) => grades.get(`${offerId}:${candidateId}`)?.[0] ?? 0,
    gap: (offerId, candidateId) => grades.get(`${offerId}:${candidateId}`)?.[1] ?? 'skills',
    offerKey: (offerId) => keys.get(offerId) ?? String(offerId),
  };
}
