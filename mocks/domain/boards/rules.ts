import {
  type BoardLanguage,
  type BoardRules,
  type FlaggedPassage,
  type ModerationFinding,
  type ModerationRule,
  offerText,
  type PlainText,
  type Severity,
  wordCount,
} from '../../../src/model/boards';
import type { Offer } from '../../../src/model/types';
import { DISCRIMINATION_PATTERNS, type Ground } from './discrimination';
import { guessLanguage } from './language';
import { foldKeepLength, matchesOf } from './text';

/**
 * The moderation rules, each a pure function of the offer's text, its pay and the board: it returns
 * its findings, each with a reason the recruiter can act on (an i18n key under resources.offer-publications.findings and
 * its values) and the passages to highlight. No rule reads the store; the near-duplicate rule is
 * handed its lookup (duplicates.ts).
 */
export interface CheckInput {
  title: string;
  description: PlainText;
  /** Folded (lower case, no accents) title and description text, same lengths as the originals. */
  foldedTitle: string;
  foldedText: string;
  offer: Pick<
    Offer,
    'id' | 'companyId' | 'contractType' | 'salaryMin' | 'salaryMax' | 'dailyRateMin' | 'dailyRateMax'
  >;
  board: { name: string; url: string; languages: readonly BoardLanguage[]; rules: BoardRules };
}

export interface DuplicateMatch {
  offerId: number;
  reference: string;
  /** Estimated share of shared word sequences, 0..1. */
  similarity: number;
}

export interface CheckContext {
  /** The company's live offer this one nearly repeats, if any (never the offer itself). */
  findDuplicate?: (input: CheckInput) => DuplicateMatch | undefined;
}

export type Rule = (input: CheckInput, ctx: CheckContext) => ModerationFinding[];

export type OfferForCheck = CheckInput['offer'] & Pick<Offer, 'title' | 'description'>;

/** The input every rule reads, built once per check. */
export function checkInput(offer: OfferForCheck, board: CheckInput['board']): CheckInput {
  const description = offerText(offer.description ?? '');
  return {
    title: offer.title ?? '',
    description,
    foldedTitle: foldKeepLength(offer.title ?? ''),
    foldedText: foldKeepLength(description.text),
    offer,
    board,
  };
}

const finding = (
  rule: ModerationRule,
  severity: Severity,
  key: string,
  passages: FlaggedPassage[],
  values?: ModerationFinding['values'],
): ModerationFinding =>
  values ? { rule, severity, key, values, passages } : { rule, severity, key, passages };

function passagesOf(input: CheckInput, pattern: RegExp): FlaggedPassage[] {
  return [
    ...matchesOf(pattern, input.foldedTitle).map(([start, end]) => ({ field: 'title' as const, start, end })),
    ...matchesOf(pattern, input.foldedText).map(([start, end]) => ({
      field: 'description' as const,
      start,
      end,
    })),
  ];
}

const passageText = (input: CheckInput, passage: FlaggedPassage): string =>
  (passage.field === 'title' ? input.title : input.description.text).slice(passage.start, passage.end);

/** Passages in reading order (title first), overlapping ones merged. */
function tidy(passages: FlaggedPassage[]): FlaggedPassage[] {
  const sorted = [...passages].sort((a, b) =>
    a.field !== b.field ? (a.field === 'title' ? -1 : 1) : a.start - b.start || b.end - a.end,
  );
  const out: FlaggedPassage[] = [];
  for (const passage of sorted) {
    const last = out[out.length - 1];
    if (last && last.field === passage.field && passage.start <= last.end)
      last.end = Math.max(last.end, passage.end);
    else out.push({ ...passage });
  }
  return out;
}

/** Requirements French law and the UK Equality Act forbid: one finding per ground. */
export const discriminationRule: Rule = (input) => {
  const byGround = new Map<Ground, { severity: Severity; passages: FlaggedPassage[] }>();
  for (const { ground, severity, pattern } of DISCRIMINATION_PATTERNS) {
    const passages = passagesOf(input, pattern);
    if (passages.length === 0) continue;
    const seen = byGround.get(ground) ?? { severity, passages: [] };
    if (severity === 'blocking') seen.severity = 'blocking';
    seen.passages.push(...passages);
    byGround.set(ground, seen);
  }
  return [...byGround].map(([ground, { severity, passages }]) => {
    const tidied = tidy(passages);
    return finding('discrimination', severity, `discrimination_${ground.replace('-', '_')}`, tidied, {
      passage: passageText(input, tidied[0]),
    });
  });
};

