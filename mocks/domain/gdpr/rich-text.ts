import { type DefaultTreeAdapterTypes as Dom, parseFragment, serialize } from 'parse5';

/**
 * Rich text (sanitised HTML: offer descriptions, notes and messages) read as its reader sees it,
 * so a person is found in what it says rather than in its markup: "Noémie&nbsp;Vasseur",
 * "Noémie <strong>Vasseur</strong>", "Noémie<br>Vasseur" or "06 13 <b>34</b> 23 11" name them as
 * plainly as the same words typed in a text field. parse5 (the parser jsdom uses, so the local API
 * reads the HTML as DOMPurify did) needs no DOM: it runs in the demo's database worker as well.
 */

export type Span = [start: number, end: number];

/**
 * Tags inside a line of text: they join what is either side ("Noé<b>mie</b>" reads "Noémie").
 * Every other tag (a paragraph, a line break, a list item) ends a word.
 */
export const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/** A text node and where its text starts in the text content. */
interface Piece {
  node: Dom.TextNode;
  at: number;
}

/**
 * An attribute value scrubbed as written and, when it holds percent-encoding, as decoded too: a
 * link's address carries a name or a number as `No%C3%A9mie%20Vasseur` or `+33%206%2013...`. What
 * the decoded form loses is written back encoded, the replacement as it reads.
 */
function scrubAttribute(value: string, scrub: (value: string) => string, replacement: string): string {
  const plain = scrub(value);
  const decoded = percentDecoded(plain);
  if (decoded === undefined) return plain;
  const scrubbed = scrub(decoded);
  return scrubbed === decoded ? plain : scrubbed.split(replacement).map(encodeURI).join(replacement);
}

/** The value with its percent-encoding decoded; undefined when it has none, or none that decodes. */
export function percentDecoded(value: string): string | undefined {
  if (!value.includes('%')) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * The HTML with the `spansOf` its text content replaced by `replacement`, and its attribute
 * values (a link's address or title) and comments passed through `scrubAside`; the very same string when
 * nothing changed. Only text changes: every tag stays where it was, so the result is as well formed
 * and as sanitised as the input. A span that runs over several text nodes ("Noémie
 * <strong>Vasseur</strong>") leaves the replacement in the first and empties the others.
 */
export function replaceInRichText(
  html: string,
  spansOf: (text: string) => Span[],
  replacement: string,
  scrubAside: (value: string) => string,
): string {
  const fragment = parseFragment(html);
  const pieces: Piece[] = [];
  let text = '';
  let asideChanged = false;
  const walk = (parent: Dom.ParentNode) => {
    for (const node of parent.childNodes) {
      if (node.nodeName === '#text') {
        const textNode = node as Dom.TextNode;
        pieces.push({ node: textNode, at: text.length });
        text += textNode.value;
      } else if (node.nodeName === '#comment') {
        // A sanitiser drops comments; hand-made data may hold one, and the name in it.
        const comment = node as Dom.CommentNode;
        const next = scrubAside(comment.data);
        asideChanged ||= next !== comment.data;
        comment.data = next;
      } else if ('tagName' in node) {
        for (const attribute of node.attrs) {
          const next = scrubAttribute(attribute.value, scrubAside, replacement);
          asideChanged ||= next !== attribute.value;
          attribute.value = next;
        }
        const boundary = INLINE.has(node.tagName) ? '' : ' ';
        text += boundary;
        walk(node);
        if ('content' in node) walk((node as Dom.Template).content);
        text += boundary;
      }
    }
  };
  walk(fragment);
  const spans = merged(spansOf(text));
  if (spans.length === 0) return asideChanged ? serialize(fragment) : html;
  let next = 0;
  const started = new Set<Span>();
  for (const { node, at } of pieces) {
    const end = at + node.value.length;
    while (next < spans.length && spans[next][1] <= at) next += 1;
    let value = '';
    let done = at;
    for (let i = next; i < spans.length && spans[i][0] < end; i++) {
      const span = spans[i];
      value += node.value.slice(done - at, Math.max(span[0], done) - at);
      // The replacement goes where the match begins to show; what else it covers goes.
      if (!started.has(span)) {
        value += replacement;
        started.add(span);
      }
      done = Math.min(span[1], end);
    }
    node.value = value + node.value.slice(done - at);
  }
  return serialize(fragment);
}

/** The spans sorted, overlapping or touching ones as one. */
function merged(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const result: Span[] = [];
  for (const [start, end] of sorted) {
    const last = result[result.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else result.push([start, end]);
  }
  return result;
}
