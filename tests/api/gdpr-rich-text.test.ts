import fc from 'fast-check';
import { parseFragment, serialize } from 'parse5';
import { describe, expect, it } from 'vitest';
import { PeopleMatcher } from '../../mocks/domain/gdpr/person-names';
import { PERSON_TEXT } from '../../mocks/domain/gdpr/personal-data';
import { RESOURCE_SPECS } from '../../mocks/domain/records/resources';
import { sanitizeHtml } from '../../mocks/domain/records/sanitize';
import { foldText } from '../../mocks/domain/records/text';
import { getState } from '../../mocks/handlers';
import { type Candidate, RESOURCES } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { ACME, offersOf } from './fixtures';

/**
 * Rich text (notes, messages, offer descriptions) names the person by what it says, not by its
 * markup: erasure and the export's search read its text content, entities decoded and tags read as
 * a reader sees them, and erasure rewrites it without breaking it (a security review found
 * `Noémie&nbsp;Vasseur` and `06 13 <b>34</b> 23 11` surviving an erasure).
 */
// biome-ignore lint/suspicious/noExplicitAny: API bodies are read as JSON
type Json = any;

const PERSON = {
  firstName: 'Noémie',
  lastName: 'Vasseur342311',
  email: 'noemie.vasseur342311@example.com',
  phone: '+33 6 13 34 23 11',
  country: 'FR',
};

/** Each way a rich-text editor or a paste writes the person's name or phone down. */
const VARIANTS = [
  '<p>v: Noémie&nbsp;Vasseur342311 end</p>',
  '<p>v: Noémie&#160;Vasseur342311 end</p>',
  '<p>Noémie <strong>Vasseur342311</strong></p>',
  '<p>Noémie<br>Vasseur342311</p>',
  '<p>Noémie</p><p>Vasseur342311</p>',
  '<p>Noémie</p><p>Vasseur342311 end</p>',
  '<p>Noé<b>mie</b> Vasseur342311</p>',
  '<ul><li>Noémie</li><li>Vasseur342311</li></ul>',
  '<p>tel 06&nbsp;13&nbsp;34&nbsp;23&nbsp;11 end</p>',
  '<p>tel 06\u202F13\u202F34\u202F23\u202F11 end</p>',
  '<p>tel 06 13 <b>34</b> 23 11 end</p>',
  '<p>tel 0613<em>34</em>2311 end</p>',
  '<p>\uFF2E\uFF4F\u00E9\uFF4D\uFF49\uFF45 \uFF36\uFF41\uFF53\uFF53\uFF45\uFF55\uFF52342311 in full-width letters</p>',
  '<p>tel 06_13_34_23_11 end</p>',
  '<p>tel 06,13,34,23,11 end</p>',
  '<p>tel 06\u00B713\u00B734\u00B723\u00B711 end</p>',
  '<p>tel 33613342311 end</p>',
  '<p>tel 0033&nbsp;6&nbsp;13&nbsp;34&nbsp;23&nbsp;11 end</p>',
  '<p>tel +33&nbsp;(0)6&nbsp;13&nbsp;34&nbsp;23&nbsp;11 end</p>',
  '<p>A Noémie&nbsp;Vasseur342311 B Noémie <em>Vasseur342311</em> C 06&nbsp;13&nbsp;34&nbsp;23&nbsp;11 D</p>',
  '<p>see <a href="https://www.linkedin.com/in/noemievasseur342311">her profile</a></p>',
  // A link's address carries the name and number percent-encoded (an outside re-review's finding).
  '<p><a href="https://ex.test/cv?n=No%C3%A9mie%20Vasseur342311">CV</a></p>',
  '<p><a href="https://wa.me/+33%206%2013%2034%2023%2011">WhatsApp</a></p>',
];

/** As stored by hand-made data rather than the sanitiser: entities it never writes, a comment. */
const UNSANITISED = [
  '<p>see <a href="https://example.com" title="No&#233;mie Vasseur342311">her</a></p>',
  '<p>No&eacute;mie&NonBreakingSpace;Vasseur342311</p>',
  '<p>Noémie<!-- x --> Vasseur342311</p>',
  '<p>06&#x20;13&#32;34 23 11</p>',
];

/** What no erased text (nor its markup) may keep: the surname, the full name glued or apart, the phone's digits. */
function fragments(stored: string): string[] {
  let html = stored;
  try {
    html = decodeURIComponent(stored);
  } catch {
    // Not percent-encoded text: read as it is.
  }
  const text = html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;|&#160;/g, ' ');
  const folded = foldText(`${text} ${html}`);
  return [
    folded.includes('vasseur342311') && 'surname',
    /noemie\W*vasseur/.test(folded) && 'full name',
    html.replace(/\D/g, '').includes('13342311') && 'phone',
  ].filter((found): found is string => Boolean(found));
}

