import Papa from 'papaparse';
import { CANDIDATE_FILE_FIELDS } from '../model/csv';
import { normalizeSkills } from '../model/skills';
import { CURRENCY_BY_COUNTRY } from '../model/types';
import { NUMBER_FIELDS, validateCandidate } from './validation';

/**
 * CSV → candidate rows for the import preview: the header names the columns, lists are split on
 * ";", numbers parsed; each row gets the same client checks as the form (messages are i18n keys).
 * The API checks again and refuses everything if one row is wrong.
 */
export const IMPORT_COLUMNS = CANDIDATE_FILE_FIELDS;

const LISTS = new Set(['skills', 'contractTypes', 'tags']);
const NUMBERS = new Set<string>(NUMBER_FIELDS);

export interface ImportRow {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  data: Record<string, unknown>;
  errors: Record<string, string>;
}

function value(field: string, raw: string): unknown {
  const text = raw.trim();
  if (LISTS.has(field)) {
    const items = text
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    return field === 'skills' ? normalizeSkills(items) : items;
  }
  if (text === '') return null;
  if (NUMBERS.has(field)) return Number.isFinite(Number(text)) ? Number(text) : text;
  return text;
}

export function parseCandidateCsv(text: string): ImportRow[] {
  const { data } = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  return data.map((raw, index) => {
    const record: Record<string, unknown> = { source: 'import' };
    for (const field of IMPORT_COLUMNS)
      if (raw[field] !== undefined) record[field] = value(field, raw[field]);
    if (typeof record.country === 'string') record.country = record.country.toUpperCase();
    if (record.country === 'FR' || record.country === 'GB')
      record.currency = CURRENCY_BY_COUNTRY[record.country];
    for (const field of NUMBERS) if (record[field] === null) delete record[field];
    return { line: index + 2, data: record, errors: validateCandidate(record) };
  });
}

/** Maps the API's `rows.{index}.{field}` errors back onto the rows sent. */
export function applyServerErrors(rows: ImportRow[], errors: Record<string, string>): ImportRow[] {
  return rows.map((row, index) => {
    const mine = Object.entries(errors)
      .filter(([key]) => key.startsWith(`rows.${index}.`) || key === `rows.${index}`)
      .map(([key, message]) => [key.split('.')[2] ?? 'row', message]);
    return mine.length ? { ...row, errors: { ...row.errors, ...Object.fromEntries(mine) } } : row;
  });
}
