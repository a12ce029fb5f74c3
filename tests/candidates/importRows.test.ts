import { describe, expect, it } from 'vitest';
import { applyServerErrors, parseCandidateCsv } from '../../src/candidates/importRows';

/** The import preview: each CSV row parsed and checked like the form, server errors mapped back. */
const CSV = [
  'firstName,lastName,email,phone,skills,country,desiredDailyRate,contractTypes',
  'Ana,Lopez,ana@example.test,06 12 34 56 78,reactjs; TypeScript,fr,,permanent',
  'Bob,Smith,not-an-email,+1 555 0100,Java,GB,550,permanent',
  '',
].join('\r\n');

describe('parseCandidateCsv', () => {
  it('parses lists, numbers and country, and checks each row like the form', () => {
    const [ana, bob] = parseCandidateCsv(`\uFEFF${CSV}`);
    expect(ana).toMatchObject({
      line: 2,
      errors: {},
      data: {
        firstName: 'Ana',
        skills: ['React', 'TypeScript'],
        country: 'FR',
        currency: 'EUR',
        source: 'import',
      },
    });
    expect(bob.line).toBe(3);
    expect(Object.keys(bob.errors).sort()).toEqual(['desiredDailyRate', 'email', 'phone']);
  });

  it('marks a number column holding words as an error of that row before anything is sent', () => {
    const [row] = parseCandidateCsv(
      ['firstName,lastName,email,country,yearsOfExperience', 'Ana,Lopez,ana@example.test,FR,abc'].join('\n'),
    );
    expect(row.errors).toEqual({ yearsOfExperience: 'ra.validation.number' });
    expect(row.data.yearsOfExperience).toBe('abc');
  });

  it('puts the API errors of `rows.{index}.{field}` on the right row', () => {
    const rows = parseCandidateCsv(CSV).slice(0, 1);
    const [ana] = applyServerErrors(rows, { 'rows.0.email': 'already exists (candidate 12)' });
    expect(ana.errors).toEqual({ email: 'already exists (candidate 12)' });
  });
});
