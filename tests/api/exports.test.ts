import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { csvColumns } from '../../src/model/csv';
import type { AuditLog, Candidate } from '../../src/model/types';
import { call, DEMO, login } from '../helpers/api';
import { BULK_SKILL, insertOffers } from '../helpers/bulk';
import { ACME, ACME_RECRUITER, applicantOf, GLOBEX, strangerTo } from './fixtures';

/** GET /exports/{resource}: the whole filtered set as CSV, role allow-list, neutralised cells. */
const exportUrl = (resource: string, filter: unknown = {}) =>
  `/api/exports/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
const parse = (text: string) => Papa.parse<string[]>(text.trim(), { newline: '\r\n' }).data;

describe('GET /exports/candidates', () => {
  it('streams 50,000 rows with their total, beyond any page cap', async () => {
    const table = getState().tables.candidates;
    const model = table.rows[0] as Candidate;
    for (let i = 0; i < 50_000; i += 1)
      table.insert({ ...model, id: undefined, email: `bulk${i}@example.test`, tags: ['bulk'] } as never);
    const token = await login(DEMO.admin);
    const response = await call('GET', exportUrl('candidates', { tags: 'bulk' }), undefined, token);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/csv');
    const lines = parse(response.body as string);
    expect(Number(response.headers.get('X-Total-Count'))).toBe(lines.length - 1);
    expect(lines.length - 1).toBe(50_000);
    expect(lines[0]).toEqual(csvColumns('candidates', 'admin'));
  });

  it('neutralises formula cells and writes only the role columns', async () => {
    const candidate = getState().tables.candidates.rows[0] as Candidate;
    candidate.headline = '=HYPERLINK("http://evil.test","click")';
    const token = await login(DEMO.support);
    const response = await call('GET', exportUrl('candidates', { id: [candidate.id] }), undefined, token);
    const [header, line] = parse(response.body as string);
    expect(header).toEqual(csvColumns('candidates', 'support'));
    expect(header).not.toContain('desiredSalary');
    expect(line[header.indexOf('headline')]).toBe(`'${candidate.headline}`);
  });

  it('gives a recruiter only the profiles they see in full, never masked database ones', async () => {
    const token = await login(DEMO.acme);
    const stranger = strangerTo(ACME);
    const applicant = applicantOf(ACME);
    const response = await call(
      'GET',
      exportUrl('candidates', { id: [stranger.id, applicant.id] }),
      undefined,
      token,
    );
    const ids = parse(response.body as string)
      .slice(1)
      .map((line) => Number(line[0]));
    expect(ids).toEqual([applicant.id]);
  });

  it('refuses sales (403) and a malformed filter (400)', async () => {
    expect((await call('GET', exportUrl('candidates'), undefined, await login(DEMO.sales))).status).toBe(403);
    const bad = await call('GET', '/api/exports/candidates?filter=%7B', undefined, await login(DEMO.admin));
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('filter');
  });
});

describe('GET /exports/offers', () => {
  it('streams 50,000 offers of the recruiter company, sorted, none of another company', async () => {
    insertOffers(ACME, 50_000);
    insertOffers(GLOBEX, 10);
    const token = await login(DEMO.acme);
    const url = `${exportUrl('offers', { skills: [BULK_SKILL] })}&sort=${encodeURIComponent('["id","DESC"]')}`;
    const response = await call('GET', url, undefined, token);
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('X-Total-Count'))).toBe(50_000);
    const [header, ...rows] = parse(response.body as string);
    expect(header).toEqual(csvColumns('offers', 'recruiter'));
    expect(header).not.toContain('companyId');
    expect(rows).toHaveLength(50_000);
    const ids = rows.map((row) => Number(row[0]));
    expect(ids[0]).toBeGreaterThan(ids[ids.length - 1]);
    const globexIds = new Set(
      getState()
        .tables.offers.rows.filter((o) => o.companyId === GLOBEX)
        .map((o) => o.id),
    );
    expect(ids.some((id) => globexIds.has(id))).toBe(false);
  });

  it('neutralises a formula-looking title', async () => {
    insertOffers(ACME, 1, () => '@SUM(1+1)*cmd|" /C calc"!A0');
    const response = await call(
      'GET',
      exportUrl('offers', { skills: [BULK_SKILL] }),
      undefined,
      await login(DEMO.acme),
    );
    const [header, row] = parse(response.body as string);
    expect(row[header.indexOf('title')]).toBe(`'@SUM(1+1)*cmd|" /C calc"!A0`);
  });

  it('gives sales the company column, and answers 404 for a list without an export', async () => {
    const sales = await login(DEMO.sales);
    const response = await call('GET', exportUrl('offers', { id: [1] }), undefined, sales);
    expect(parse(response.body as string)[0]).toEqual(csvColumns('offers', 'sales'));
    expect(csvColumns('offers', 'sales')).toContain('companyId');
    expect((await call('GET', exportUrl('audit-logs'), undefined, sales)).status).toBe(404);
    expect((await call('GET', exportUrl('nothing'), undefined, sales)).status).toBe(404);
  });
});

describe('GET /exports/{name}: the audit trail', () => {
  const auditLog = () => getState().tables['audit-logs'].rows as AuditLog[];

  it('writes one entry per export: who, which list, the filter as sent and the row count, never the rows', async () => {
    const applicant = applicantOf(ACME);
    const before = auditLog().length;
    const filter = { id: [applicant.id, strangerTo(ACME).id] };
    const response = await call('GET', exportUrl('candidates', filter), undefined, await login(DEMO.acme));
    expect(response.status).toBe(200);
    expect(auditLog()).toHaveLength(before + 1);
    const entry = auditLog().at(-1) as AuditLog;
    expect(entry).toMatchObject({
      actorId: ACME_RECRUITER,
      actorRole: 'recruiter',
      action: 'export',
      resource: 'candidates',
      recordId: null,
      // The filter the recruiter sent, not the one the server narrowed it to; one full profile.
      changes: { filter: [null, filter], rows: [null, 1] },
    });
    expect(JSON.stringify(entry)).not.toContain(applicant.email);
  });

  it('audits an export of offers by sales too, and writes nothing for a refused one', async () => {
    const sales = await login(DEMO.sales);
    const before = auditLog().length;
    await call('GET', exportUrl('offers', { status: 'published' }), undefined, sales);
    const published = getState().tables.offers.rows.filter((o) => o.status === 'published').length;
    expect(auditLog().at(-1)).toMatchObject({
      actorRole: 'sales',
      action: 'export',
      resource: 'offers',
      changes: { filter: [null, { status: 'published' }], rows: [null, published] },
    });
    expect((await call('GET', exportUrl('candidates'), undefined, sales)).status).toBe(403);
    expect((await call('GET', '/api/exports/offers?filter=%7B', undefined, sales)).status).toBe(400);
    expect(auditLog()).toHaveLength(before + 1);
  });
});
