import DOMPurify, { type WindowLike } from 'dompurify';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseListQuery, runQuery } from '../../mocks/domain/records/query';
import { PURIFY_OPTIONS, sanitizeHtml } from '../../mocks/domain/records/sanitize';
import { foldText } from '../../mocks/domain/records/text';
import { checkField, isSafeUrl } from '../../mocks/domain/records/validation';
import { isPhone } from '../../src/model/contact';

/** The pure rules under the API, tested without HTTP. */
describe('text folding', () => {
  it.each([
    ['Élodie', 'elodie'],
    ['DÉVELOPPEUR', 'developpeur'],
    ['Müller Çağlar', 'muller caglar'],
    ['plain ascii', 'plain ascii'],
  ])('%s → %s', (input, output) => expect(foldText(input)).toBe(output));
});

describe('phones and URLs', () => {
  it.each([
    '+33 6 12 34 56 78',
    '0612345678',
    '01.23.45.67.89',
    '+44 20 7946 0958',
    '07700 900123',
    '+447700900123',
  ])('accepts %s', (phone) => expect(isPhone(phone)).toBe(true));
  it.each(['12345', '+1 555 123 4567', '+33 6 12 34', 'phone', '0012345678'])('refuses %s', (phone) =>
    expect(isPhone(phone)).toBe(false),
  );
  it.each(['https://acme.test', 'http://acme.test/path?q=1', 'mailto:jobs@acme.test'])('accepts %s', (url) =>
    expect(isSafeUrl(url)).toBe(true),
  );
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'ftp://acme.test',
    '//acme.test',
    'acme.test',
    'https://',
  ])('refuses %s', (url) => expect(isSafeUrl(url)).toBe(false));
});

describe('field checks', () => {
  // Domain rules name a message of mocks/domain/api/messages.ts; the route wrapper words it.
  it('reports required, type, range and length problems', () => {
    expect(checkField({ type: 'string', required: true }, '')).toEqual({ key: 'required' });
    expect(checkField({ type: 'int', min: 1, max: 5 }, 7)).toEqual({ key: 'max_value', params: { max: 5 } });
    expect(checkField({ type: 'int' }, 1.5)).toEqual({ key: 'whole_number' });
    expect(checkField({ type: 'string', max: 3 }, 'abcd')).toEqual({ key: 'max_chars', params: { max: 3 } });
    expect(checkField({ type: 'enum', values: ['a'] }, 'b')).toEqual({
      key: 'one_of',
      params: { values: 'a' },
    });
    expect(checkField({ type: 'json' }, JSON.parse(`${'{"a":'.repeat(12)}1${'}'.repeat(12)}`))).toEqual({
      key: 'too_large',
    });
    expect(checkField({ type: 'datetime', nullable: true }, null)).toBeUndefined();
    expect(checkField({ type: 'datetime' }, null)).toEqual({ key: 'not_empty' });
  });
});

describe('runQuery', () => {
  const rows = Array.from({ length: 200 }, (_, i) => ({
    id: i + 1,
    score: (i * 37) % 23,
    name: `n${(i * 13) % 50}`,
  }));

  it('the bounded top-k gives the same page as a full sort, for any sort and range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('score', 'name', 'id'),
        fc.constantFrom<'ASC' | 'DESC'>('ASC', 'DESC'),
        fc.nat(220),
        fc.nat(40),
        (field, order, start, size) => {
          const range: [number, number] = [start, start + size];
          const page = runQuery(rows, { predicates: [], sort: { field, order }, range });
          const key = field as keyof (typeof rows)[number];
          const sorted = [...rows].sort((a, b) => {
            const c = a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0;
            return c !== 0 ? (order === 'ASC' ? c : -c) : field === 'id' ? 0 : a.id - b.id;
          });
          expect(page.rows).toEqual(sorted.slice(start, start + size + 1));
          expect(page.total).toBe(200);
        },
      ),
    );
  });

  it('counts every match while returning one page', () => {
    const page = runQuery(rows, {
      predicates: [(r) => (r.score as number) < 5],
      sort: { field: 'id', order: 'ASC' },
      range: [0, 2],
    });
    expect(page.rows).toHaveLength(3);
    expect(page.total).toBe(rows.filter((r) => r.score < 5).length);
  });

  // Its speed is measured by `npm run bench`, not asserted here.
  it('pages 400,000 rows sorted by a field: the first page is the top of the order', () => {
    const big = Array.from({ length: 400_000 }, (_, i) => ({ id: i + 1, v: (i * 7919) % 100_003 }));
    const page = runQuery(big, { predicates: [], sort: { field: 'v', order: 'DESC' }, range: [0, 24] });
    expect(page.rows[0].v).toBe(100_002);
    expect(page.rows.map((row) => row.v)).toEqual([...page.rows.map((row) => row.v)].sort((a, b) => b - a));
  });

  it('parses ra-data-simple-rest parameters', () => {
    const query = parseListQuery(
      'offers',
      new URLSearchParams({
        filter: '{"status":"published","q":"Réact"}',
        sort: '["title","DESC"]',
        range: '[10,19]',
      }),
    );
    expect(query).toMatchObject({
      words: ['react'],
      sort: { field: 'title', order: 'DESC' },
      range: [10, 19],
    });
    expect(query.predicates).toHaveLength(1);
  });
});

