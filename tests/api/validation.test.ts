import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { ResourceName } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { ACME, offersOf } from './fixtures';

/** Write bodies: 422 {message, errors:{field}} for bad values; the stored record never changes. */
const offer = {
  title: 'Développeur Java senior',
  contractType: 'permanent',
  city: 'Lyon',
  country: 'FR',
  remote: 'partial',
  experienceLevel: 'senior',
  status: 'draft',
  salaryMin: 50000,
  salaryMax: 60000,
  skills: ['Java'],
};
const freelance = {
  ...offer,
  contractType: 'freelance',
  salaryMin: null,
  salaryMax: null,
  dailyRateMin: 500,
  dailyRateMax: 650,
};
const description = `<p>${'Mission longue au sein d’une équipe produit. '.repeat(14)}</p>`;
const future = '2027-01-31T00:00:00.000Z';
const published = { ...offer, status: 'published', description, expiresAt: future };

const company = {
  name: 'Co',
  legalId: '123456789',
  country: 'FR',
  city: 'Paris',
  sector: 'IT',
  size: '1-10',
  plan: 'free',
  status: 'trial',
};
const address = { street: '12 rue de la Paix', postcode: '75002', city: 'Paris', country: 'FR' };

const candidate = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', country: 'FR' };

const INVALID: Array<[ResourceName, string, Record<string, unknown>, string]> = [
  ['offers', 'missing title', { ...offer, title: undefined }, 'title'],
  ['offers', 'title too short', { ...offer, title: 'Dev' }, 'title'],
  ['offers', 'title too long', { ...offer, title: 'x'.repeat(101) }, 'title'],
  ['offers', 'unknown enum', { ...offer, contractType: 'zero-hours' }, 'contractType'],
  ['offers', 'salaryMin > salaryMax', { ...offer, salaryMin: 70000, salaryMax: 60000 }, 'salaryMin'],
  ['offers', 'salary spread over 50,000', { ...offer, salaryMin: 40000, salaryMax: 95000 }, 'salaryMax'],
  [
    'offers',
    'daily rate spread over 500',
    { ...freelance, dailyRateMin: 300, dailyRateMax: 900 },
    'dailyRateMax',
  ],
  ['offers', 'freelance with a salary', { ...freelance, salaryMin: 50000, salaryMax: 60000 }, 'salaryMin'],
  [
    'offers',
    'permanent with a daily rate',
    { ...offer, dailyRateMin: 400, dailyRateMax: 500 },
    'dailyRateMin',
  ],
  ['offers', 'GB freelance without ir35', { ...freelance, country: 'GB', city: 'London' }, 'ir35'],
  ['offers', 'ir35 outside UK freelance', { ...offer, ir35: 'inside' }, 'ir35'],
  ['offers', 'currency not of the country', { ...offer, currency: 'GBP' }, 'currency'],
  [
    'offers',
    'published with a short description',
    { ...published, description: '<p>Too short</p>' },
    'description',
  ],
  ['offers', 'published without skills', { ...published, skills: [] }, 'skills'],
  [
    'offers',
    'published with a past expiry',
    { ...published, expiresAt: '2026-01-01T00:00:00.000Z' },
    'expiresAt',
  ],
  ['offers', 'a date that is not ISO', { ...offer, expiresAt: '31/12/2026' }, 'expiresAt'],
  ['offers', 'a number as a string', { ...offer, salaryMin: '50000' }, 'salaryMin'],
  ['offers', 'skills not a list', { ...offer, skills: 'Java' }, 'skills'],
  ['offers', 'a huge string', { ...offer, city: 'x'.repeat(20_000) }, 'city'],
  ['candidates', 'bad email', { ...candidate, email: 'ada@' }, 'email'],
  ['candidates', 'bad phone', { ...candidate, phone: '12345' }, 'phone'],
  ['candidates', 'javascript: URL', { ...candidate, linkedinUrl: 'javascript:alert(1)' }, 'linkedinUrl'],
  ['candidates', 'JaVaScRiPt: URL', { ...candidate, linkedinUrl: 'JaVaScRiPt:alert(1)' }, 'linkedinUrl'],
  [
    'candidates',
    'javascript: URL with spaces',
    { ...candidate, linkedinUrl: ' javascript:alert(1)' },
    'linkedinUrl',
  ],
  [
    'candidates',
    'data: URL',
    { ...candidate, linkedinUrl: 'data:text/html,<script>alert(1)</script>' },
    'linkedinUrl',
  ],
  [
    'candidates',
    'salary and daily rate',
    { ...candidate, desiredSalary: 50000, desiredDailyRate: 500 },
    'desiredDailyRate',
  ],
  ['candidates', 'null for a required field', { ...candidate, firstName: null }, 'firstName'],
  ['candidates', 'availableFrom not a date', { ...candidate, availableFrom: 'soon' }, 'availableFrom'],
  [
    'users',
    'duplicate email',
    { firstName: 'A', lastName: 'B', email: DEMO.acme, role: 'recruiter', companyId: ACME },
    'email',
  ],
  [
    'users',
    'recruiter without company',
    { firstName: 'A', lastName: 'B', email: 'c@acme.test', role: 'recruiter' },
    'companyId',
  ],
  ['companies', 'bad website scheme', { ...company, website: 'ftp://co.test' }, 'website'],
  ['companies', 'bad contact email', { ...company, contactEmail: 'jane@' }, 'contactEmail'],
  ['companies', 'address not an object', { ...company, billingAddress: '1 rue X' }, 'billingAddress'],
  [
    'companies',
    'French postcode of 4 digits',
    { ...company, billingAddress: { ...address, postcode: '7500' } },
    'billingAddress.postcode',
  ],
  [
    'companies',
    'French postcode on a UK address',
    { ...company, billingAddress: { ...address, country: 'GB', city: 'London' } },
    'billingAddress.postcode',
  ],
  [
    'companies',
    'not a UK postcode',
    { ...company, billingAddress: { ...address, country: 'GB', postcode: 'SW1A' } },
    'billingAddress.postcode',
  ],
  [
    'companies',
    'address without a street',
    { ...company, billingAddress: { ...address, street: '' } },
    'billingAddress.street',
  ],
  [
    'companies',
    'address in an unknown country',
    { ...company, billingAddress: { ...address, country: 'DE' } },
    'billingAddress.country',
  ],
  [
    'companies',
    'address with an unknown part',
    { ...company, billingAddress: { ...address, floor: 3 } },
    'billingAddress.floor',
  ],
  ['saved-views', 'unknown resource', { resource: 'secrets', name: 'x' }, 'resource'],
  // Spellings that pass for a colleague's address (an outside review invited each as a user).
  [
    'candidates',
    'a Cyrillic letter in the address',
    { ...candidate, email: 'recru\u0456ter@acme.test' },
    'email',
  ],
  ['candidates', 'a trailing dot after the domain', { ...candidate, email: 'recruiter@acme.test.' }, 'email'],
  ['candidates', 'a quoted local part', { ...candidate, email: '"recruiter"@acme.test' }, 'email'],
  ['candidates', 'an accented local part', { ...candidate, email: 'r\u00e9@acme.test' }, 'email'],
  ['candidates', 'two dots in a row', { ...candidate, email: 'ada..lovelace@acme.test' }, 'email'],
  ['candidates', 'a punycode domain', { ...candidate, email: 'recruiter@xn--cme-8cd.test' }, 'email'],
  ['candidates', 'a domain label over 63', { ...candidate, email: `ada@${'a'.repeat(64)}.test` }, 'email'],
  ['candidates', 'a local part over 64', { ...candidate, email: `${'a'.repeat(65)}@acme.test` }, 'email'],
];

