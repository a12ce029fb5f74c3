import { describe, expect, it } from 'vitest';
import {
  ALIASES,
  isCanonicalSkill,
  normalizeSkill,
  normalizeSkills,
  SKILL_NAMES,
  SKILLS,
  searchSkills,
} from '../../src/model/skills';

describe('normalizeSkill', () => {
  it.each([
    ['ReactJS', 'React'],
    ['React.js', 'React'],
    ['react js', 'React'],
    ['JS', 'JavaScript'],
    ['ES6', 'JavaScript'],
    ['TS', 'TypeScript'],
    ['k8s', 'Kubernetes'],
    ['K8S', 'Kubernetes'],
    ['Postgres', 'PostgreSQL'],
    ['postgresql', 'PostgreSQL'],
    ['Golang', 'Go'],
    ['NodeJS', 'Node.js'],
    ['node.js', 'Node.js'],
    ['Vue', 'Vue.js'],
    ['springboot', 'Spring Boot'],
    ['GCP', 'Google Cloud'],
    ['HTML5', 'HTML'],
    ['S3', 'AWS S3'],
    ['Cybersécurité', 'Cybersecurity'],
  ])('folds the alias %s onto %s', (raw, canonical) => {
    expect(normalizeSkill(raw)).toBe(canonical);
  });

  it.each([
    ['Angular 17', 'Angular'],
    ['Java 21', 'Java'],
    ['Python3', 'Python'],
    ['Python 3.12', 'Python'],
    ['PHP 8.x', 'PHP'],
    ['.NET 8', '.NET'],
    ['Vue 3', 'Vue.js'],
    ['Angular 2+', 'Angular'],
    ['Spring Boot 3', 'Spring Boot'],
  ])('drops the version suffix of %s', (raw, canonical) => {
    expect(normalizeSkill(raw)).toBe(canonical);
  });

  it('ignores case, spacing, punctuation and accents but keeps the signs that make a language', () => {
    expect(normalizeSkill('  spring   BOOT ')).toBe('Spring Boot');
    expect(normalizeSkill('typescript')).toBe('TypeScript');
    expect(normalizeSkill('Sélénium')).toBe('Selenium');
    expect(normalizeSkill('c#')).toBe('C#');
    expect(normalizeSkill('C++')).toBe('C++');
    expect(normalizeSkill('c')).toBe('C');
    expect(normalizeSkill('Objective C')).toBe('Objective-C');
  });

  it('keeps an unknown skill as typed (trimmed), including one that merely ends in a digit', () => {
    expect(normalizeSkill('  Foo   Bar ')).toBe('Foo Bar');
    expect(normalizeSkill('Web3')).toBe('Web3');
    expect(normalizeSkill('   ')).toBe('');
  });

  it('is idempotent and maps every canonical name to itself', () => {
    for (const name of SKILL_NAMES) expect(normalizeSkill(name)).toBe(name);
    for (const alias of Object.keys(ALIASES)) {
      const once = normalizeSkill(alias);
      expect(normalizeSkill(once)).toBe(once);
    }
  });
});

describe('the skill vocabulary', () => {
  it('holds about 150 unique canonical skills with categories and positive weights', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(140);
    expect(new Set(SKILL_NAMES).size).toBe(SKILL_NAMES.length);
    for (const skill of SKILLS) expect(skill.weight).toBeGreaterThan(0);
  });

  it('points every alias at a canonical skill', () => {
    const unknown = Object.entries(ALIASES).filter(([, name]) => !isCanonicalSkill(name));
    expect(unknown).toEqual([]);
  });

  it('de-duplicates a list written with mixed spellings, in first-seen order', () => {
    expect(normalizeSkills(['ReactJS', 'k8s', 'React', ' ', 'Kubernetes', 'TS'])).toEqual([
      'React',
      'Kubernetes',
      'TypeScript',
    ]);
  });

  it('suggests canonical skills for an autocomplete, by alias, prefix then substring', () => {
    expect(searchSkills('k8s')).toEqual(['Kubernetes']);
    expect(searchSkills('postgres')[0]).toBe('PostgreSQL');
    const react = searchSkills('rea');
    expect(react[0]).toBe('React');
    expect(react).toContain('React Native');
    expect(searchSkills('sql', 3)).toHaveLength(3);
    expect(searchSkills('')).toEqual([]);
  });
});
