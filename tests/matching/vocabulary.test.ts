// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readSkills, scoreMatch } from '../../mocks/domain/matching/engine';
import { DEFAULT_PARAMS } from '../../mocks/domain/matching/params';
import { prepareCandidate, statedYears } from '../../mocks/domain/matching/skills';
import { findRoles, ROLES, unknownSkillNames } from '../../mocks/domain/matching/vocabulary';
import { ALIASES, foldSkill, lookupSkill, SKILL_NAMES, SKILLS } from '../../src/model/skills';
import { candidate, offer } from './builders';

const roles = (text: string) =>
  findRoles(text)
    .map((r) => r.key)
    .sort();

describe('the skill vocabulary (src/model/skills-data.ts)', () => {
  it('covers every job family of the market', () => {
    const count = (category: string) => SKILLS.filter((s) => s.category === category).length;
    for (const category of [
      'network',
      'systems',
      'security',
      'erp',
      'crm',
      'testing',
      'embedded',
      'management',
    ])
      expect(count(category), category).toBeGreaterThanOrEqual(8);
    for (const name of [
      'Cisco',
      'VMware',
      'Splunk',
      'SAP FI',
      'ABAP',
      'Apex',
      'ISTQB',
      'AUTOSAR',
      'PRINCE2',
      'GLPI',
    ])
      expect(SKILL_NAMES).toContain(name);
  });

  it('never lets one spelling name two skills', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [spelling, name] of [...SKILL_NAMES.map((n) => [n, n]), ...Object.entries(ALIASES)]) {
      const key = foldSkill(spelling);
      if (owner.has(key) && owner.get(key) !== name) clashes.push(`${spelling}: ${owner.get(key)} / ${name}`);
      owner.set(key, name);
    }
    expect(clashes).toEqual([]);
  });

  it.each([
    ['Java 17', 'Java'],
    ['JAVA', 'Java'],
    ['SQL Server Enterprise', 'SQL Server'],
    ['Oracle 19c Enterprise Edition', 'Oracle'],
    ['Windows Server 2019 Datacenter', 'Windows Server'],
    ['ITIL N2', 'ITIL'],
    ['ITIL v4', 'ITIL'],
    ['Support N2', 'IT Support'],
    ['Node JS', 'Node.js'],
    ['nodejs', 'Node.js'],
    ['Python3', 'Python'],
    ['RHEL 8', 'Red Hat'],
    ['Burp Suite Pro', 'Burp Suite'],
    ['Gestion de projet', 'Project Management'],
    ['Project management', 'Project Management'],
    ["Tests d'intrusion", 'Pentest'],
    ['Penetration testing', 'Pentest'],
    ['Linux embarqué', 'Embedded Linux'],
    ['Embedded Linux', 'Embedded Linux'],
    ['Réponse à incident', 'Incident Response'],
    ['Fibre optique', 'Fibre optics'],
  ])('reads %s as %s, editions, versions, levels, case and languages aside', (raw, name) => {
    expect(lookupSkill(raw)).toBe(name);
  });

  it('keeps a word that merely ends like a suffix', () => {
    expect(lookupSkill('Web3')).toBeNull();
    expect(lookupSkill('Jasmine')).toBe('Jasmine');
  });
});

describe('reading a skill field as typed', () => {
  it.each([
    [['HTML/CSS'], ['HTML', 'CSS']],
    [['SAP FI/CO'], ['SAP FI', 'SAP CO']],
    [['FICO'], ['SAP FI', 'SAP CO']],
    [['Java 11/17'], ['Java']],
    [['Windows 10/11'], ['Windows']],
    [['Spring (Boot, Batch, Data)'], ['Spring', 'Spring Boot']],
    [['SIEM (QRadar, Sentinel)'], ['SIEM', 'QRadar', 'Microsoft Sentinel']],
    [['Routing & switching Cisco'], ['Routing & Switching', 'Cisco']],
    [['Linux RedHat'], ['Red Hat']],
    [['Excel VBA'], ['Excel', 'VBA']],
    [['Support N2/N3'], ['IT Support']],
    [['contrôle de gestion industriel'], ['contrôle de gestion industriel']],
  ])('reads %j as %j', (entries, names) => {
    expect(readSkills(entries)).toEqual(names);
  });
});

describe('parents and interchangeable skills (mocks/domain/matching/vocabulary.ts)', () => {
  it('names canonical skills only', () => {
    expect(unknownSkillNames()).toEqual([]);
  });

  it('gives partial credit for a parent of a held skill, never for a child of one', () => {
    const spring = prepareCandidate(candidate({ skills: ['Spring Boot'] }), DEFAULT_PARAMS);
    expect(spring.terms.get('Java')).toBeCloseTo(DEFAULT_PARAMS.credit.parent);
    expect(spring.evidence.get('Java')).toEqual({ kind: 'parent', from: 'Spring Boot' });
    const java = prepareCandidate(candidate({ skills: ['Java'] }), DEFAULT_PARAMS);
    expect(java.terms.has('Spring Boot')).toBe(false);
  });

  it('counts a parent for less than the skill itself, and says where it comes from', () => {
    const o = offer({ title: 'Développeur Java', skills: ['Java'] });
    const listed = scoreMatch(o, candidate({ skills: ['Java'] }));
    const child = scoreMatch(o, candidate({ skills: ['Spring Boot'] }));
    const none = scoreMatch(o, candidate({ skills: ['Rust'] }));
    expect(listed.score).toBeGreaterThan(child.score);
    expect(child.score).toBeGreaterThan(none.score);
    expect(child.reasons.find((r) => r.key === 'matching.reasons.skillsRelated')?.values?.skills).toBe(
      'Spring Boot → Java',
    );
  });
});

describe('job words in French and English', () => {
  it('folds both languages onto one term', () => {
    expect(roles('Développeur Back-End Java')).toEqual(roles('Backend Java Developer'));
    expect(roles('Administrateur systèmes')).toEqual(['administrator', 'systems']);
    expect(roles('Chef de projet IT')).toEqual(roles('IT Project Manager'));
    expect(roles('Ingénieur Réseaux')).toEqual(roles('Network Engineer'));
  });

  it('holds every key once', () => {
    expect(new Set(ROLES.map((r) => r.key)).size).toBe(ROLES.length);
  });

  it('reads the years an offer asks for, not the age of the company', () => {
    expect(statedYears('5 ans minimum en développement')).toBe(5);
    expect(statedYears('3+ years of commercial Java experience')).toBe(3);
    expect(statedYears('2 à 5 ans en SOC')).toBe(2);
    expect(statedYears("Leader depuis 10 ans, nous cherchons 4 ans d'expérience")).toBe(4);
    expect(statedYears('Mission de 12 mois')).toBeNull();
  });
});
