import { ALIASES, compoundSkills, lookupSkill, SKILL_NAMES, SKILLS } from '../../../src/model/skills';
import type { Candidate, MatchReason, Offer } from '../../../src/model/types';
import type { MatchParams } from './params';
import { cityKey, dateMs, LEVEL_YEARS } from './signals';
import { alternativesOf, findRoles, parentsOf, ROLE_PREFIX, ROLE_WEIGHT } from './vocabulary';

/**
 * The evidence side of matching. A record is prepared once into terms: the canonical skills it
 * gives evidence of and the job words of its title or headline (matching/vocabulary.ts ROLES).
 * A candidate's term carries a credit in 0..1 (listed 1, named in the headline or summary less, a
 * parent or an interchangeable skill of a held one less again); an offer's term carries a query
 * weight (a skill its title names counts more, one only its description names less). A fit is the
 * share of the offer's rarity-weighted terms the candidate covers.
 */

export interface PreparedOffer {
  record: Offer;
  /** The skills the offer lists, canonical, deduplicated, in its order. */
  skills: string[];
  /** Weight of each term before rarity. */
  query: Map<string, number>;
  /** Years of experience asked: the description's figure when it states one, else the level's minimum. */
  requiredYears: number;
  cityKey: string;
}

export type Evidence = 'listed' | 'headline' | 'summary' | 'parent' | 'alternative' | 'text';

export interface PreparedCandidate {
  record: Candidate;
  /** Credit (0..1) of every term the profile gives evidence of. */
  terms: Map<string, number>;
  /** What gave each skill its credit, and from which held skill for a parent or an alternative. */
  evidence: Map<string, { kind: Evidence; from?: string }>;
  /** Skills listed (what rarity counts). */
  listed: Set<string>;
  cityKey: string;
  availableAt: number | null;
}

export const isRole = (term: string): boolean => term.startsWith(ROLE_PREFIX);
/** A skill as free text names it (title, headline...), apart from the skill fields. */
export const TEXT_PREFIX = 'text:';
/** Terms of the text signal: job words, and skills named in the free text. */
export const isText = (term: string): boolean => term.startsWith(TEXT_PREFIX) || isRole(term);

// --- Skills in free text ---------------------------------------------------------------------

/** Spellings exactly as the vocabulary writes them, for words too ambiguous to match loosely. */
const VERBATIM = new Set([...SKILL_NAMES, ...Object.keys(ALIASES)]);
/** Ordinary words (en/fr) that are also skill names or spellings: in prose they need the exact spelling. */
// biome-ignore format: a list reads better dense
const COMMON_WORDS = new Set([
  'rest', 'express', 'spring', 'vault', 'swift', 'lambda', 'oracle', 'shell', 'node', 'nest', 'argo', 'dart',
  'kube', 'cyber', 'unix', 'jetpack', 'mongo', 'vue', 'agile', 'spark', 'helm', 'support', 'coaching',
  'facilitation', 'discovery', 'backlog', 'budgets', 'requirements', 'recette', 'lightning', 'sentinel',
  'combine', 'unity', 'statistics', 'statistiques', 'lean', 'notion', 'excel', 'exchange', 'pest', 'karma',
  'apex', 'can', 'arm', 'rag', 'ado', 'tal', 'bootstrap', 'sketch', 'fibre', 'fiber', 'catalyst', 'nexus',
  'routing', 'switching', 'squash', 'roadmap', 'budget', 'forensic', 'kali', 'burp', 'windows', 'test',
]);
const MAX_GRAM = 3;
/** First words of the multi-word spellings ("spring" of "Spring Boot"): only these start a phrase lookup. */
const PHRASE_STARTS = new Set(
  [...VERBATIM]
    .filter((name) => name.includes(' '))
    .map((name) =>
      name
        .split(' ')[0]
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase(),
    ),
);
const memo = new Map<string, string | null>();
/** Headlines and summaries repeat a lot across a pool: each text is read once (bounded). */
const textMemo = new Map<string, string[]>();
const foldedStart = new Map<string, string>();