describe('sanitizeHtml', () => {
  it('keeps formatting and drops scripts, handlers, styles and unsafe links', () => {
    expect(sanitizeHtml('<p><strong>ok</strong></p><ul><li>a</li></ul>')).toBe(
      '<p><strong>ok</strong></p><ul><li>a</li></ul>',
    );
    const dirty = sanitizeHtml(
      '<p style="x" onclick="y">t</p><script>z</script><a href="javascript:w">l</a><img src=x onerror=v>',
    );
    expect(dirty).toBe('<p>t</p><a>l</a>');
  });

  it('answers exactly what DOMPurify answers, simple paragraphs (kept as sent without a parse) included', () => {
    const purifier = DOMPurify(new JSDOM('').window as unknown as WindowLike);
    const piece = fc.constantFrom(
      ...['<p>', '</p>', '<strong>', '</strong>', '<em>', '</em>', '<b>', '</b>', '<code>', '</code>'],
      ...['<br>', '<br/>', '<ul>', '<li>', '</li>', '</ul>', '<P>', '<p class="x">', '<script>', '<a>'],
      ...['Développeur ', 'a', ' ', '\n', '&', '&amp;', '\u00a0', '\r', '>', '"', '\t'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const html = pieces.join('');
        expect(sanitizeHtml(html)).toBe(purifier.sanitize(html, PURIFY_OPTIONS));
      }),
      { numRuns: 2000 },
    );
    // Well-formed paragraphs, the shape the fast path takes, with the characters a parser could change.
    const text = fc
      .array(
        fc.constantFrom(
          'a',
          'é',
          ' ',
          '\n',
          '\t',
          '"',
          "'",
          '\u00a0',
          '&',
          '\r',
          '😀',
          '\u2028',
          '\f',
          '\u0001',
          '\u0085',
          '\ud800',
          '\v',
        ),
      )
      .map((chars) => chars.join(''));
    const inline = fc.tuple(fc.constantFrom('strong', 'em', 'b', 'i', 'u', 's', 'code'), text);
    const paragraph = fc
      .array(
        fc.oneof(
          text,
          fc.constant('<br>'),
          inline.map(([tag, t]) => `<${tag}>${t}</${tag}>`),
        ),
      )
      .map((parts) => `<p>${parts.join('')}</p>`);
    fc.assert(
      fc.property(fc.array(fc.oneof(paragraph, text), { maxLength: 4 }), (parts) => {
        const html = parts.join('');
        expect(sanitizeHtml(html)).toBe(purifier.sanitize(html, PURIFY_OPTIONS));
      }),
      { numRuns: 2000 },
    );
    expect(sanitizeHtml('<p>Une <strong>équipe</strong> soudée.<br>Lyon</p>\n<p>CDI</p>')).toBe(
      '<p>Une <strong>équipe</strong> soudée.<br>Lyon</p>\n<p>CDI</p>',
    );
  });
});
