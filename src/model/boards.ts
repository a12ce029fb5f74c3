/**
 * Job boards and per-board publications: the rules both the app and the reference API need, with
 * no React in them. Where an offer appears is its publications, one per board, each with its own
 * moderation state; the offer's own status (draft, published, ...) stays the recruiter's lifecycle.
 */

export type BoardLanguage = 'fr' | 'en';
export const BOARD_LANGUAGES: readonly BoardLanguage[] = ['fr', 'en'];

/** What a board asks of the offers it shows, beyond the platform's own rules. */
export interface BoardRules {
  /** A yearly salary (or a daily rate for freelance) range, min and max (EU pay transparency). */
  requiresPayRange: boolean;
  /** Titles carry "(H/F)" or are neutral; no gender-coded wording (e.g. a board for women in tech). */
  inclusiveWording: boolean;
  /** The fewest words of description text (tags left out) the board accepts. */
  minWords: number;
}

export const DEFAULT_BOARD_RULES: BoardRules = {
  requiresPayRange: false,
  inclusiveWording: false,
  minWords: 80,
};

export type PublicationState = 'pending-review' | 'live' | 'rejected' | 'expired';
export const PUBLICATION_STATES: readonly PublicationState[] = [
  'pending-review',
  'live',
  'rejected',
  'expired',
];
/** States in which the offer is on the board or on its way there. */
export const ACTIVE_PUBLICATION_STATES: readonly PublicationState[] = ['pending-review', 'live'];

/** The automatic checks run when an offer is submitted to a board. */
export type ModerationRule =
  | 'discrimination'
  | 'pay-range'
  | 'contact-details'
  | 'external-link'
  | 'duplicate'
  | 'language'
  | 'too-short'
  | 'all-caps'
  | 'inclusive-wording';
export const MODERATION_RULES: readonly ModerationRule[] = [
  'discrimination',
  'pay-range',
  'contact-details',
  'external-link',
  'duplicate',
  'language',
  'too-short',
  'all-caps',
  'inclusive-wording',
];

/**
 * A blocking finding refuses the publication at once (the recruiter fixes and resubmits); a soft
 * one sends it to the moderation queue, where support approves or rejects it.
 */
export type Severity = 'soft' | 'blocking';
/** Queue order: the worst finding first. */
export const SEVERITY_RANK: Record<Severity | 'none', number> = { none: 0, soft: 1, blocking: 2 };

/** Why support rejects a publication: a rule's name, or one of these. */
export const REJECTION_CODES = [...MODERATION_RULES, 'misleading', 'other'] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

/** A stretch of the offer's text a rule points at: `start`..`end` (end excluded) in offerText(). */
export interface FlaggedPassage {
  field: 'title' | 'description';
  start: number;
  end: number;
}

/**
 * One rule's finding: an i18n key under `resources.offer-publications.findings` and its values, so the reader's language
 * words it (as match reasons do), and the passages to highlight.
 */
export interface ModerationFinding {
  rule: ModerationRule;
  severity: Severity;
  key: string;
  values?: Record<string, string | number>;
  passages: FlaggedPassage[];
}

/** The worst severity among findings; 'none' when there are none. */
export function worstSeverity(findings: readonly Pick<ModerationFinding, 'severity'>[]): Severity | 'none' {
  let worst: Severity | 'none' = 'none';
  for (const finding of findings)
    if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[worst]) worst = finding.severity;
  return worst;
}

/** What the checks' findings make of a submission. */
export function stateAfterChecks(findings: readonly Pick<ModerationFinding, 'severity'>[]): PublicationState {
  const worst = worstSeverity(findings);
  return worst === 'blocking' ? 'rejected' : worst === 'soft' ? 'pending-review' : 'live';
}

/** A recruiter may send a refused or ended publication again, once the offer is fixed. */
export const canResubmit = (state: PublicationState): boolean => state === 'rejected' || state === 'expired';
/** Support decides on what waits in the queue; a live publication may still be taken down. */
export const canApprove = (state: PublicationState): boolean => state === 'pending-review';
export const canReject = (state: PublicationState): boolean => state === 'pending-review' || state === 'live';

/** A reason support writes when rejecting: 3 to 500 characters, as every audited reason. */
export const REJECTION_REASON_MIN = 3;
export const REJECTION_REASON_MAX = 500;

/** A link of the description: its target and where its text sits in the plain text. */
export interface TextLink {
  href: string;
  start: number;
  end: number;
}

export interface PlainText {
  text: string;
  links: TextLink[];
}