/** Known canonical skills mentioned in a text ("5 yrs of ReactJS and k8s" → React, Kubernetes). */
export function extractSkills(text: string): string[] {
  const known = textMemo.get(text);
  if (known) return known;
  const skills = scan(text);
  if (textMemo.size > 50_000) textMemo.clear();
  textMemo.set(text, skills);
  return skills;
}

function startOf(token: string): string {
  let folded = foldedStart.get(token);
  if (folded === undefined) {
    folded = token
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    if (foldedStart.size > 100_000) foldedStart.clear();
    foldedStart.set(token, folded);
  }
  return folded;
}

function scan(text: string): string[] {
  const tokens = tokenize(text);
  const found = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    let step = 1;
    // Longest phrase first, so "React Native" is not read as "React".
    const longest = PHRASE_STARTS.has(startOf(tokens[i])) ? Math.min(MAX_GRAM, tokens.length - i) : 1;
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
  for (const raw of text.split(/[\s,;:()[\]{}|!?«»"“”–—]+/)) {
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
  const folded = phrase
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s.\-_]+/g, '');
  const ambiguous = folded.length <= 2 || COMMON_WORDS.has(folded) || /^\d/.test(folded);
  const result = !ambiguous || VERBATIM.has(phrase) ? lookupSkill(phrase) : null;
  // Free text from a large pool: keep the cache bounded.
  if (memo.size > 100_000) memo.clear();
  memo.set(phrase, result);
  return result;
}

// --- Skill fields as people fill them ----------------------------------------------------------

/**
 * A skill field as typed, read into canonical skills: "Java 11/17" is Java, "HTML/CSS" is HTML and
 * CSS, "SAP FI/CO" is SAP FI and SAP CO, "Spring (Boot, Batch)" is Spring and Spring Boot,
 * "Routing & switching Cisco" names Cisco; an entry naming no known skill is kept as typed.
 */
export function readSkills(entries: readonly string[]): string[] {
  const out = new Set<string>();
  for (const entry of entries) for (const skill of readEntry(entry)) out.add(skill);
  return [...out];
}

/** The same entries recur across a pool ("React", "Java 17"): each is read once (bounded). */
const entryMemo = new Map<string, string[]>();

function readEntry(entry: string): string[] {
  let skills = entryMemo.get(entry);
  if (!skills) {
    skills = readNewEntry(entry);
    if (entryMemo.size > 50_000) entryMemo.clear();
    entryMemo.set(entry, skills);
  }
  return skills;
}

function readNewEntry(entry: string): string[] {
  const cleaned = entry.replace(/\s+/g, ' ').trim();
  if (!cleaned) return [];
  const compound = compoundSkills(cleaned);
  if (compound) return [...compound];
  const outer = cleaned
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const found = [...resolve(outer), ...inParentheses(cleaned, outer)];
  return found.length > 0 ? found : [cleaned];
}

function resolve(text: string): string[] {
  if (!text) return [];
  const whole = lookupSkill(text) ?? compoundSkills(text);
  if (typeof whole === 'string') return [whole];
  if (whole) return [...whole];
  if (text.includes('/')) {
    const parts = text
      .split('/')
      .map((p) => p.trim())
      .filter(Boolean);
    // "SAP FI/CO", "Java 11/17": the second part borrows the first one's leading words.
    const carry = parts[0].split(' ').slice(0, -1).join(' ');
    const names = parts.map((part) => lookupSkill(part) ?? (carry ? lookupSkill(`${carry} ${part}`) : null));
    if (names.every((n): n is string => n !== null)) return names;
  }
  return extractSkills(text);
}

function inParentheses(entry: string, outer: string): string[] {
  const items = [...entry.matchAll(/\(([^)]*)\)/g)].flatMap((m) => m[1].split(/[,;&]/)).map((s) => s.trim());
  const first = outer.split(' ')[0];
  const out: string[] = [];
  for (const item of items) {
    if (!item) continue;
    const skill = lookupSkill(item) ?? lookupSkill(`${outer} ${item}`) ?? lookupSkill(`${first} ${item}`);
    if (skill) out.push(skill);
  }
  return out;
}

// --- Preparing records -----------------------------------------------------------------------

export function stripHtml(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;|&#160;/g, ' ');
}

