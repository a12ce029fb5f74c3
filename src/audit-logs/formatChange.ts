import { formatAddress, isAddress } from '../model/address';

/**
 * A value of an entry's before/after, readable: an address on one line, a filter as
 * "field: value; ...", a list comma-separated, nothing as a dash. Never a raw JSON dump.
 */
export function formatChange(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(formatChange).join(', ');
  if (isAddress(value)) return formatAddress(value);
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0
      ? '—'
      : entries.map(([key, part]) => `${key}: ${formatChange(part)}`).join('; ');
  }
  return String(value);
}

/** The row count of an export entry (`changes.rows` = [null, count]), if it is one. */
export function exportedRows(changes: Record<string, [unknown, unknown]> | undefined): number | null {
  const after = changes?.rows?.[1];
  return typeof after === 'number' ? after : null;
}
