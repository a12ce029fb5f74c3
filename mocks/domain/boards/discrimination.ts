import type { Severity } from '../../../src/model/boards';

/**
 * Requirements a job ad may not state. France: Code du travail L1132-1 and L5321-2 (origin, sex,
 * age, family situation, pregnancy, health and disability, religion, physical appearance, sexual
 * orientation...); the UK: the Equality Act 2010's protected characteristics (age, disability,
 * gender reassignment, marriage, pregnancy and maternity, race, religion or belief, sex, sexual
 * orientation). Patterns read folded text (lower case, no accents, straight apostrophes).
 *
 * Blocking: the ad states the requirement outright ("âgé de 25 à 35 ans", "male candidates only").
 * Soft: wording that usually hides one ("jeune diplômé", "young and dynamic", "native speaker"),
 * which support may judge in context. The title convention "(H/F)" / "(F/H)" / "(M/F)" says the
 * opposite and matches nothing here.
 */
export type Ground =
  | 'age'
  | 'sex'
  | 'origin'
  | 'family'
  | 'pregnancy'
  | 'health'
  | 'religion'
  | 'appearance'
  | 'orientation'
  | 'gender-identity';

export interface DiscriminationPattern {
  ground: Ground;
  severity: Severity;
  pattern: RegExp;
}

// Experience, not age: "plus de 10 ans d'expérience", "over 10 years of experience".
const NOT_EXPERIENCE_FR = String.raw`(?!\s*(d'|de\s+|en\s+|dans\s+|sur\s+)?(experience|exp\b|xp\b|pratique|anciennete|metier|carriere))`;

const p = (ground: Ground, severity: Severity, source: string): DiscriminationPattern => ({
  ground,
  severity,
  pattern: new RegExp(source, 'g'),
});

