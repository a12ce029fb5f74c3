import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Candidate, Offer, User } from '../../src/model/types';
import { ACME, applicantOf, applicationsOf, offersOf } from '../api/fixtures';
import { call, DEMO, listQuery, login } from '../helpers/api';

/**
 * Issue 15, points 11 to 14 and what was seen beside them: input no rule should ever receive is
 * refused on every route, in one place (the route wrapper), before a handler walks it. Each case
 * answers a 400, 404, 415 or 422 naming what is wrong, never a 500, and changes nothing.
 */
const deep = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
/** NUL, BEL, ESC (a terminal escape), DEL, a C1 control, a lone high and a lone low surrogate. */
const CONTROLS = ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u009b', '\ud800', 'x\udc00'];
const snapshot = () => JSON.stringify(Object.values(getState().tables).map((table) => table.rows));

const draftOf = (companyId: number) => offersOf(companyId, 'draft')[0];

describe('point 11: nesting depth is limited before anything walks the input', () => {
  it('a 20,000-deep PATCH body answers 400 naming the limit (not a 500) and changes nothing', async () => {
    const token = await login(DEMO.admin);
    const offer = draftOf(ACME);
    const before = snapshot();
    for (const body of [
      `{"version":${offer.version},"title":${deep(20_000)}}`,
      `{"version":${offer.version},"title":${deep(401)}}`,
    ]) {
      const response = await call('PATCH', `/api/offers/${offer.id}`, body, token);
      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(/400/);
    }
    expect(snapshot()).toBe(before);
    // 400 levels are still JSON the API reads (then refuses as a value, here).
    const limit = await call('PATCH', `/api/offers/${offer.id}`, `{"version":1,"title":${deep(399)}}`, token);
    expect(limit.status).toBe(422);
  });

  it('the limit holds on custom routes and the public login route too', async () => {
    const token = await login(DEMO.acme);
    const app = applicationsOf(ACME)[0];
    for (const [path, auth] of [
      [`/api/applications/${app.id}/move`, token],
      ['/api/candidates/import', token],
      ['/api/auth/login', undefined],
    ] as const) {
      const response = await call('POST', path, `{"rows":${deep(20_000)}}`, auth);
      expect([path, response.status]).toEqual([path, 400]);
    }
  });

  it('a deep JSON query parameter answers 400 naming it, the CSV export included', async () => {
    const token = await login(DEMO.acme);
    const filter = `?filter=${encodeURIComponent(deep(20_000))}`;
    for (const path of ['/api/offers', '/api/candidates', '/api/exports/candidates', '/api/exports/offers']) {
      const response = await call('GET', `${path}${filter}`, undefined, token);
      expect([path, response.status]).toEqual([path, 400]);
      expect(response.body.message).toMatch(/"filter".*400/);
    }
    const sort = await call(
      'GET',
      `/api/offers?sort=${encodeURIComponent(`[${deep(500)},"ASC"]`)}`,
      undefined,
      token,
    );
    expect(sort.status).toBe(400);
    expect(sort.body.message).toMatch(/"sort"/);
  });
});

