import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getState } from '../../mocks/handlers';
import { csvColumns } from '../../src/common/csv';
import type { Candidate } from '../../src/types';
import { call, DEMO, login } from '../helpers/api';
import { ACME, applicantOf, strangerTo } from './fixtures';

/** GET /exports/candidates: the whole filtered set as CSV, role allow-list, neutralised cells. */
const exportUrl = (filter: unknown = {}) =>
  `/api/exports/candidates?filter=${encodeURIComponent(JSON.stringify(filter))}`;
const parse = (text: string) => Papa.parse<string[]>(text.trim(), { newline: '\r\n' }).data;

describe('GET /exports/candidates', () => {
  it('streams 50,000 rows with their total, beyond any page cap', async () => {
    const table = getState().tables.candidates;
    const model = table.rows[0] as Candidate;
    for (let i = 0; i < 50_000; i += 1)
      table.insert({ ...model, id: undefined, email: `bulk${i}@example.test`, tags: ['bulk'] } as never);
    const token = await login(DEMO.admin);
    const response = await call('GET', exportUrl({ tags: 'bulk' }), undefined, token);
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
    const response = await call('GET', exportUrl({ id: [candidate.id] }), undefined, token);
    const [header, line] = parse(response.body as string);
    expect(header).toEqual(csvColumns('candidates', 'support'));
    expect(header).not.toContain('desiredSalary');
    expect(line[header.indexOf('headline')]).toBe(`'${candidate.headline}`);
  });

  it('gives a recruiter only the profiles they see in full, never masked database ones', async () => {
    const token = await login(DEMO.acme);
    const stranger = strangerTo(ACME);
    const applicant = applicantOf(ACME);
    const response = await call('GET', exportUrl({ id: [stranger.id, applicant.id] }), undefined, token);
    const ids = parse(response.body as string)
      .slice(1)
      .map((line) => Number(line[0]));
    expect(ids).toEqual([applicant.id]);
  });

  it('refuses sales (403) and a malformed filter (400)', async () => {
    expect((await call('GET', exportUrl(), undefined, await login(DEMO.sales))).status).toBe(403);
    const bad = await call('GET', '/api/exports/candidates?filter=%7B', undefined, await login(DEMO.admin));
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('filter');
  });
});