describe('validation (422 with field errors)', () => {
  for (const [resource, name, body, field] of INVALID) {
    it(`${resource}: ${name} → errors.${field}`, async () => {
      const token = await login(resource === 'users' || resource === 'companies' ? DEMO.admin : DEMO.acme);
      const before = getState().tables[resource].size;
      const response = await call('POST', `/api/${resource}`, body, token);
      expect(response.status).toBe(422);
      expect(response.body.message).toEqual(expect.any(String));
      // A path of one key: `billingAddress.postcode` is a key of its own (the form's input name).
      expect(response.body.errors).toHaveProperty([field]);
      expect(getState().tables[resource].size).toBe(before);
    });
  }

  const VALID: Array<[string, Record<string, unknown>]> = [
    ['FR phone +33', { ...candidate, phone: '+33 6 12 34 56 78' }],
    ['FR phone 0', { ...candidate, phone: '06.12.34.56.78' }],
    ['UK phone +44', { ...candidate, phone: '+44 20 7946 0958' }],
    ['UK phone 0', { ...candidate, phone: '07700 900123' }],
    ['https URL', { ...candidate, linkedinUrl: 'https://www.linkedin.com/in/ada' }],
    ['mailto URL', { ...candidate, linkedinUrl: 'mailto:ada@example.com' }],
    [
      'an address with a plus tag, a hyphenated subdomain and a long TLD',
      { ...candidate, email: "ada.o'neil+jobs@mail.ex-ample.consulting" },
    ],
  ];
  for (const [name, body] of VALID) {
    it(`accepts ${name}`, async () => {
      const response = await call('POST', '/api/candidates', body, await login(DEMO.acme));
      expect(response.status).toBe(201);
    });
  }

  it('accepts a valid UK freelance offer with ir35, and a published offer with everything', async () => {
    const token = await login(DEMO.acme);
    const uk = await call(
      'POST',
      '/api/offers',
      { ...freelance, country: 'GB', city: 'London', ir35: 'outside' },
      token,
    );
    expect(uk.status).toBe(201);
    expect(uk.body.currency).toBe('GBP');
    const live = await call('POST', '/api/offers', published, token);
    expect(live.status).toBe(201);
    expect(live.body.publishedAt).toBe(getState().referenceDate);
  });

  it('a refused update leaves the stored record as it was', async () => {
    const token = await login(DEMO.acme);
    const draft = structuredClone(offersOf(ACME, 'draft')[0]);
    const response = await call(
      'PATCH',
      `/api/offers/${draft.id}`,
      { salaryMin: 90000, salaryMax: 10000, version: draft.version },
      token,
    );
    expect(response.status).toBe(422);
    expect(getState().tables.offers.get(draft.id)).toEqual(draft);
  });

  it('unknown body fields are ignored, not stored', async () => {
    const response = await call(
      'POST',
      '/api/candidates',
      { ...candidate, isAdmin: true, __proto__x: 1 },
      await login(DEMO.acme),
    );
    expect(response.status).toBe(201);
    expect(response.body).not.toHaveProperty('isAdmin');
  });

  it('a body that is not a JSON object → 400', async () => {
    const token = await login(DEMO.acme);
    for (const body of ['[1,2]', '"text"', 'null', '{"title": ']) {
      expect((await call('POST', '/api/offers', body, token)).status).toBe(400);
    }
  });
});