describe('point 12: names of Object.prototype members are never fields', () => {
  it('a body with __proto__, constructor, toString or hasOwnProperty is refused with 422 naming each, and nothing is stored', async () => {
    const token = await login(DEMO.acme);
    const before = snapshot();
    const body = `{"resource":"offers","name":"Mine","filter":{},${PROTOTYPE_NAMES.map((n) => `"${n}":{"polluted":true}`).join(',')}}`;
    const response = await call('POST', '/api/saved-views', body, token);
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.errors).sort()).toEqual([...PROTOTYPE_NAMES].sort());
    expect(snapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the names are refused at any depth and in every write route', async () => {
    const token = await login(DEMO.admin);
    const offer = draftOf(ACME);
    const nested = await call(
      'PATCH',
      `/api/offers/${offer.id}`,
      `{"version":${offer.version},"skills":["a"],"extra":{"constructor":{"prototype":1}}}`,
      token,
    );
    expect(nested.status).toBe(422);
    expect(nested.body.errors).toHaveProperty(['extra.constructor']);
    const imported = await call('POST', '/api/candidates/import', '{"rows":[{"toString":"x"}]}', token);
    expect(imported.status).toBe(422);
    expect(imported.body.errors).toHaveProperty(['rows.0.toString']);
  });

  it('sort and filter on those names answer 400 naming the field', async () => {
    const token = await login(DEMO.admin);
    for (const name of PROTOTYPE_NAMES) {
      const sorted = await call('GET', `/api/offers${listQuery({ sort: [name, 'ASC'] })}`, undefined, token);
      expect([name, sorted.status]).toEqual([name, 400]);
      expect(sorted.body.message).toContain(name);
      const filtered = await call(
        'GET',
        `/api/candidates?filter=${encodeURIComponent(`{"${name}":1}`)}`,
        undefined,
        token,
      );
      expect([name, filtered.status]).toEqual([name, 400]);
      expect(filtered.body.message).toContain(name);
    }
  });

  it('a value naming a prototype member is an unknown choice (422 on the field), not a 500', async () => {
    const token = await login(DEMO.admin);
    const company = {
      name: 'Prototype SA',
      legalId: '12345678901234',
      country: 'constructor',
      city: 'Paris',
      sector: 'IT',
      size: '1-10',
      plan: 'free',
      status: 'trial',
      currency: 'EUR',
    };
    for (const country of ['constructor', 'toString', '__proto__']) {
      const response = await call('POST', '/api/companies', { ...company, country }, token);
      expect([country, response.status]).toEqual([country, 422]);
      expect(response.body.errors).toHaveProperty('country');
    }
  });
});

describe('point 13: control characters and impossible dates are refused on every write path', () => {
  it('CRUD: control characters or a lone surrogate in a text field answer 422 on that field', async () => {
    const token = await login(DEMO.acme);
    const offer = draftOf(ACME);
    const before = snapshot();
    for (const bad of CONTROLS) {
      const response = await call(
        'PATCH',
        `/api/offers/${offer.id}`,
        { title: `Senior ${bad} developer`, version: offer.version },
        token,
      );
      expect([JSON.stringify(bad), response.status]).toEqual([JSON.stringify(bad), 422]);
      expect(response.body.errors).toHaveProperty('title');
    }
    const skills = await call(
      'PATCH',
      `/api/offers/${offer.id}`,
      { skills: ['Go\u0000'], version: offer.version },
      token,
    );
    expect(skills.body.errors).toHaveProperty(['skills.0']);
    expect(snapshot()).toBe(before);
  });

  it('tab and line breaks: refused in one-line fields, kept in multi-line text', async () => {
    const token = await login(DEMO.acme);
    const offer = draftOf(ACME);
    for (const bad of ['a\tb', 'a\nb', 'a\rb']) {
      const response = await call(
        'PATCH',
        `/api/offers/${offer.id}`,
        { title: `Title ${bad}`, version: offer.version },
        token,
      );
      expect([JSON.stringify(bad), response.status]).toEqual([JSON.stringify(bad), 422]);
      expect(response.body.errors.title).toMatch(/one line/);
    }
    const candidate = applicantOf(ACME) as Candidate;
    const admin = await login(DEMO.admin);
    const summary = 'First line\n\tSecond line\r\nThird';
    const kept = await call(
      'PATCH',
      `/api/candidates/${candidate.id}`,
      { summary, version: candidate.version },
      admin,
    );
    expect(kept.status).toBe(200);
    expect(kept.body.summary).toBe(summary);
  });

  it('custom routes and the import: 422 naming the field', async () => {
    const token = await login(DEMO.support);
    const recruiter = (getState().tables.users.rows as User[]).find(
      (u) => u.role === 'recruiter' && u.status === 'active',
    ) as User;
    const lock = await call('POST', `/api/users/${recruiter.id}/lock`, { reason: 'Fraud \u001b[2J' }, token);
    expect(lock.status).toBe(422);
    expect(lock.body.errors).toHaveProperty('reason');
    expect(getState().tables.users.get(recruiter.id)?.status).toBe('active');
    const credits = await call('POST', '/api/companies/1/credits', { delta: 1, reason: 'gift\u0000' }, token);
    expect(credits.body.errors).toHaveProperty('reason');
    const admin = await login(DEMO.admin);
    const row = { firstName: 'Ana\u0007', lastName: 'Roy', email: 'ana.roy@import.test', country: 'FR' };
    const imported = await call('POST', '/api/candidates/import', { rows: [row] }, admin);
    expect(imported.status).toBe(422);
    expect(imported.body.errors).toHaveProperty(['rows.0.firstName']);
  });

  it('impossible dates and times answer 422 naming the field, on CRUD and in the import', async () => {
    const admin = await login(DEMO.admin);
    const candidate = applicantOf(ACME) as Candidate;
    for (const day of ['2026-02-30', '2026-13-01', '2026-04-31', '2025-02-29', '2026-00-10']) {
      const response = await call(
        'PATCH',
        `/api/candidates/${candidate.id}`,
        { availableFrom: day, version: candidate.version },
        admin,
      );
      expect([day, response.status]).toEqual([day, 422]);
      expect(response.body.errors.availableFrom).toMatch(/no such date/);
    }
    const leap = await call(
      'PATCH',
      `/api/candidates/${candidate.id}`,
      { availableFrom: '2028-02-29', version: candidate.version },
      admin,
    );
    expect(leap.status).toBe(200);
    for (const consentAt of ['2026-02-30T10:00:00Z', '2026-01-01T24:00:00Z', '2026-06-31T08:00:00+02:00']) {
      const response = await call(
        'PATCH',
        `/api/candidates/${candidate.id}`,
        { consentAt, version: leap.body.version },
        admin,
      );
      expect([consentAt, response.status]).toEqual([consentAt, 422]);
      expect(response.body.errors).toHaveProperty('consentAt');
    }
    const row = {
      firstName: 'Ana',
      lastName: 'Roy',
      email: 'ana.roy@import.test',
      country: 'FR',
      availableFrom: '2026-02-30',
    };
    const imported = await call('POST', '/api/candidates/import', { rows: [row] }, admin);
    expect(imported.status).toBe(422);
    expect(imported.body.errors).toHaveProperty(['rows.0.availableFrom']);
  });

  it('an impossible date in a filter or a parameter answers 400 naming it', async () => {
    const admin = await login(DEMO.admin);
    const filter = await call(
      'GET',
      `/api/candidates${listQuery({ filter: { availableFrom_lte: '2026-02-30' } })}`,
      undefined,
      admin,
    );
    expect(filter.status).toBe(400);
    expect(filter.body.message).toContain('availableFrom_lte');
    const week = await call('GET', '/api/interviews/ics?week=2026-02-30', undefined, admin);
    expect(week.status).toBe(400);
    expect(week.body.message).toContain('week');
  });
});