const BLOCK_TAGS = new Set(['p', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'blockquote', 'pre', 'div']);
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntity(entity: string): string {
  if (entity.startsWith('#x') || entity.startsWith('#X')) {
    const code = Number.parseInt(entity.slice(2), 16);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  }
  if (entity.startsWith('#')) {
    const code = Number.parseInt(entity.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  }
  return NAMED_ENTITIES[entity.toLowerCase()] ?? `&${entity};`;
}

/**
 * The description as a reader sees it: tags dropped, a line break for each block, entities decoded,
 * and each link's target with the place of its text. Moderation offsets refer to this text, and
 * the moderation screen highlights the same text, so both sides must build it with this function.
 */
export function offerText(html: string): PlainText {
  let text = '';
  const links: TextLink[] = [];
  let open: { href: string; start: number } | null = null;
  const pattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|&(#?[a-zA-Z0-9]+);|[^<&]+|[<&]/g;
  for (let match = pattern.exec(html); match !== null; match = pattern.exec(html)) {
    const [whole, closing, tag, attributes, entity] = match;
    if (tag) {
      const name = tag.toLowerCase();
      if (BLOCK_TAGS.has(name) && text.length > 0 && !text.endsWith('\n')) text += '\n';
      if (name === 'a' && !closing) {
        const href = /href\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
        open = { href: decodeAll(href?.[2] ?? href?.[3] ?? href?.[4] ?? ''), start: text.length };
      } else if (name === 'a' && open) {
        if (open.href) links.push({ href: open.href, start: open.start, end: text.length });
        open = null;
      }
    } else if (entity) {
      text += decodeEntity(entity);
    } else {
      text += whole;
    }
  }
  if (open?.href) links.push({ href: open.href, start: open.start, end: text.length });
  return { text: text.replace(/\n+$/, ''), links };
}

function decodeAll(value: string): string {
  return value.replace(/&(#?[a-zA-Z0-9]+);/g, (_, entity: string) => decodeEntity(entity));
}

/** Words of a text, for the word counts of the checks and the screen. */
export function wordCount(text: string): number {
  return text.split(/[\s\p{P}]+/u).filter((word) => /\p{L}|\p{N}/u.test(word)).length;
}

// --- offer feeds ----------------------------------------------------------------------------------

export type FeedFormat = 'json' | 'xml';
export const FEED_FORMATS: readonly FeedFormat[] = ['json', 'xml'];
/** What an import did with one offer of the feed. */
export type FeedAction = 'created' | 'updated' | 'unchanged' | 'closed' | 'refused';
export const FEED_ACTIONS: readonly FeedAction[] = ['created', 'updated', 'unchanged', 'closed', 'refused'];
/** A feed is applied whole or not at all. */
export type FeedOutcome = 'applied' | 'refused';

/** Limits every import holds to, whatever its source. */
export const FEED_LIMITS = {
  /** Offers in one feed. */
  maxOffers: 10_000,
  /** Bytes of one feed document. */
  maxBytes: 20 * 1024 * 1024,
  /** An external reference: letters, digits and . _ - / : # (1 to 100 characters). */
  referencePattern: /^[A-Za-z0-9][A-Za-z0-9._\-/:#]{0,99}$/,
} as const;

// --- publications ---------------------------------------------------------------------------------

/**
 * Live or pending publications a company may hold on one board, by plan: the job-slot rule, per
 * board. A publication that ends (rejected, expired, the offer closed) frees its slot.
 */
export const BOARD_SLOTS_BY_PLAN: Record<'free' | 'starter' | 'pro' | 'enterprise', number> = {
  free: 1,
  starter: 10,
  pro: 60,
  enterprise: 1_000,
};

/** How much a soft finding weighs in the queue's order: what may break the law first. */
export const RULE_WEIGHT: Record<ModerationRule, number> = {
  discrimination: 5,
  'contact-details': 3,
  'external-link': 3,
  'pay-range': 2,
  duplicate: 2,
  'inclusive-wording': 2,
  language: 1,
  'too-short': 1,
  'all-caps': 1,
};

/**
 * The queue's sort key as one string (the API sorts on one field): heavier findings first, then the
 * oldest submission.
 */
export function queueOrder(
  findings: readonly Pick<ModerationFinding, 'rule'>[],
  submittedAt: string,
): string {
  const weight = Math.min(
    999,
    findings.reduce((sum, finding) => sum + RULE_WEIGHT[finding.rule], 0),
  );
  return `${String(999 - weight).padStart(3, '0')}|${submittedAt}`;
}
