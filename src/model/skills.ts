import { ALIASES, BY_CATEGORY, COMPOUNDS, type SkillCategory } from './skills-data';

/**
 * The IT skill vocabulary shared by the app (skill autocomplete, filters) and the mock API
 * (seed, matching): canonical names, a category, a relative frequency on the FR/UK market, and
 * the spellings people actually write (skills-data.ts), folded onto the canonical name by
 * normalizeSkill().
 */

export type { SkillCategory } from './skills-data';
export { ALIASES } from './skills-data';

export interface Skill {
  name: string;
  category: SkillCategory;
  /** Relative frequency in job offers (higher = more common). */
  weight: number;
}

export const SKILLS: readonly Skill[] = (Object.keys(BY_CATEGORY) as SkillCategory[]).flatMap((category) =>
  BY_CATEGORY[category].map(([name, weight]) => ({ name, category, weight })),
);
export const SKILL_NAMES: readonly string[] = SKILLS.map((s) => s.name);

/** Folds case, accents, punctuation and spacing; keeps the signs that change meaning (C#, C++). */
export function foldSkill(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s._\-/'"’]+/g, '');
}

const INDEX = new Map<string, string>();
for (const name of SKILL_NAMES) INDEX.set(foldSkill(name), name);
for (const [alias, name] of Object.entries(ALIASES)) INDEX.set(foldSkill(alias), name);
const COMPOUND_INDEX = new Map(
  Object.entries(COMPOUNDS).map(([spelling, names]) => [foldSkill(spelling), names]),
);

/** "Java 21", "Python3", "Oracle 19c", ".NET 8", "Vue 3.4", "PHP 8.x", "v18", "Angular 2+". */
const VERSION_SUFFIX = /v?\d+x?[cgi]?\+?$/;
/** Product editions: "SQL Server Enterprise", "Oracle Enterprise Edition", "Java SE", "Burp Suite Pro". */
const EDITION_SUFFIX =
  /(enterpriseedition|enterprise|standardedition|standard|datacenter|professional|pro|expressedition|communityedition|community|ee|se)$/;
/** Levels: "ITIL N2", "Support N3", "Anglais niveau 2". */
const LEVEL_SUFFIX = /(n[1-4]|niveau[1-4]|level[1-4])$/;

/**
 * The canonical skill a spelling names, or null when the vocabulary does not know it: exact
 * spelling first, then without an edition, a version or a level ("SQL Server 2019 Enterprise").
 */
export function lookupSkill(raw: string): string | null {
  // Each suffix is tried on its own and in turn ("python3" must not lose "n3" as a level).
  let keys = [foldSkill(raw)];
  for (let depth = 0; depth < 3 && keys.length > 0; depth++) {
    for (const key of keys) {
      const hit = INDEX.get(key);
      if (hit) return hit;
    }
    keys = keys.flatMap((key) =>
      [LEVEL_SUFFIX, EDITION_SUFFIX, VERSION_SUFFIX]
        .map((suffix) => key.replace(suffix, ''))
        .filter((k) => k && k !== key),
    );
  }
  return null;
}

/** The skills one compound spelling stands for ("FICO" → SAP FI, SAP CO), when it is one. */
export function compoundSkills(raw: string): readonly string[] | undefined {
  return COMPOUND_INDEX.get(foldSkill(raw));
}

/**
 * The canonical name of a skill as people write it ("ReactJS" → "React", "k8s" → "Kubernetes",
 * "Java 21" → "Java"); an unknown skill comes back trimmed with its spacing collapsed, so free
 * text is kept rather than lost. Pure, so app and API agree on every spelling.
 */
export function normalizeSkill(raw: string): string {
  const cleaned = raw.replace(/\s+/g, ' ').trim();
  if (!cleaned) return '';
  return lookupSkill(cleaned) ?? cleaned;
}

/** Normalises a list and drops duplicates and blanks, keeping first-seen order. */
export function normalizeSkills(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const item of raw) {
    const name = normalizeSkill(item);
    if (name) seen.add(name);
  }
  return [...seen];
}

export function isCanonicalSkill(name: string): boolean {
  return INDEX.get(foldSkill(name)) === name;
}

const CATEGORY = new Map(SKILLS.map((s) => [s.name, s.category]));

export function skillCategory(name: string): SkillCategory | undefined {
  return CATEGORY.get(name);
}

/**
 * Canonical skills for an autocomplete: an alias typed ("k8s") finds its skill; prefix matches
 * come first, then substring matches, each by market frequency.
 */
export function searchSkills(query: string, limit = 10): string[] {
  const key = foldSkill(query);
  if (!key) return [];
  const aliased = INDEX.get(key);
  const scored: Array<[string, number]> = [];
  for (const skill of SKILLS) {
    const folded = foldSkill(skill.name);
    const rank = skill.name === aliased ? 0 : folded.startsWith(key) ? 1 : folded.includes(key) ? 2 : -1;
    if (rank >= 0) scored.push([skill.name, rank * 1000 - skill.weight]);
  }
  return scored
    .sort((a, b) => a[1] - b[1])
    .slice(0, limit)
    .map(([name]) => name);
}
