import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageKey } from '../../mocks/domain/api/messages';
import { msg, pickLocale, render } from '../../mocks/domain/api/translate';
import { getState } from '../../mocks/handlers';
import type { Company, Offer } from '../../src/model/types';
import { call, DEMO, listQuery, login } from '../helpers/api';
import { ACME, strangerTo } from './fixtures';

/** The API answers in the caller's language (Accept-Language), from one catalog of messages. */
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const FRENCH = { 'Accept-Language': 'fr-FR,fr;q=0.9,en;q=0.8' };

describe('the API’s message catalog', () => {
  it('words every message in English and in French, with the same parameters', () => {
    const keys = Object.keys(MESSAGES) as MessageKey[];
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) {
      const { en, fr } = MESSAGES[key];
      expect(en.trim(), key).not.toBe('');
      expect(fr.trim(), key).not.toBe('');
      expect(fr, `${key} is not translated`).not.toBe(en);
      expect(placeholders(fr), key).toEqual(placeholders(en));
    }
  });

  it('words parameters in the same language: nested messages and instants', () => {
    const transition = msg('offer_transition', {
      from: msg('offer_status_draft'),
      to: msg('offer_status_paused'),
    });
    expect(render(transition, 'en')).toBe('an offer cannot go from draft to paused');
    expect(render(transition, 'fr')).toBe(
      'une offre ne peut pas passer de l’état « brouillon » à « en pause »',
    );
    const clash = msg('interview_clash', {
      who: 'Ana Roy',
      from: { datetime: '2026-12-01T09:00:00.000Z', timeZone: 'Europe/Paris' },
      to: { datetime: '2026-12-01T10:00:00.000Z', timeZone: 'Europe/Paris' },
    });
    expect(render(clash, 'fr')).toMatch(/^Ana Roy a déjà un entretien de 1 déc\. 2026.*10:00 à .*11:00$/);
    expect(render(clash, 'en')).toMatch(/^Ana Roy already has an interview from 1 Dec 2026.*10:00 to/);
  });

  it('picks the caller’s language by preference, English by default', () => {
    expect(pickLocale('fr')).toBe('fr');
    expect(pickLocale('fr-FR,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(pickLocale('de-DE,en;q=0.5,fr;q=0.7')).toBe('fr');
    expect(pickLocale('en-GB,fr;q=0.9')).toBe('en');
    expect(pickLocale('fr;q=0,en')).toBe('en');
    expect(pickLocale('de')).toBe('en');
    expect(pickLocale(null)).toBe('en');
  });
});

describe('errors in the caller’s language', () => {
  it('answers field errors and the message in French for Accept-Language: fr', async () => {
    const token = await login(DEMO.acme);
    const body = { title: 'Dev', contractType: 'permanent', country: 'FR', city: 'Lyon', currency: 'GBP' };
    const french = await call('POST', '/api/offers', body, token, FRENCH);
    expect(french.status).toBe(422);
    expect(french.headers.get('Content-Language')).toBe('fr');
    expect(french.body.errors).toMatchObject({
      title: 'au moins 5 caractères',
      currency: 'doit être EUR pour FR',
    });
    expect(french.body.message).toMatch(/^Données invalides : .*title/);
    const english = await call('POST', '/api/offers', body, token);
    expect(english.body.errors).toMatchObject({
      title: 'at least 5 characters',
      currency: 'must be EUR for FR',
    });
    expect(english.body.message).toMatch(/^Invalid data: .*title/);
  });

  it('words refusals of every kind in French: a stale version, a bad parameter, an unknown route, a login', async () => {
    const token = await login(DEMO.acme);
    const offer = getState().tables.offers.rows.find((o) => o.companyId === 1) as Offer;
    const stale = await call(
      'PATCH',
      `/api/offers/${offer.id}`,
      { title: 'Un titre neuf', version: 0 },
      token,
      FRENCH,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/modifié par quelqu’un d’autre/);
    const sort = await call(
      'GET',
      `/api/offers${listQuery({ sort: ['nope', 'ASC'] })}`,
      undefined,
      token,
      FRENCH,
    );
    expect(sort).toMatchObject({
      status: 400,
      body: { message: 'Champ de tri « nope » inconnu dans le paramètre « sort »' },
    });
    const route = await call('GET', '/api/nowhere/at/all', undefined, token, FRENCH);
    expect(route).toMatchObject({ status: 404, body: { message: 'Route d’API inconnue' } });
    const missing = await call('POST', '/api/auth/login', { email: DEMO.acme }, undefined, FRENCH);
    expect(missing.body).toMatchObject({
      message: 'L’e-mail et le mot de passe sont obligatoires',
      errors: { password: 'obligatoire' },
    });
  });

  it('words import row errors and the unlock refusal in French', async () => {
    const token = await login(DEMO.acme);
    const row = { firstName: 'Léa', lastName: 'Martin', email: 'lea.martin@example.test', country: 'FR' };
    const rows = [row, { ...row, phone: '12' }];
    const imported = await call('POST', '/api/candidates/import', { rows }, token, FRENCH);
    expect(imported.status).toBe(422);
    expect(imported.body.message).toBe('Rien n’a été importé\u00A0: 1 ligne(s) invalide(s)');
    expect(imported.body.errors).toEqual({
      'rows.1.phone': 'numéro de téléphone invalide (+33 / +44)',
      'rows.1.email': 'même e-mail que la ligne 0',
    });
    const acme = getState().tables.companies.get(ACME) as Company;
    acme.credits = { ...acme.credits, cvUnlocks: 0 };
    const unlock = await call('POST', `/api/candidates/${strangerTo(ACME).id}/unlock`, {}, token, FRENCH);
    expect(unlock).toMatchObject({
      status: 402,
      body: { code: 'no_cv_credit', message: expect.stringMatching(/^Plus aucun crédit de déblocage de CV/) },
    });
  });

  it('gives a refusal the app branches on a stable code, whatever the language', async () => {
    const token = await login(DEMO.acme);
    const company = getState().tables.companies.get(1);
    if (company) company.credits = { ...company.credits, jobSlots: 0 };
    const draft = getState().tables.offers.rows.find(
      (o) => o.companyId === 1 && o.status === 'draft' && o.contractType !== 'freelance',
    ) as Offer;
    Object.assign(draft, {
      description: `<p>${'Une mission passionnante. '.repeat(30)}</p>`,
      skills: ['React'],
      salaryMin: 45000,
      salaryMax: 55000,
      expiresAt: '2031-01-31T23:59:59.000Z',
    });
    const publish = { status: 'published', version: draft.version };
    const french = await call('PATCH', `/api/offers/${draft.id}`, publish, token, FRENCH);
    expect(french).toMatchObject({
      status: 422,
      body: { code: 'no_job_slot', message: 'Plus aucune annonce disponible' },
    });
    expect(french.body.errors.status).toMatch(/^Plus aucune annonce disponible : /);
    const english = await call('PATCH', `/api/offers/${draft.id}`, publish, token);
    expect(english.body).toMatchObject({ code: 'no_job_slot', message: 'No job slot left' });
  });
});