describe('point 14: one id parser for every route', () => {
  const FORMS = ['0x1', '1e0', '%201', '1.0', '01', '+1', '-1', '1%20', '0', '9007199254740993'];

  it('custom routes answer 404 to every id that is not a positive decimal integer, as the CRUD does', async () => {
    const admin = await login(DEMO.admin);
    const recruiter = await login(DEMO.acme);
    const routes: Array<[string, string, string, unknown?]> = [
      [admin, 'GET', '/api/offers/{id}'],
      [admin, 'GET', '/api/offers/{id}/matches'],
      [admin, 'GET', '/api/candidates/{id}/matches'],
      [admin, 'GET', '/api/candidates/{id}/export'],
      [admin, 'POST', '/api/candidates/{id}/anonymize', {}],
      [admin, 'POST', '/api/candidates/{id}/merge', { intoId: 2 }],
      [recruiter, 'POST', '/api/candidates/{id}/unlock', {}],
      [admin, 'POST', '/api/users/{id}/lock', { reason: 'A good reason' }],
      [admin, 'POST', '/api/users/{id}/unlock', { reason: 'A good reason' }],
      [admin, 'POST', '/api/companies/{id}/credits', { delta: 1, reason: 'A good reason' }],
      [admin, 'GET', '/api/companies/{id}/credit-usage'],
      [admin, 'POST', '/api/credit-ledger/{id}/refund', { reason: 'A good reason' }],
      [recruiter, 'POST', '/api/applications/{id}/move', { stage: 'new', position: 0, version: 1 }],
      [admin, 'GET', '/api/applications/{id}/scorecards'],
      [admin, 'GET', '/api/interviews/{id}/ics'],
      [admin, 'POST', '/api/message-templates/{id}/render', { applicationId: 1 }],
    ];
    const before = snapshot();
    for (const [token, method, path, body] of routes)
      for (const form of FORMS) {
        const response = await call(method, path.replace('{id}', form), body, token);
        expect([method, path, form, response.status]).toEqual([method, path, form, 404]);
      }
    expect(snapshot()).toBe(before);
  });

  it('an id in a query parameter follows the same rule: 400 naming it', async () => {
    const admin = await login(DEMO.admin);
    for (const filter of [
      { id: ['0x1'] },
      { id: ['1e0', 2] },
      { companyId: '1.0' },
      { offerId_gte: ' 1' },
      { id: [-1] },
    ]) {
      const response = await call('GET', `/api/applications${listQuery({ filter })}`, undefined, admin);
      expect([filter, response.status]).toEqual([filter, 400]);
      expect(response.body.message).toContain(Object.keys(filter)[0]);
    }
    const digits = await call(
      'GET',
      `/api/offers${listQuery({ filter: { id: ['1', 2] } })}`,
      undefined,
      admin,
    );
    expect(digits.body.map((o: Offer) => o.id)).toEqual([1, 2]);
    for (const form of ['0x1', '1e0', '1.0', '01']) {
      const ics = await call(
        'GET',
        `/api/interviews/ics?week=2026-11-02&interviewerId=${form}`,
        undefined,
        admin,
      );
      expect([form, ics.status]).toEqual([form, 400]);
      expect(ics.body.message).toContain('interviewerId');
    }
  });
});