/** A board that asks for pay transparency gets a range: salary, or daily rate for freelance. */
export const payRangeRule: Rule = ({ offer, board }) => {
  if (!board.rules.requiresPayRange) return [];
  const freelance = offer.contractType === 'freelance';
  const [min, max] = freelance
    ? [offer.dailyRateMin, offer.dailyRateMax]
    : [offer.salaryMin, offer.salaryMax];
  if (min != null && max != null) return [];
  return [
    finding('pay-range', 'blocking', freelance ? 'pay_range_daily' : 'pay_range_salary', [], {
      board: board.name,
    }),
  ];
};

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}/g;
const HIDDEN_EMAIL =
  /[a-z0-9._%+-]+\s*[[(]\s*(at|arobase)\s*[\])]\s*[a-z0-9-]+(\s*[[(]\s*(dot|point)\s*[\])]\s*[a-z0-9-]+)+/g;
const PHONE_FR = /(\+33\s*\(?0?\)?|0033\s*|\b0)[1-9]([\s.-]*\d{2}){4}\b/g;
const PHONE_UK = /(\+44\s*\(?0?\)?|0044\s*|\b0)\d{2,4}[\s.-]*\d{3,4}[\s.-]*\d{3,4}\b/g;

/** E-mail addresses and phone numbers: candidates apply through the board, not around it. */
export const contactRule: Rule = (input) => {
  const passages = [EMAIL, HIDDEN_EMAIL, PHONE_FR, PHONE_UK].flatMap((pattern) => passagesOf(input, pattern));
  for (const link of input.description.links)
    if (/^mailto:/i.test(link.href) || /^tel:/i.test(link.href))
      passages.push({ field: 'description', start: link.start, end: link.end });
  if (passages.length === 0) return [];
  const tidied = tidy(passages);
  return [
    finding('contact-details', 'blocking', 'contact_details', tidied, {
      passage: passageText(input, tidied[0]),
    }),
  ];
};

const URL_TEXT =
  /\bhttps?:\/\/[^\s<>"')]+|\bwww\.[a-z0-9-]+(\.[a-z0-9-]+)+[^\s<>"')]*|\b[a-z0-9-]+\.(com|fr|co\.uk|uk|io|net|org|eu)\/[^\s<>"')]+/g;