/**
 * The minimum years an offer's text states ("5 ans minimum", "3+ years", "2 à 5 ans"), when it
 * does; a company's age ("depuis 10 ans", "for 20 years") is not one.
 */
export function statedYears(text: string): number | null {
  const pattern =
    /(depuis|il y a|since|for over|for|over)?\s*(\d{1,2})\s*(?:\+|à\s*\d{1,2}|-\s*\d{1,2}|to\s*\d{1,2})?\s*(?:ans|années|annees|years?|yrs)\b/gi;
  for (const match of text.matchAll(pattern)) {
    if (match[1]) continue;
    const years = Number(match[2]);
    if (years <= 15) return years;
  }
  return null;
}

export function prepareOffer(offer: Offer, params: MatchParams): PreparedOffer {
  const skills = readSkills(offer.skills);
  const query = new Map<string, number>();
  const titleSkills = new Set(extractSkills(offer.title));
  for (const skill of skills) query.set(skill, titleSkills.has(skill) ? params.offer.titleSkill : 1);
  for (const skill of titleSkills) if (!query.has(skill)) query.set(skill, params.offer.titleSkill);
  const description = stripHtml(offer.description);
  const described = extractSkills(description);
  for (const skill of described) if (!query.has(skill)) query.set(skill, params.offer.descriptionSkill);
  // The text signal: what the title and the description say, job words and skills alike.
  const text = (key: string, weight: number) => {
    if (!query.has(key)) query.set(key, weight);
  };
  for (const skill of titleSkills) text(TEXT_PREFIX + skill, 1);
  for (const role of findRoles(offer.title)) text(ROLE_PREFIX + role.key, 1);
  for (const skill of described) text(TEXT_PREFIX + skill, params.offer.descriptionText);
  for (const role of findRoles(description)) text(ROLE_PREFIX + role.key, params.offer.descriptionText);
  const levelMin = LEVEL_YEARS[offer.experienceLevel][0];
  // A junior offer's "1 à 2 ans" still welcomes a first job; above junior, the text's figure stands.
  const stated = offer.experienceLevel === 'junior' ? null : statedYears(description);
  return {
    record: offer,
    skills,
    query,
    requiredYears: stated !== null && stated >= levelMin ? stated : levelMin,
    cityKey: cityKey(offer.city),
  };
}

export function prepareCandidate(candidate: Candidate, params: MatchParams): PreparedCandidate {
  const terms = new Map<string, number>();
  const evidence = new Map<string, { kind: Evidence; from?: string }>();
  const give = (term: string, credit: number, kind: Evidence, from?: string) => {
    if (credit > (terms.get(term) ?? 0)) {
      terms.set(term, credit);
      evidence.set(term, from ? { kind, from } : { kind });
    }
  };
  const listed = new Set(readSkills(candidate.skills));
  for (const skill of listed) give(skill, 1, 'listed');
  for (const skill of extractSkills(candidate.headline)) give(skill, params.credit.headline, 'headline');
  for (const skill of extractSkills(candidate.summary)) give(skill, params.credit.summary, 'summary');
  // Partial credit flows from what the profile shows first-hand, one step only.
  const held = [...terms];
  for (const [skill, credit] of held) {
    for (const parent of parentsOf(skill)) give(parent, credit * params.credit.parent, 'parent', skill);
    for (const other of alternativesOf(skill))
      give(other, credit * params.credit.alternative, 'alternative', skill);
  }
  // The text signal's evidence: what the headline and the summary say.
  for (const [field, credit] of [
    [candidate.headline, 1],
    [candidate.summary, params.credit.summaryText],
  ] as const) {
    for (const skill of extractSkills(field)) give(TEXT_PREFIX + skill, credit, 'text');
    for (const role of findRoles(field)) give(ROLE_PREFIX + role.key, credit, 'text');
  }
  return {
    record: candidate,
    terms,
    evidence,
    listed,
    cityKey: cityKey(candidate.city),
    availableAt: dateMs(candidate.availableFrom),
  };
}

// --- Rarity ----------------------------------------------------------------------------------

export type Idf = (term: string) => number;

