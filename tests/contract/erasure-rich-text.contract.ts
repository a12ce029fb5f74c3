import { beforeAll, describe, expect, it } from 'vitest';
import { listQuery } from '../helpers/api';
import { signInAs } from './accounts';
import { call, type Json, madeRecords, run, type Session } from './records';

/**
 * GDPR erasure and export of rich text, over real HTTP, black-box: a person named in notes about
 * another applicant and in an offer's description the way a rich-text editor writes it (a
 * non-breaking space, the surname in bold, a line break or a new paragraph between the names, the
 * phone with non-breaking spaces, a tag among its digits, or its country code without +). The
 * export lists those records; after the erasure no fragment of the name or phone survives in them,
 * and they are still well-formed HTML. What the test creates it deletes; names are new each run.
 */

const pairs = String(Math.floor(Math.random() * 1e8))
  .padStart(8, '0')
  .match(/\d\d/g) as string[];
const person = {
  firstName: 'Noémie',
  lastName: `Vasseur${run}`,
  email: `noemie.${run}@contract.test`,
  phone: `+33 6 ${pairs.join(' ')}`,
  country: 'FR',
};
/** The phone's eight last digits: no erased text may hold them, whatever is between them. */
const lastDigits = pairs.join('');
const nbsp = (words: string[]) => words.join('&nbsp;');

/** Each way a rich-text editor or a paste names the person. */
const variants = [
  `<p>v: ${nbsp([person.firstName, person.lastName])} end</p>`,
  `<p>${person.firstName} <strong>${person.lastName}</strong></p>`,
  `<p>${person.firstName}<br>${person.lastName}</p>`,
  `<p>${person.firstName}</p><p>${person.lastName}</p>`,
  `<p>tel ${nbsp(['06', ...pairs])} end</p>`,
  `<p>tel 06 ${pairs[0]} <b>${pairs[1]}</b> ${pairs[2]} ${pairs[3]} end</p>`,
  `<p>tel 336${lastDigits} end</p>`,
];
const description = `<p>A ${nbsp([person.firstName, person.lastName])} B ${person.firstName} <em>${person.lastName}</em> C ${nbsp(['06', ...pairs])} D</p>`;

/** What of the person a text still holds, markup and entities read through. */
function fragments(html: string): string[] {
  const text = `${html} ${html.replace(/<[^>]*>/g, '')}`.toLowerCase();
  return [
    text.includes(person.lastName.toLowerCase()) && 'surname',
    html.replace(/\D/g, '').includes(lastDigits) && 'phone',
  ].filter((found): found is string => Boolean(found));
}

/** Every tag opened is closed, in order (the void <br> aside): the HTML is still well formed. */
function balanced(html: string): boolean {
  const open: string[] = [];
  for (const [, closing, tag] of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>/gi)) {
    if (tag.toLowerCase() === 'br') continue;
    if (!closing) open.push(tag.toLowerCase());
    else if (open.pop() !== tag.toLowerCase()) return false;
  }
  return open.length === 0 && !/<(?![a-z/])/i.test(html);
}

let recruiter: Session;
let support: Session;
let admin: Session;
const { create } = madeRecords();
const made: Record<string, Json> = {};
const notes: Json[] = [];

beforeAll(async () => {
  [recruiter, support, admin] = await Promise.all((['recruiter', 'support', 'admin'] as const).map(signInAs));
  const filter = { status: 'published' };
  const [offer] = (
    await call('GET', `/api/offers${listQuery({ filter, range: [0, 0] })}`, undefined, recruiter.token)
  ).body as Json[];
  expect(offer, 'a published offer of the recruiter’s company').toBeDefined();
  // Only an admin may delete a profile.
  made.person = await create(recruiter, 'candidates', person, admin);
  made.other = await create(
    recruiter,
    'candidates',
    { firstName: 'Paul', lastName: `Colleague${run}`, email: `paul.${run}@contract.test`, country: 'FR' },
    admin,
  );
  made.application = await create(recruiter, 'applications', {
    candidateId: made.other.id,
    offerId: offer.id,
  });
  for (const body of variants)
    notes.push(
      await create(recruiter, 'activities', {
        candidateId: made.other.id,
        applicationId: made.application.id,
        type: 'note',
        body,
      }),
    );
  made.offer = await create(recruiter, 'offers', {
    title: `Contract rich text ${run}`,
    contractType: 'permanent',
    city: 'Lyon',
    country: 'FR',
    remote: 'partial',
    experienceLevel: 'senior',
    status: 'draft',
    description,
  });
}, 120_000);

describe('GDPR erasure and export of rich text', () => {
  it('the export holds the notes naming the person and lists the offer’s description in its mentions', async () => {
    // What was stored names the person, markup and all.
    for (const note of notes) expect(fragments(note.body), note.body).not.toEqual([]);
    expect(fragments(made.offer.description)).toEqual(['surname', 'phone']);
    const exported = await call('GET', `/api/candidates/${made.person.id}/export`, undefined, support.token);
    expect(exported.status).toBe(200);
    const ids = exported.body.activities.map((row: Json) => row.id);
    for (const note of notes) expect(ids, note.body).toContain(note.id);
    expect(exported.body.mentions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ resource: 'offers', id: made.offer.id, field: 'description' }),
      ]),
    );
    // The other applicant's export does not take the person's mentions for theirs.
    const theirs = await call('GET', `/api/candidates/${made.other.id}/export`, undefined, support.token);
    expect(theirs.status).toBe(200);
    expect(
      theirs.body.mentions.filter((m: Json) => m.resource === 'offers' && m.id === made.offer.id),
    ).toEqual([]);
  });

  it('after the erasure no fragment of the name or phone survives, and the HTML stays well formed', async () => {
    expect(
      (await call('POST', `/api/candidates/${made.person.id}/anonymize`, {}, support.token)).status,
    ).toBe(200);
    for (const note of notes) {
      const read = await call('GET', `/api/activities/${note.id}`, undefined, admin.token);
      expect(read.status).toBe(200);
      expect(fragments(read.body.body), `${note.body} → ${read.body.body}`).toEqual([]);
      expect(balanced(read.body.body), read.body.body).toBe(true);
    }
    const offer = await call('GET', `/api/offers/${made.offer.id}`, undefined, admin.token);
    expect(offer.status).toBe(200);
    expect(fragments(offer.body.description), offer.body.description).toEqual([]);
    expect(balanced(offer.body.description), offer.body.description).toBe(true);
    // The words around the person stay.
    expect(offer.body.description).toMatch(/^<p>A .+ B .+ C .+ D<\/p>$/);
  }, 120_000);
});