function hostOf(url: string): string | null {
  try {
    return new URL(/^[a-z]+:/i.test(url) ? url : `https://${url}`).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Links out of the board (an application form elsewhere): support judges whether they bypass it. */
export const externalLinkRule: Rule = (input) => {
  const boardHost = hostOf(input.board.url);
  const passages: FlaggedPassage[] = [];
  const hosts = new Set<string>();
  const add = (url: string, passage: FlaggedPassage) => {
    const host = hostOf(url.replace(/[.,;:!?]+$/, ''));
    if (!host || host === boardHost) return;
    hosts.add(host);
    passages.push(passage);
  };
  for (const [start, end] of matchesOf(URL_TEXT, input.foldedText))
    add(input.description.text.slice(start, end), { field: 'description', start, end });
  for (const link of input.description.links)
    if (/^https?:/i.test(link.href))
      add(link.href, { field: 'description', start: link.start, end: link.end });
  if (passages.length === 0) return [];
  return [finding('external-link', 'soft', 'external_link', tidy(passages), { host: [...hosts].join(', ') })];
};

/** A repost of an offer the company already has live, to bump it up the lists. */
export const duplicateRule: Rule = (input, ctx) => {
  const match = ctx.findDuplicate?.(input);
  if (!match) return [];
  return [
    finding('duplicate', 'soft', 'duplicate', [{ field: 'title', start: 0, end: input.title.length }], {
      reference: match.reference,
      offerId: match.offerId,
      similarity: Math.round(match.similarity * 100),
    }),
  ];
};

/** Text in a language the board's readers do not read. */
export const languageRule: Rule = (input) => {
  const found = guessLanguage(`${input.foldedTitle} ${input.foldedText}`);
  if (!found || input.board.languages.includes(found)) return [];
  return [finding('language', 'soft', 'language', [], { found, expected: input.board.languages.join(', ') })];
};

/** Too little text to tell a candidate what the job is. */
export const tooShortRule: Rule = (input) => {
  const words = wordCount(input.description.text);
  const min = input.board.rules.minWords;
  return words >= min ? [] : [finding('too-short', 'blocking', 'too_short', [], { words, min })];
};

/**
 * Runs of four words or more in capitals (12 letters at least), scanned word by word: a regex would
 * backtrack on long runs. A comma or a line ends a run, so a list of acronyms ("AWS, GCP, SQL") is not
 * shouting.
 */
function capsRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const word = /\S+/g;
  let run: { start: number; end: number; words: number; letters: number } | null = null;
  let previous = '';
  let previousEnd = 0;
  const close = () => {
    if (run && run.words >= 4 && run.letters >= 12) runs.push([run.start, run.end]);
    run = null;
  };
  for (let match = word.exec(text); match !== null; match = word.exec(text)) {
    const { letters, share } = upperShare(match[0]);
    const shouted = letters >= 1 && share === 1;
    const broken = /[,;]$/.test(previous) || text.slice(previousEnd, match.index).includes('\n');
    if (run && (!shouted || broken)) close();
    if (shouted) {
      run ??= { start: match.index, end: 0, words: 0, letters: 0 };
      run.end = match.index + match[0].length;
      run.words += 1;
      run.letters += letters;
    }
    previous = match[0];
    previousEnd = match.index + match[0].length;
  }
  close();
  return runs;
}

function upperShare(text: string): { letters: number; share: number } {
  let letters = 0;
  let upper = 0;
  for (const char of text) {
    if (char.toLowerCase() === char.toUpperCase()) continue;
    letters += 1;
    if (char === char.toUpperCase()) upper += 1;
  }
  return { letters, share: letters === 0 ? 0 : upper / letters };
}

/** Shouting: a title in capitals, or runs of four words or more in capitals (acronyms alone are fine). */
export const allCapsRule: Rule = (input) => {
  const passages: FlaggedPassage[] = [];
  const title = upperShare(input.title);
  if (title.letters >= 8 && title.share >= 0.8 && input.title.trim().includes(' '))
    passages.push({ field: 'title', start: 0, end: input.title.length });
  for (const [start, end] of capsRuns(input.description.text))
    passages.push({ field: 'description', start, end });
  return passages.length === 0 ? [] : [finding('all-caps', 'soft', 'all_caps', tidy(passages))];
};

const GENDER_MARK =
  /\(\s*(h\s*\/\s*f|f\s*\/\s*h|m\s*\/\s*f|f\s*\/\s*m)(\s*\/\s*[xn])?\s*\)|\b(h\/f|f\/h)\b|[a-z]\s*[·.]\s*(e|se|euse|rice|ne)\b|\(e\)/;
const MASCULINE_TITLE =
  /\b(developpeur|ingenieur|consultant|directeur|technicien|administrateur|analyste|chef|commercial|architecte|testeur|concepteur|formateur|animateur|redacteur|charge|responsable)\b/;
const GENDERED_EN =
  /\b(he|him|his|himself|salesman|salesmen|chairman|foreman|manpower|craftsman|guys|rockstar|rock\s+star|ninja|dominant|aggressive)\b/g;

/** A board that asks for inclusive wording: "(H/F)" on French titles, no gender-coded English words. */
export const inclusiveWordingRule: Rule = (input) => {
  if (!input.board.rules.inclusiveWording) return [];
  const found: ModerationFinding[] = [];
  if (MASCULINE_TITLE.test(input.foldedTitle) && !GENDER_MARK.test(input.foldedTitle))
    found.push(
      finding('inclusive-wording', 'soft', 'inclusive_title', [
        { field: 'title', start: 0, end: input.title.length },
      ]),
    );
  const passages = passagesOf(input, GENDERED_EN);
  if (passages.length > 0) {
    const tidied = tidy(passages);
    const words = [...new Set(tidied.map((passage) => passageText(input, passage).toLowerCase()))];
    found.push(finding('inclusive-wording', 'soft', 'gendered_words', tidied, { words: words.join(', ') }));
  }
  return found;
};

/** Every rule, in the order their findings are shown. */
export const RULES: readonly Rule[] = [
  discriminationRule,
  payRangeRule,
  contactRule,
  externalLinkRule,
  duplicateRule,
  languageRule,
  tooShortRule,
  allCapsRule,
  inclusiveWordingRule,
];

/** Runs every rule on one offer for one board. */
export function runChecks(input: CheckInput, ctx: CheckContext = {}): ModerationFinding[] {
  return RULES.flatMap((rule) => rule(input, ctx));
}