describe('what was seen beside them: media type and nosniff', () => {
  it('a body that is not JSON (text/plain, a form, none said) answers 415 and creates nothing', async () => {
    const token = await login(DEMO.acme);
    const before = snapshot();
    const body = JSON.stringify({ resource: 'offers', name: 'Sent as text', filter: {} });
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'text/html',
      'application/xml',
      '',
    ]) {
      const response = await call('POST', '/api/saved-views', body, token, { 'Content-Type': type });
      expect([type, response.status]).toEqual([type, 415]);
      expect(response.body.message).toMatch(/JSON/);
    }
    const login415 = await call(
      'POST',
      '/api/auth/login',
      JSON.stringify({ email: DEMO.acme, password: 'demo' }),
      undefined,
      {
        'Content-Type': 'text/plain',
      },
    );
    expect(login415.status).toBe(415);
    expect(snapshot()).toBe(before);
  });

  it('JSON and merge-patch JSON are accepted, with a charset', async () => {
    const token = await login(DEMO.acme);
    const created = await call(
      'POST',
      '/api/saved-views',
      { resource: 'offers', name: 'JSON', filter: {} },
      token,
      {
        'Content-Type': 'application/json; charset=utf-8',
      },
    );
    expect(created.status).toBe(201);
    const patched = await call(
      'PATCH',
      `/api/saved-views/${created.body.id}`,
      { name: 'Merge', version: 1 },
      token,
      { 'Content-Type': 'application/merge-patch+json' },
    );
    expect(patched.status).toBe(200);
  });

  it('every answer carries X-Content-Type-Options: nosniff: JSON, errors, CSV, calendars, no route', async () => {
    const token = await login(DEMO.admin);
    const offer = offersOf(ACME)[0] as Offer;
    const interview = getState().tables.interviews.rows[0];
    const responses = [
      await call('POST', '/api/auth/login', { email: DEMO.acme, password: 'wrong' }),
      await call('GET', '/api/offers', undefined, token),
      await call('GET', `/api/offers/${offer.id}`, undefined, token),
      await call('GET', '/api/offers/0x1', undefined, token),
      await call('GET', '/api/exports/offers', undefined, token),
      ...(interview ? [await call('GET', `/api/interviews/${interview.id}/ics`, undefined, token)] : []),
      await call('GET', '/api/nothing/here/at/all', undefined, token),
      await call('POST', '/api/saved-views', 'x', token, { 'Content-Type': 'text/plain' }),
      await call('POST', '/api/auth/logout', undefined, token),
    ];
    for (const response of responses) expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });
});