describe('rich text is sanitised on write', () => {
  const payloads = [
    '<img src=x onerror="alert(1)">',
    '<svg onload=alert(1)></svg>',
    '<script>alert(1)</script>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href=" JaVaScRiPt:alert(1)">x</a>',
    '<p onclick="alert(1)" style="color:red">x</p>',
    '<iframe src="https://evil.test"></iframe>',
  ];
  for (const payload of payloads) {
    it(`activity body: ${payload}`, async () => {
      const token = await login(DEMO.acme);
      const app = (await call('GET', '/api/applications?range=[0,0]', undefined, token)).body[0];
      const response = await call(
        'POST',
        '/api/activities',
        { candidateId: app.candidateId, type: 'note', body: `<p>ok</p>${payload}` },
        token,
      );
      expect(response.status).toBe(201);
      expect(response.body.body).toContain('<p>ok</p>');
      expect(response.body.body).not.toMatch(/onerror|onload|onclick|<script|javascript:|<iframe|style=/i);
    });
  }

  it('keeps the formatting of an offer description', async () => {
    const token = await login(DEMO.acme);
    const response = await call(
      'POST',
      '/api/offers',
      {
        ...offer,
        description: '<p><strong>CDI</strong></p><ul><li>React</li></ul><a href="https://acme.test">site</a>',
      },
      token,
    );
    expect(response.body.description).toBe(
      '<p><strong>CDI</strong></p><ul><li>React</li></ul><a href="https://acme.test">site</a>',
    );
  });
});

describe('job slots', () => {
  it('the first publication uses one job slot and writes a ledger entry; resuming a paused offer is free', async () => {
    const token = await login(DEMO.acme);
    const company = () => getState().tables.companies.get(ACME);
    const slots = company()?.credits.jobSlots as number;
    const created = await call('POST', '/api/offers', published, token);
    expect(company()?.credits.jobSlots).toBe(slots - 1);
    const ledger = getState().tables['credit-ledger'].rows.at(-1);
    expect(ledger).toMatchObject({
      companyId: ACME,
      kind: 'jobSlots',
      delta: -1,
      action: 'job_slot',
      recordId: created.body.id,
      balanceAfter: slots - 1,
    });
    const paused = await call(
      'PATCH',
      `/api/offers/${created.body.id}`,
      { status: 'paused', version: 1 },
      token,
    );
    await call(
      'PATCH',
      `/api/offers/${created.body.id}`,
      { status: 'published', version: paused.body.version },
      token,
    );
    expect(company()?.credits.jobSlots).toBe(slots - 1);
  });

  it('publishing without a job slot left → 422 with a clear message', async () => {
    const token = await login(DEMO.acme);
    const company = getState().tables.companies.get(ACME);
    if (company) company.credits = { ...company.credits, jobSlots: 0 };
    const response = await call('POST', '/api/offers', published, token);
    expect(response.status).toBe(422);
    expect(response.body.errors.status).toMatch(/job slot/i);
  });
});

