import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import type { Activity, Application, Candidate } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { ACME, applicantOf, applicationsOf, strangerTo } from './fixtures';

/** Import (all or nothing), duplicate check and merge of candidates. */
const row = (n: number, extra: Record<string, unknown> = {}) => ({
  firstName: 'Import',
  lastName: `Person${n}`,
  email: `import.person${n}@example.test`,
  phone: `+33 6 12 34 56 7${n % 10}`,
  country: 'FR',
  skills: ['React'],
  ...extra,
});

describe('POST /candidates/import', () => {
  it('imports every valid row in one call, owned by the recruiter company', async () => {
    const token = await login(DEMO.acme);
    const before = getState().tables.candidates.size;
    const response = await call('POST', '/api/candidates/import', { rows: [row(1), row(2)] }, token);
    expect(response.status).toBe(201);
    expect(response.body.created).toBe(2);
    expect(getState().tables.candidates.size).toBe(before + 2);
    const created = getState().tables.candidates.get(response.body.ids[0]) as Candidate;
    expect(created).toMatchObject({
      ownerCompanyId: ACME,
      source: 'import',
      email: 'import.person1@example.test',
    });
  });

  it('refuses the whole file when one row is wrong, naming the row and field', async () => {
    const token = await login(DEMO.acme);
    const before = getState().tables.candidates.size;
    const rows = [row(1), row(2, { phone: '12' }), row(3, { linkedinUrl: 'javascript:alert(1)' })];
    const response = await call('POST', '/api/candidates/import', { rows }, token);
    expect(response.status).toBe(422);
    expect(response.body.errors).toMatchObject({
      'rows.1.phone': expect.any(String),
      'rows.2.linkedinUrl': expect.any(String),
    });
    expect(response.body.errors['rows.0.email']).toBeUndefined();
    expect(getState().tables.candidates.size).toBe(before);
  });

  it('refuses rows matching an existing candidate or each other', async () => {
    const token = await login(DEMO.acme);
    const existing = applicantOf(ACME);
    const rows = [row(1, { email: existing.email.toUpperCase() }), row(2), row(3, { email: row(2).email })];
    const response = await call('POST', '/api/candidates/import', { rows }, token);
    expect(response.status).toBe(422);
    expect(response.body.errors['rows.0.email']).toContain(`candidate ${existing.id}`);
    expect(response.body.errors['rows.2.email']).toContain('row 1');
  });

  it('is refused to support (read-only) and sales', async () => {
    for (const who of [DEMO.support, DEMO.sales]) {
      const response = await call('POST', '/api/candidates/import', { rows: [row(1)] }, await login(who));
      expect(response.status).toBe(403);
    }
  });
});

describe('GET /candidates/duplicates', () => {
  it('finds a candidate by phone written another way, or by LinkedIn URL', async () => {
    const token = await login(DEMO.admin);
    const withPhone = (getState().tables.candidates.rows as Candidate[]).find((c) =>
      c.phone?.startsWith('+33'),
    ) as Candidate;
    const national = `0${(withPhone.phone as string).replace(/\D/g, '').slice(2)}`;
    const byPhone = await call(
      'GET',
      `/api/candidates/duplicates?phone=${encodeURIComponent(national)}`,
      undefined,
      token,
    );
    expect(byPhone.status).toBe(200);
    expect(byPhone.body.map((c: Candidate) => c.id)).toContain(withPhone.id);
    const none = await call(
      'GET',
      '/api/candidates/duplicates?email=nobody%40nowhere.test',
      undefined,
      token,
    );
    expect(none.body).toEqual([]);
  });

  it('never names a database profile masked for a recruiter (tests/api/candidates-masked.test.ts)', async () => {
    const token = await login(DEMO.acme);
    const stranger = strangerTo(ACME);
    const response = await call(
      'GET',
      `/api/candidates/duplicates?email=${encodeURIComponent(stranger.email)}`,
      undefined,
      token,
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual([]);
  });
});

describe('POST /candidates/:id/merge', () => {
  it('moves every application and activity onto the kept profile and removes the duplicate', async () => {
    const token = await login(DEMO.admin);
    const state = getState();
    const into = applicantOf(ACME);
    const from = (state.tables.candidates.rows as Candidate[]).find(
      (c) =>
        c.id !== into.id &&
        (state.tables.applications.rows as Application[]).some((a) => a.candidateId === c.id),
    ) as Candidate;
    const apps = (state.tables.applications.rows as Application[]).filter((a) =>
      [from.id, into.id].includes(a.candidateId),
    ).length;
    const acts = (state.tables.activities.rows as Activity[]).filter((a) =>
      [from.id, into.id].includes(a.candidateId),
    ).length;
    const response = await call('POST', `/api/candidates/${from.id}/merge`, { intoId: into.id }, token);
    expect(response.status).toBe(200);
    expect(response.body.skills).toEqual(expect.arrayContaining([...from.skills, ...into.skills]));
    expect(state.tables.candidates.get(from.id)).toBeUndefined();
    expect(
      (state.tables.applications.rows as Application[]).filter((a) => a.candidateId === into.id),
    ).toHaveLength(apps);
    expect(
      (state.tables.activities.rows as Activity[]).filter((a) => a.candidateId === into.id),
    ).toHaveLength(acts);
    expect((await call('GET', `/api/candidates/${from.id}`, undefined, token)).status).toBe(404);
  });

  it('lets a recruiter merge only a profile their company added', async () => {
    const token = await login(DEMO.acme);
    const into = applicantOf(ACME);
    const other = applicationsOf(ACME)
      .map((a) => a.candidateId)
      .find((id) => id !== into.id) as number;
    const refused = await call('POST', `/api/candidates/${other}/merge`, { intoId: into.id }, token);
    expect(refused.status).toBe(403);
    const created = await call('POST', '/api/candidates/import', { rows: [row(9)] }, token);
    const merged = await call(
      'POST',
      `/api/candidates/${created.body.ids[0]}/merge`,
      { intoId: into.id },
      token,
    );
    expect(merged.status).toBe(200);
    expect(merged.body.id).toBe(into.id);
  });
});
