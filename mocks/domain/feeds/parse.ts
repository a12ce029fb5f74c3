import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ApiError } from '../api/errors';
import { msg } from '../api/translate';

/**
 * Reading a feed document, JSON or XML, into the same list of plain offer objects. XML goes through
 * fast-xml-parser after any document type declaration is refused, so a feed can declare no entity
 * (billion laughs) and point at no external one (XXE); what is left are XML's five predefined
 * entities (&amp;amp; in "R&amp;D"), which the parser decodes and which cannot expand.
 */
export type FeedFormat = 'json' | 'xml';

/** A feed's size: a document beyond it is refused before it is parsed. */
export const MAX_FEED_BYTES = 20_000_000;
export const MAX_FEED_OFFERS = 5_000;

/** Elements of an offer that hold a list, and the name of one item. */
const LIST_ITEMS: Record<string, string> = { skills: 'skill', boardIds: 'boardId' };
/** Elements read as whole numbers: the XML text is a string, the JSON form a number. */
const INTEGER_FIELDS = new Set(['salaryMin', 'salaryMax', 'dailyRateMin', 'dailyRateMax']);

export type FeedOffer = Record<string, unknown>;

/** The whole document is an empty feed element, after an optional XML declaration. */
const EMPTY_FEED = /^\s*(<\?xml[^>]*\?>\s*)?<feed(\s[^>]*?)?\s*(\/>|>\s*<\/feed>)\s*$/;

function unreadable(): ApiError {
  return new ApiError(422, msg('feed_unreadable'), { code: 'feed_unreadable' });
}

export function assertFeedSize(content: string): void {
  if (content.length > MAX_FEED_BYTES)
    throw new ApiError(413, msg('feed_too_large', { max: MAX_FEED_BYTES / 1_000_000 }), {
      code: 'feed_too_large',
    });
}

function assertOfferCount(offers: unknown[]): void {
  if (offers.length > MAX_FEED_OFFERS)
    throw new ApiError(413, msg('feed_too_many_offers', { max: MAX_FEED_OFFERS }), {
      code: 'feed_too_large',
    });
}

/** The offers of a JSON feed `{"offers": [...]}` (already parsed by the API's JSON reader). */
export function offersOfJson(feed: unknown): unknown[] {
  const offers = (feed as { offers?: unknown } | null)?.offers;
  if (typeof feed !== 'object' || feed === null || !Array.isArray(offers)) throw unreadable();
  assertOfferCount(offers);
  return offers;
}

/** One <offer> element as the fields the JSON form would carry. */
function offerOfXml(element: unknown): unknown {
  if (typeof element !== 'object' || element === null || Array.isArray(element)) return element;
  const out: FeedOffer = {};
  // An empty element reads as ''; a nested one stays an object (and fails validation as one).
  for (const [name, value] of Object.entries(element as Record<string, unknown>)) {
    const item = LIST_ITEMS[name];
    if (item) {
      // <skills/> is an empty list; <skills><skill>a</skill></skills> a list of one.
      const inner = value === '' ? [] : (value as Record<string, unknown> | null)?.[item];
      out[name] = Array.isArray(inner) ? inner : inner === undefined ? value : [inner];
      if (name === 'boardIds' && Array.isArray(out[name]))
        out[name] = (out[name] as unknown[]).map((id) =>
          typeof id === 'string' && /^\d{1,9}$/.test(id) ? Number(id) : id,
        );
    } else if (INTEGER_FIELDS.has(name)) {
      out[name] =
        value === '' ? null : typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value;
    } else if (value === '' && (name === 'ir35' || name === 'expiresAt')) {
      out[name] = null;
    } else out[name] = value;
  }
  return out;
}

/** The offers of an XML feed `<feed><offer>…</offer>…</feed>`. */
export function offersOfXml(content: string): unknown[] {
  assertFeedSize(content);
  // No document type at all: entities, internal or external, are how XML parsers get attacked.
  if (/<!DOCTYPE|<!ENTITY/i.test(content))
    throw new ApiError(422, msg('feed_dtd_refused'), { code: 'feed_unreadable' });
  if (XMLValidator.validate(content) !== true) throw unreadable();
  const parser = new XMLParser({
    ignoreAttributes: true,
    // Only the predefined entities: a DTD never reaches the parser, and HTML's named ones are not XML.
    processEntities: true,
    htmlEntities: false,
    parseTagValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // Descriptions are HTML: written as CDATA they come back as text, sanitised like any description.
    isArray: (_name, path) =>
      path === 'feed.offer' || path === 'feed.offer.skills.skill' || path === 'feed.offer.boardIds.boardId',
  });
  let document: unknown;
  try {
    document = parser.parse(content);
  } catch {
    throw unreadable();
  }
  const feed = (document as { feed?: unknown } | null)?.feed;
  if (feed === undefined) throw unreadable();
  // A feed that closes everything is said outright: <feed/> or <feed></feed>, as `{"offers": []}`.
  // Anything else inside <feed> but <offer> elements (a misspelt or namespaced element, text, a
  // comment) is a document we do not understand, never an empty feed.
  if (feed === '') {
    if (!EMPTY_FEED.test(content)) throw unreadable();
    return [];
  }
  if (typeof feed !== 'object' || feed === null || Object.keys(feed).some((key) => key !== 'offer'))
    throw unreadable();
  const offers = (feed as { offer?: unknown }).offer;
  if (!Array.isArray(offers)) throw unreadable();
  assertOfferCount(offers);
  return offers.map(offerOfXml);
}