export const DISCRIMINATION_PATTERNS: readonly DiscriminationPattern[] = [
  // --- age ---------------------------------------------------------------------------------------
  p(
    'age',
    'blocking',
    String.raw`\bagee?s?\s*:?\s*(de\s+)?(moins\s+de\s+|plus\s+de\s+|entre\s+)?\d{2}\s*((a|et|-)\s*\d{2}\s*)?ans\b`,
  ),
  p('age', 'blocking', String.raw`\b(moins|plus)\s+de\s+\d{2}\s+ans\b${NOT_EXPERIENCE_FR}`),
  p('age', 'blocking', String.raw`\bentre\s+\d{2}\s+et\s+\d{2}\s+ans\b${NOT_EXPERIENCE_FR}`),
  p('age', 'blocking', String.raw`\b\d{2}\s*-\s*\d{2}\s+ans\b${NOT_EXPERIENCE_FR}`),
  p('age', 'blocking', String.raw`\baged\s+(between\s+)?\d{2}\s*(-|to|and)\s*\d{2}\b`),
  p('age', 'blocking', String.raw`\baged\s+(under|over|below|above)\s+\d{2}\b`),
  p('age', 'blocking', String.raw`\b(under|over|below|above)\s+the\s+age\s+of\s+\d{2}\b`),
  p('age', 'blocking', String.raw`\b(under|over)\s+\d{2}\s*(years\s+old|y\.?o\.?\b)`),
  p(
    'age',
    'blocking',
    String.raw`\b(men|women|people|candidates?|applicants?)\s+(under|over|below|above)\s+\d{2}\b`,
  ),
  p('age', 'blocking', String.raw`\bno\s+older\s+than\s+\d{2}\b`),
  p('age', 'blocking', String.raw`\bage\s*:\s*\d{2}\s*(-|to)\s*\d{2}\b`),
  p('age', 'soft', String.raw`\bseniors?\s+s'abstenir\b`),
  p('age', 'soft', String.raw`\bjeunes?\s+diplome(e|s|es)?\b`),
  p('age', 'soft', String.raw`\bjeunes?\s+(et\s+)?dynamiques?\b`),
  p('age', 'soft', String.raw`\bjeunes?\s+(profils?|talents?|candidat(e|s|es)?|recrues?)\b`),
  p('age', 'soft', String.raw`\bgeneration\s+(y|z)\b`),
  p('age', 'soft', String.raw`\bdigital\s+natives?\b`),
  p(
    'age',
    'soft',
    String.raw`\b(young|youthful),?\s+(and\s+)?(dynamic|energetic|vibrant|enthusiastic|fresh|hungry)\b`,
  ),
  p(
    'age',
    'soft',
    String.raw`\b(young|youthful)\s+(person|people|individual|candidates?|professionals?|blood|team\s+players?)\b`,
  ),
  p('age', 'soft', String.raw`\brecent\s+graduates?\b`),
  p(
    'age',
    'soft',
    String.raw`\b(max(imum)?\s+(of\s+)?|no\s+more\s+than\s+)\d{1,2}\s+years('|\s+of)?\s+experience\b`,
  ),
  // --- sex ---------------------------------------------------------------------------------------
  p('sex', 'blocking', String.raw`\b(hommes?|femmes?)\s+(uniquement|exclusivement|seulement)\b`),
  p(
    'sex',
    'blocking',
    String.raw`\b(uniquement|exclusivement|seulement)\s+(des\s+|les\s+|un\s+|une\s+)?(hommes?|femmes?)\b`,
  ),
  p('sex', 'blocking', String.raw`\breserve\s+aux\s+(hommes|femmes)\b`),
  p('sex', 'blocking', String.raw`\b(de\s+)?sexe\s*:?\s*(masculin|feminin)\b`),
  p('sex', 'blocking', String.raw`\bprofil\s+(masculin|feminin)\b`),
  p(
    'sex',
    'blocking',
    String.raw`\b(male|female|men|women|man|woman)\s+((candidates?|applicants?)\s+)?only\b`,
  ),
  p('sex', 'blocking', String.raw`\bonly\s+(male|female|men|women)\b`),
  p('sex', 'blocking', String.raw`\bmust\s+be\s+(a\s+)?(male|female|man|woman)\b`),
  p('sex', 'blocking', String.raw`\bsuitable\s+for\s+(a\s+)?(male|female|man|woman)\b`),
  p('gender-identity', 'blocking', String.raw`\bno\s+(trans|transgender)\b`),
  // --- origin ------------------------------------------------------------------------------------
  p(
    'origin',
    'blocking',
    String.raw`\bnationalite\s+[a-z]+\s+(exigee|obligatoire|requise|indispensable|uniquement)\b`,
  ),
  p('origin', 'blocking', String.raw`\bde\s+nationalite\s+(francaise|europeenne)\b`),
  p(
    'origin',
    'blocking',
    String.raw`\b(d'|de\s+)origine\s+(francaise|europeenne|maghrebine|africaine|asiatique|etrangere|[a-z]+\s+(exigee|uniquement))\b`,
  ),
  p('origin', 'blocking', String.raw`\bfrancaise?s?\s+de\s+souche\b`),
  p('origin', 'blocking', String.raw`\b(type|physique)\s+(europeen|caucasien)\b`),
  p('origin', 'blocking', String.raw`\bbbr\b`),
  p('origin', 'blocking', String.raw`\b(white|caucasian)\s+(candidates?|applicants?|people|only)\b`),
  p('origin', 'soft', String.raw`\b(british|uk|english|european)\s+(nationals?|citizens?)\s+only\b`),
  p('origin', 'soft', String.raw`\blangue\s+maternelle\b`),
  p('origin', 'soft', String.raw`\bnatif\s+(francophone|anglophone)\b`),
  p('origin', 'soft', String.raw`\bnative\s+((english|french|german|spanish)\s+)?speakers?\b`),
  p('origin', 'soft', String.raw`\b(english|french)\s+as\s+(a\s+)?(first|mother)\s+(language|tongue)\b`),
  p('origin', 'soft', String.raw`\bmother\s+tongue\b`),
  // --- family situation, pregnancy ------------------------------------------------------------------
  p('family', 'blocking', String.raw`\bcelibataires?\b`),
  p('family', 'blocking', String.raw`\b(sans|pas\s+d')\s*enfants?\b`),
  p('family', 'blocking', String.raw`\bsans\s+charges?\s+de\s+famille\b`),
  p('family', 'blocking', String.raw`\bmust\s+be\s+(single|unmarried|married)\b`),
  p(
    'family',
    'blocking',
    String.raw`\b(no|without)\s+(children|kids|dependants|dependents|family\s+commitments)\b`,
  ),
  p('family', 'blocking', String.raw`\bsingle\s+(candidates?|applicants?|people)\s+(only|preferred)\b`),
  p('pregnancy', 'blocking', String.raw`\b(pas|non)\s+enceintes?\b`),
  p('pregnancy', 'blocking', String.raw`\b(pas\s+de|sans)\s+(projet\s+de\s+)?grossesse\b`),
  p('pregnancy', 'blocking', String.raw`\bnot\s+(be\s+)?pregnant\b`),
  p('pregnancy', 'blocking', String.raw`\bno\s+(plans?\s+(for|of)\s+)?pregnan(cy|cies|t)\b`),
  p('pregnancy', 'blocking', String.raw`\bno\s+maternity\s+leave\b`),
  // --- health and disability -------------------------------------------------------------------------
  p('health', 'blocking', String.raw`\b(en\s+)?(bonne|parfaite)\s+sante\b(?!\s+(financiere|economique))`),
  p('health', 'blocking', String.raw`\bsans\s+(probleme|souci|antecedent)s?\s+(de\s+sante|medica[a-z]*)\b`),
  p('health', 'blocking', String.raw`\b(aucun|pas\s+de|sans)\s+handicap\b`),
  p('health', 'blocking', String.raw`\bnon\s+handicapee?s?\b`),
  p(
    'health',
    'blocking',
    String.raw`\b(no|without)\s+(disabilit(y|ies)|health\s+(issues|problems|conditions))\b`,
  ),
  p('health', 'blocking', String.raw`\bable[-\s]bodied\b`),
  p('health', 'blocking', String.raw`\b(in\s+)?(good|perfect|excellent)\s+health\b`),
  p('health', 'blocking', String.raw`\bclean\s+bill\s+of\s+health\b`),
  p('health', 'soft', String.raw`\b(bonne\s+condition|resistance)\s+physique\b`),
  p('health', 'soft', String.raw`\bphysically\s+fit\b`),
  p('health', 'soft', String.raw`\bfit\s+and\s+healthy\b`),
  // --- religion, appearance, orientation --------------------------------------------------------------
  p(
    'religion',
    'blocking',
    String.raw`\b(catholique|musulmane?|juif|juive|chretienne?|protestante?)s?\s+(pratiquante?s?|uniquement|exigee?|de\s+preference)\b`,
  ),
  p(
    'religion',
    'blocking',
    String.raw`\b(christian|muslim|jewish|hindu|sikh|catholic)s?\s+((candidates?|applicants?)\s+)?(only|preferred)\b`,
  ),
  p('appearance', 'blocking', String.raw`\bphysique\s+(agreable|avantageux)\b`),
  p('appearance', 'blocking', String.raw`\bbon\s+physique\b`),
  p('appearance', 'soft', String.raw`\b(belle|tres\s+bonne|excellente)\s+presentation\b`),
  p('orientation', 'blocking', String.raw`\bheterosexuel(le)?s?\b`),
  p('orientation', 'blocking', String.raw`\b(straight|heterosexual)\s+(candidates?|applicants?|only)\b`),
];
