import { describe, expect, it } from 'vitest';
import { loadFrench } from '../../src/providers/i18nProvider';

function entries(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[prefix, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => entries(child, prefix ? `${prefix}.${key}` : key));
}

describe('French catalogue', () => {
  it('puts a non-breaking space before each colon, so no line starts with one', async () => {
    // Ours merged over react-admin's French, as the app shows them.
    const fr = await loadFrench();
    // A plain space before the colon lets the colon wrap alone to the next line.
    const breakable = entries(fr).filter(([, text]) => / :/.test(text));
    expect(breakable.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});