/** Inverse document frequency, smoothed: ubiquitous terms weigh ~1, rare ones several times more. */
export function idfOf(documents: number, withTerm: number): number {
  return 1 + Math.log((documents + 1) / (withTerm + 1));
}

/**
 * Rarity without a pool (scoreMatch on its own): the vocabulary's market frequency stands in for
 * the share of candidates holding the skill; unknown skills count as rare, job words as common.
 */
const PRIOR_SCALE = 300; // the most frequent skill (weight 100) ~ held by 30 % of profiles
const PRIOR = new Map(SKILLS.map((s) => [s.name, idfOf(1000, (s.weight * PRIOR_SCALE) / 100)]));
const PRIOR_UNKNOWN = idfOf(1000, 5);
const PRIOR_ROLE = idfOf(1000, 150);
export const priorIdf: Idf = (term) => PRIOR.get(term) ?? (isRole(term) ? PRIOR_ROLE : PRIOR_UNKNOWN);

/** What a term of the query is worth: its rarity (a skill's in free text too), times how much a job word says. */
export const termWeight = (term: string, idf: Idf): number =>
  term.startsWith(TEXT_PREFIX)
    ? idf(term.slice(TEXT_PREFIX.length))
    : idf(term) * (ROLE_WEIGHT.get(term) ?? 1);

// --- Fit -------------------------------------------------------------------------------------

export interface SkillDetail {
  matchedSkills: string[];
  missingSkills: string[];
  reasons: MatchReason[];
}

export function explainSkills(offer: PreparedOffer, candidate: PreparedCandidate, out: SkillDetail): void {
  const kind = (skill: string) =>
    candidate.terms.has(skill) ? candidate.evidence.get(skill)?.kind : undefined;
  const listed = offer.skills.filter((s) => kind(s) === 'listed');
  const inText = offer.skills.filter((s) => kind(s) === 'headline' || kind(s) === 'summary');
  const related = offer.skills.filter((s) => kind(s) === 'parent' || kind(s) === 'alternative');
  const missing = offer.skills.filter((s) => kind(s) === undefined);
  out.matchedSkills.push(...listed, ...inText);
  out.missingSkills.push(...related, ...missing);
  const total = offer.skills.length;
  if (listed.length > 0)
    out.reasons.push({
      kind: 'skills',
      key: 'matching.reasons.skillsMatched',
      values: { skills: listed.join(', '), count: listed.length, total },
      positive: true,
    });
  if (inText.length > 0)
    out.reasons.push({
      kind: 'skills',
      key: 'matching.reasons.skillsInProfileText',
      values: { skills: inText.join(', '), count: inText.length },
      positive: true,
    });
  if (related.length > 0)
    out.reasons.push({
      kind: 'skills',
      key: 'matching.reasons.skillsRelated',
      values: {
        skills: related.map((s) => `${candidate.evidence.get(s)?.from} → ${s}`).join(', '),
        count: related.length,
      },
      positive: true,
    });
  if (missing.length > 0)
    out.reasons.push({
      kind: 'skills',
      key: 'matching.reasons.skillsMissing',
      values: { skills: missing.join(', '), count: missing.length, total },
      positive: false,
    });
}

/** The words of the offer's title (job words, skills) the headline and summary share, or lack. */
export function explainText(
  offer: PreparedOffer,
  candidate: PreparedCandidate,
  fit: number,
): MatchReason | null {
  const wanted = [...offer.query]
    .filter(([term, weight]) => isText(term) && weight >= 1)
    .map(([term]) => term);
  if (wanted.length === 0) return null;
  const shared = wanted.filter((term) => candidate.terms.has(term));
  const words = (terms: string[]) =>
    terms.map((t) => (isRole(t) ? t : t.slice(TEXT_PREFIX.length))).join(', ');
  return fit >= 0.5 && shared.length > 0
    ? { kind: 'text', key: 'matching.reasons.textMatches', values: { words: words(shared) }, positive: true }
    : {
        kind: 'text',
        key: 'matching.reasons.textDiffers',
        values: { words: words(wanted.filter((t) => !candidate.terms.has(t))) },
        positive: false,
      };
}
