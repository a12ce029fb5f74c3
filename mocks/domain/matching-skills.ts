import { ALIASES, normalizeSkill, normalizeSkills, SKILL_NAMES, SKILLS } from '../../src/common/skills';
import type { Candidate, MatchReason, Offer } from '../../src/types';
import { cityKey, dateMs } from './matching-signals';

/**
 * The skill side of matching: records prepared once (skills normalised through the shared
 * vocabulary, skills spotted in the headline and summary), rarity weights, and the skill fit.
 */

export interface PreparedOffer {
  record: Offer;
  /** Normalised, deduplicated, in the offer's order. */
  skills: string[];
  cityKey: string;
}

export interface PreparedCandidate {
  record: Candidate;
  skills: Set<string>;
  /** Known skills found in headline/summary that the candidate did not list: partial credit. */
  textSkills: Set<string>;
  cityKey: string;
  availableAt: number | null;
}

/** A skill written only in the headline or summary counts this much of a listed one. */
export const TEXT_SKILL_CREDIT = 0.5;

export function prepareOffer(offer: Offer): PreparedOffer {
  return { record: offer, skills: normalizeSkills(offer.skills), cityKey: cityKey(offer.city) };
}

export function prepareCandidate(candidate: Candidate): PreparedCandidate {
  const skills = new Set(normalizeSkills(candidate.skills));
  const textSkills = new Set<string>();
  for (const skill of extractSkills(`${candidate.headline}\n${candidate.summary}`)) {
    if (!skills.has(skill)) textSkills.add(skill);
  }
  return {
    record: candidate,
    skills,
    textSkills,
    cityKey: cityKey(candidate.city),
    availableAt: dateMs(candidate.availableFrom),
  };
}

// --- Skills in free text ---------------------------------------------------------------------

const CANONICAL = new Set(SKILL_NAMES);
/** Spellings exactly as the vocabulary writes them, for words too ambiguous to match loosely. */
const VERBATIM = new Set([...SKILL_NAMES, ...Object.keys(ALIASES)]);
/** Ordinary words (en/fr) that are also skill names or aliases: in prose they need the exact spelling. */
const COMMON_WORDS = new Set([
  'rest',
  'express',
  'spring',
  'vault',
  'swift',
  'lambda',
  'oracle',
  'shell',
  'node',
  'nest',
  'argo',
  'dart',
  'kube',
  'cyber',
  'unix',
  'jetpack',
  'mongo',
  'vue',
  'agile',
  'spark',
  'helm',
]);
const MAX_GRAM = 3;
/** First words of the multi-word skills ("spring" of "Spring Boot"): only these start a phrase lookup. */
const PHRASE_STARTS = new Set(
  [...VERBATIM].filter((name) => name.includes(' ')).map((name) => name.split(' ')[0].toLowerCase()),
);
const memo = new Map<string, string | null>();

/** Known canonical skills mentioned in a text ("5 yrs of ReactJS and k8s" → React, Kubernetes). */
export function extractSkills(text: string): string[] {
  const tokens = tokenize(text);
  const found = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    let step = 1;
    // Longest phrase first, so "React Native" is not read as "React".
    const longest = PHRASE_STARTS.has(tokens[i].toLowerCase()) ? Math.min(MAX_GRAM, tokens.length - i) : 1;
    for (let n = longest; n >= 1; n--) {
      const skill = lookup(n === 1 ? tokens[i] : tokens.slice(i, i + n).join(' '));
      if (skill) {
        found.add(skill);
        step = n;
        break;
      }
    }
    i += step;
  }
  return [...found];
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const raw of text.split(/[\s,;:()[\]{}|!?«»"“”]+/)) {
    // Sentence punctuation off, but ".NET" keeps its dot and "C#", "C++" their signs.
    const token = raw.replace(/^['‘’]+/, '').replace(/[.'‘’]+$/, '');
    if (!token) continue;
    // "React/Vue" is two skills, "CI/CD" and "PL/SQL" are one.
    if (token.includes('/') && !lookup(token)) tokens.push(...token.split('/').filter(Boolean));
    else tokens.push(token);
  }
  return tokens;
}

