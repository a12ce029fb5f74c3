import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** recharts must stay out of the initial bundle: only the lazily imported charts/ folders may use it. */
const SRC = join(import.meta.dirname, '../../src');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.tsx?$/.test(name))
  .map((name) => ({ path: relative(SRC, join(SRC, name)), text: readFileSync(join(SRC, name), 'utf8') }));

describe('lazy charts', () => {
  it('imports recharts only under a charts/ folder (src/common/charts/, src/scraping/charts/)', () => {
    const users = files.filter((f) => /from 'recharts'/.test(f.text)).map((f) => f.path);
    expect(users.length).toBeGreaterThan(0);
    for (const path of users) expect(path).toMatch(/^(common|scraping)\/charts\//);
  });

  it('reaches the charts only through dynamic import()', () => {
    const staticImports = files
      .filter((f) => /^import [^;]*from '\.\/charts\//m.test(f.text))
      .map((f) => f.path);
    expect(staticImports).toEqual([]);
    expect(files.some((f) => /import\('\.\/charts\/SeriesChart'\)/.test(f.text))).toBe(true);
  });
});