/** Well formed: the HTML parser gives it back as it is. */
const wellFormed = (html: string) => serialize(parseFragment(html)) === html;

describe('finding the person in rich text', () => {
  const person = { id: 7, ...PERSON } as unknown as Candidate;
  const matcher = new PeopleMatcher([person]);

  it('every rich-text field is scrubbed as rich text, read by its text', () => {
    for (const resource of RESOURCES)
      for (const [field, spec] of Object.entries(RESOURCE_SPECS[resource].fields))
        if (spec.type === 'html') expect(PERSON_TEXT[resource][field], `${resource}.${field}`).toBe('html');
  });

  it('by name and phone through entities, tags and any space, keeping the HTML well formed and sanitised', () => {
    for (const html of VARIANTS) {
      const stored = sanitizeHtml(html);
      expect(fragments(stored), `${stored} names the person before`).not.toEqual([]);
      const erased = matcher.scrubHtml(stored);
      expect(fragments(erased), `${stored} → ${erased}`).toEqual([]);
      expect(erased, stored).toContain('[anonymised]');
      expect(wellFormed(erased), erased).toBe(true);
      expect(sanitizeHtml(erased), erased).toBe(erased);
    }
    for (const html of UNSANITISED) {
      const erased = matcher.scrubHtml(html);
      expect(fragments(erased), `${html} → ${erased}`).toEqual([]);
      expect(wellFormed(erased), erased).toBe(true);
    }
  });

  it('rewrites only the text, the rest of the markup and the words around staying; leaves namesakes, a first name alone and other numbers alone outside the person’s own records', () => {
    expect(matcher.scrubHtml('<p>v: Noémie&nbsp;Vasseur342311 end</p>')).toBe('<p>v: [anonymised] end</p>');
    expect(matcher.scrubHtml('<p>A <strong>B</strong> Noémie <em>Vasseur342311</em> C &amp; D</p>')).toBe(
      '<p>A <strong>B</strong> [anonymised]<em></em> C &amp; D</p>',
    );
    expect(matcher.scrubHtml('<p>call 06&nbsp;13&nbsp;34&nbsp;23&nbsp;11, then</p><ul><li>x</li></ul>')).toBe(
      '<p>call [anonymised], then</p><ul><li>x</li></ul>',
    );
    expect(matcher.scrubHtml('<p>tel 33613342311 end</p>')).toBe('<p>tel [anonymised] end</p>');
    for (const html of [
      '<p>Noémie&nbsp;Dupont</p>',
      '<p>Noémie <strong>from HR</strong></p>',
      '<p>The <b>Vasseur342311s</b> family</p>',
      '<p>tel 06&nbsp;13&nbsp;34&nbsp;23&nbsp;12</p>',
      '<p>ref 44613342311 and 1233613342311</p>',
      '<p>Noémie</p><p>Vasseur3423110</p>',
    ])
      expect(matcher.scrubHtml(html), html).toBe(html);
    // In a record about the person their first name alone is them.
    expect(matcher.scrubHtml('<p>Noémie&nbsp;<b>will call</b></p>', person.id)).toBe(
      '<p>[anonymised]&nbsp;<b>will call</b></p>',
    );
  });
});