describe('a saved view is a list call kept for later: checked as that list checks it, for its owner', () => {
  const views = () => getState().tables['saved-views'].rows.length;
  const post = (body: object, token: string) => call('POST', '/api/saved-views', body, token);

  it('refuses a filter the list would refuse (unknown field or operator, masked field): 422 on filter, nothing saved', async () => {
    const acme = await login(DEMO.acme);
    const before = views();
    for (const filter of [
      { email: 'a@b.c', nope: { deep: [1, 2, 3] }, email_gte: 'a' },
      { nope: 1 },
      { city_gte: 'Lyon', skills_gt: 'Java' },
      { remote: 'sometimes' },
      { email: 'a@b.c' },
      { ownerCompanyId: ACME },
      { tags: ['x', { deep: 1 }] },
    ]) {
      const refused = await post({ resource: 'candidates', name: 'x', filter }, acme);
      expect(refused.status, JSON.stringify(filter)).toBe(422);
      expect(Object.keys(refused.body.errors), JSON.stringify(filter)).toEqual(['filter']);
    }
    expect(views()).toBe(before);
    // What the list takes, the view takes: its words, its own filters (tags), operators on numbers.
    const made = await post(
      {
        resource: 'candidates',
        name: 'Java leads',
        filter: { q: 'java', tags: 'lead', yearsOfExperience_gte: 5 },
      },
      acme,
    );
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    // Staff read every contact: the same filter on email is theirs to keep.
    const support = await login(DEMO.support);
    expect(
      (await post({ resource: 'candidates', name: 'x', filter: { email: 'a@b.c' } }, support)).status,
    ).toBe(201);
    // A PATCH of the filter is checked too; a rename of the view is not held up by it.
    const patched = await call(
      'PATCH',
      `/api/saved-views/${made.body.id}`,
      { filter: { phone: '0600000000' }, version: made.body.version },
      acme,
    );
    expect(patched.status).toBe(422);
    expect(Object.keys(patched.body.errors)).toEqual(['filter']);
  });

  it('refuses a name nobody can read (spaces, a zero-width space...): 422 on name, nothing saved, nor renamed', async () => {
    const acme = await login(DEMO.acme);
    const before = views();
    // Besides spaces and format characters: variation selectors, the combining grapheme joiner,
    // a Mongolian variation selector, a lone combining accent: marks on nothing, which print nothing.
    for (const name of [
      '\u200B',
      ' \u200B ',
      '\u3164',
      '\u2800',
      '\u00A0\u200D',
      '\uFE0F',
      '\u{E0100}',
      '\u034F',
      '\u180B',
      '\u0301',
    ]) {
      const refused = await post({ resource: 'candidates', name, filter: {} }, acme);
      expect([JSON.stringify(name), refused.status, refused.body.errors]).toEqual([
        JSON.stringify(name),
        422,
        { name: 'must show something: spaces and invisible characters alone are not a name' },
      ]);
    }
    expect(views()).toBe(before);
    // A mark on a letter is text: 'é' written as e and a combining accent, an emoji with its selector.
    for (const name of ['Re\u0301seau', '\u2764\uFE0F'])
      expect((await post({ resource: 'candidates', name, filter: {} }, acme)).status).toBe(201);
    const made = await post({ resource: 'candidates', name: 'Java\u200B leads', filter: {} }, acme);
    expect(made.status).toBe(201);
    const renamed = await call(
      'PATCH',
      `/api/saved-views/${made.body.id}`,
      { name: '\u200B', version: made.body.version },
      acme,
    );
    expect(renamed.status).toBe(422);
    expect(Object.keys(renamed.body.errors)).toEqual(['name']);
    expect(getState().tables['saved-views'].get(made.body.id)?.name).toBe('Java\u200B leads');
  });

  it('refuses a resource its owner may not list (422 on resource), and a sort on a field masked for them (422 on sort)', async () => {
    const acme = await login(DEMO.acme);
    const before = views();
    const audit = await post({ resource: 'audit-logs', name: 'x', filter: {} }, acme);
    expect(audit.status).toBe(422);
    expect(Object.keys(audit.body.errors)).toEqual(['resource']);
    const sales = await login(DEMO.sales);
    const candidates = await post({ resource: 'candidates', name: 'x', filter: {} }, sales);
    expect(candidates.status).toBe(422);
    expect(Object.keys(candidates.body.errors)).toEqual(['resource']);
    const sorted = await post(
      { resource: 'candidates', name: 'x', filter: {}, sort: { field: 'email', order: 'ASC' } },
      acme,
    );
    expect(sorted.status).toBe(422);
    expect(Object.keys(sorted.body.errors)).toEqual(['sort']);
    expect(views()).toBe(before);
    const support = await login(DEMO.support);
    expect(
      (await post({ resource: 'audit-logs', name: 'x', filter: { action: 'update' } }, support)).status,
    ).toBe(201);
  });
});