function lookup(phrase: string): string | null {
  const cached = memo.get(phrase);
  if (cached !== undefined) return cached;
  const skill = normalizeSkill(phrase);
  const folded = phrase.toLowerCase().replace(/[\s.\-_]+/g, '');
  const ambiguous = folded.length <= 2 || COMMON_WORDS.has(folded);
  const result = CANONICAL.has(skill) && (!ambiguous || VERBATIM.has(phrase)) ? skill : null;
  // Free text from a large pool: keep the cache bounded.
  if (memo.size > 100_000) memo.clear();
  memo.set(phrase, result);
  return result;
}

// --- Rarity ----------------------------------------------------------------------------------

export type Idf = (skill: string) => number;

/** Inverse document frequency, smoothed: ubiquitous skills weigh ~1, rare ones several times more. */
export function idfOf(documents: number, withSkill: number): number {
  return 1 + Math.log((documents + 1) / (withSkill + 1));
}

/**
 * Rarity without a pool (scoreMatch on its own): the vocabulary's market frequency stands in for
 * the share of candidates holding the skill; skills outside the vocabulary count as rare.
 */
const PRIOR_SCALE = 300; // the most frequent skill (weight 100) ~ held by 30 % of profiles
const PRIOR = new Map(SKILLS.map((s) => [s.name, idfOf(1000, (s.weight * PRIOR_SCALE) / 100)]));
const PRIOR_UNKNOWN = idfOf(1000, 5);
export const priorIdf: Idf = (skill) => PRIOR.get(skill) ?? PRIOR_UNKNOWN;

// --- Fit -------------------------------------------------------------------------------------

export interface SkillDetail {
  matchedSkills: string[];
  missingSkills: string[];
  reasons: MatchReason[];
}

/** Rarity-weighted share (0..1) of the offer's skills the candidate has; 0.5 if the offer lists none. */
export function skillFit(
  offer: PreparedOffer,
  candidate: PreparedCandidate,
  idf: Idf,
  out?: SkillDetail,
): number {
  const skills = offer.skills;
  if (skills.length === 0) return 0.5;
  let total = 0;
  let got = 0;
  for (const skill of skills) {
    const weight = idf(skill);
    total += weight;
    if (candidate.skills.has(skill)) got += weight;
    else if (candidate.textSkills.has(skill)) got += weight * TEXT_SKILL_CREDIT;
  }
  if (out) explainSkills(skills, candidate, out);
  return got / total;
}

function explainSkills(skills: string[], candidate: PreparedCandidate, out: SkillDetail): void {
  const listed = skills.filter((s) => candidate.skills.has(s));
  const inText = skills.filter((s) => !candidate.skills.has(s) && candidate.textSkills.has(s));
  const missing = skills.filter((s) => !candidate.skills.has(s) && !candidate.textSkills.has(s));
  out.matchedSkills.push(...listed, ...inText);
  out.missingSkills.push(...missing);
  const total = skills.length;
  if (listed.length > 0) {
    out.reasons.push({
      kind: 'skills',
      key: 'matching.reasons.skillsMatched',
      values: { skills: listed.join(', '), count: listed.length, total },
      positive: true,
    });
  }
  if (inText.length > 0) {
    out.reasons.push({
      kind: 'skills',
      key: 'matching.reasons.skillsInProfileText',
      values: { skills: inText.join(', '), count: inText.length },
      positive: true,
    });
  }
  if (missing.length > 0) {
    out.reasons.push({
      kind: 'skills',
      key: 'matching.reasons.skillsMissing',
      values: { skills: missing.join(', '), count: missing.length, total },
      positive: false,
    });
  }
}