describe('rich text, whatever its markup', () => {
  const person = { id: 7, ...PERSON } as unknown as Candidate;
  const matcher = new PeopleMatcher([person]);
  /** What a rich-text editor may put between two words or two pairs of digits. */
  const between = fc.constantFrom(
    ' ',
    '&nbsp;',
    '&#160;',
    '\u202F',
    '\u2009',
    ' <b>',
    '</b> ',
    '<br>',
    '</p><p>',
    '</li><li>',
    ' <em> ',
    '<strong> </strong>',
  );
  const around = fc.constantFrom(
    '',
    'x ',
    '<p>a ',
    ' b</p>',
    '<ul><li>c ',
    ' &amp; d',
    '<a href="https://e.test">e</a> ',
  );
  /** The name or the phone, each gap filled by the editor, inside other text, stored as a sanitiser would. */
  const stored = fc
    .tuple(
      around,
      fc.oneof(
        fc.tuple(between).map(([gap]) => `Noémie${gap}Vasseur342311`),
        fc
          .array(between, { minLength: 4, maxLength: 4 })
          .map((gaps) => ['06', '13', '34', '23', '11'].map((pair, i) => `${pair}${gaps[i] ?? ''}`).join('')),
      ),
      around,
    )
    .map(([before, named, after]) => serialize(parseFragment(`${before} ${named} ${after}`)));

  it('no fragment of the person survives, the HTML stays well formed, and a second pass finds nothing more', () => {
    fc.assert(
      fc.property(stored, (html) => {
        const erased = matcher.scrubHtml(html);
        expect(fragments(erased), `${html} → ${erased}`).toEqual([]);
        expect(wellFormed(erased), erased).toBe(true);
        expect(matcher.scrubHtml(erased)).toBe(erased);
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});

describe('erasure and export of rich text, through the API', () => {
  it('a note about another applicant and an offer description naming the person: in the export, then erased', async () => {
    const acme = await login(DEMO.acme);
    const post = async (path: string, body: unknown): Promise<Json> => {
      const response = await call('POST', path, body, acme);
      expect(response.status, `${path} ${JSON.stringify(response.body)}`).toBeLessThan(300);
      return response.body;
    };
    const candidate = await post('/api/candidates', PERSON);
    const other = await post('/api/candidates', {
      firstName: 'Paul',
      lastName: 'Colleague',
      email: 'paul.colleague@example.com',
      country: 'FR',
    });
    const [offer, otherOffer] = offersOf(ACME);
    const app = await post('/api/applications', { candidateId: other.id, offerId: otherOffer.id });
    const notes: number[] = [];
    for (const body of VARIANTS)
      notes.push(
        (await post('/api/activities', { candidateId: other.id, applicationId: app.id, type: 'note', body }))
          .id,
      );
    const description = `<p>A Noémie&nbsp;Vasseur342311 B Noémie <em>Vasseur342311</em> C 06&nbsp;13&nbsp;34&nbsp;23&nbsp;11 D 33613342311 E</p><p>Noémie</p><p>Vasseur342311</p>`;
    const advert = await call(
      'PATCH',
      `/api/offers/${offer.id}`,
      { description, version: offer.version },
      acme,
    );
    expect(advert.status, JSON.stringify(advert.body)).toBe(200);
    // A first name alone in another applicant's note is not the person.
    const namesake = await post('/api/activities', {
      candidateId: other.id,
      applicationId: app.id,
      type: 'note',
      body: '<p>Noémie&nbsp;<strong>from HR</strong> called</p>',
    });

    const support = await login(DEMO.support);
    const exported = await call('GET', `/api/candidates/${candidate.id}/export`, undefined, support);
    expect(exported.status).toBe(200);
    // A note about someone else that names the person is a record naming them: in `activities`.
    expect(exported.body.activities.map((row: Json) => row.id)).toEqual(expect.arrayContaining(notes));
    expect(exported.body.activities.map((row: Json) => row.id)).not.toContain(namesake.id);
    expect(exported.body.mentions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ resource: 'offers', id: offer.id, field: 'description' }),
      ]),
    );
    // Another person's export finds none of it.
    const bystander = await call('GET', `/api/candidates/${other.id}/export`, undefined, support);
    expect(bystander.body.mentions.filter((m: Json) => m.resource === 'offers' && m.id === offer.id)).toEqual(
      [],
    );

    expect((await call('POST', `/api/candidates/${candidate.id}/anonymize`, {}, support)).status).toBe(200);
    const admin = await login(DEMO.admin);
    for (const id of notes) {
      const { body } = (await call('GET', `/api/activities/${id}`, undefined, admin)).body;
      expect(fragments(body), body).toEqual([]);
      expect(body).toContain('[anonymised]');
      expect(wellFormed(body), body).toBe(true);
      expect(sanitizeHtml(body), body).toBe(body);
    }
    const stored = (await call('GET', `/api/offers/${offer.id}`, undefined, admin)).body.description;
    expect(fragments(stored), stored).toEqual([]);
    expect(stored).toMatch(
      /^<p>A \[anonymised\] B \[anonymised\](<em><\/em>)? C \[anonymised\] D \[anonymised\] E<\/p>/,
    );
    expect(wellFormed(stored), stored).toBe(true);
    expect((await call('GET', `/api/activities/${namesake.id}`, undefined, admin)).body.body).toBe(
      '<p>Noémie&nbsp;<strong>from HR</strong> called</p>',
    );
    // Nothing stored anywhere still holds the person.
    const leftovers = (getState().tables.activities.rows as Array<{ id: number; body: string }>).filter(
      (row) => fragments(row.body).length > 0,
    );
    expect(leftovers).toEqual([]);
  });
});
