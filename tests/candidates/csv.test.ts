import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../../src/candidates/importRows';
import { csvCell, csvColumns, toCsv } from '../../src/model/csv';

/** The app-wide CSV writer: OWASP neutralisation, quoting that round-trips, per-role allow-lists. */
describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['\ncmd', `"'\ncmd"`],
  ])('neutralises %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves ordinary text, numbers and lists readable', () => {
    expect(csvCell('Jean Dupont')).toBe('Jean Dupont');
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(['React', 'Node.js'])).toBe('"React; Node.js"');
    expect(csvCell(null)).toBe('');
  });

  it('round-trips through a CSV parser, formulas never starting a cell', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const record = Object.fromEntries(cells.map((cell, i) => [`c${i}`, cell]));
        const columns = Object.keys(record);
        const parsed = Papa.parse<string[]>(toCsv([record], columns), { newline: '\r\n', delimiter: ',' })
          .data[1];
        cells.forEach((cell, i) => {
          expect(parsed[i]).toBe(/^[=+\-@\t\r\n]/.test(cell) ? `'${cell}` : cell);
        });
      }),
    );
  });
});

describe('csvColumns', () => {
  it('gives each role only what it may see', () => {
    expect(csvColumns('candidates', 'sales')).toEqual([]);
    expect(csvColumns('candidates', 'support')).not.toContain('desiredSalary');
    expect(csvColumns('candidates', 'recruiter')).toContain('email');
    expect(csvColumns('candidates', 'recruiter')).not.toContain('ownerCompanyId');
  });

  it('lets a recruiter re-import their own export: it holds every import column', () => {
    expect(csvColumns('candidates', 'recruiter')).toEqual(expect.arrayContaining([...IMPORT_COLUMNS]));
  });

  it('writes the allowed columns only, never the others', () => {
    const csv = toCsv([{ id: 1, firstName: 'Ana', secret: 'x' }], ['id', 'firstName']);
    expect(csv).toBe('id,firstName\r\n1,Ana');
  });
});
