import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINT_PROBE_PREFIX } from '../architecture/feature-graph';

/**
 * The layering the lint enforces (biome.json): the mock API imports from src/ only the shared model,
 * the model imports no React or UI library and nothing outside itself, the app never imports the mock,
 * and no import cycle, type-only ones included. Probe files break each rule; Biome must refuse them,
 * and accept the allowed imports beside them.
 */
const ROOT = join(import.meta.dirname, '../..');
const TAG = `${LINT_PROBE_PREFIX}${process.pid}`;

const PROBES: Record<string, string> = {
  // Forbidden
  [`mocks/${TAG}-feature.ts`]: "export * from '../src/candidates/importRows';\n",
  [`src/model/${TAG}-react-admin.ts`]: "export type { Exporter } from 'react-admin';\n",
  [`src/model/${TAG}-react.ts`]: "export { useState } from 'react';\n",
  [`src/model/${TAG}-feature.ts`]: "export * from '../offers/OfferList';\n",
  [`src/${TAG}-mock.ts`]: "export { handlers } from '../mocks/handlers';\n",
  [`mocks/${TAG}-cycle-a.ts`]: `import type { B } from './${TAG}-cycle-b';\nexport type A = { b?: B };\n`,
  [`mocks/${TAG}-cycle-b.ts`]: `import type { A } from './${TAG}-cycle-a';\nexport type B = { a?: A };\n`,
  // Allowed
  [`mocks/${TAG}-model.ts`]: "export type { Candidate } from '../src/model/types';\n",
  [`src/model/${TAG}-model.ts`]: "export type { Candidate } from './types';\n",
};

let output = '';

beforeAll(() => {
  for (const [path, text] of Object.entries(PROBES)) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true });
    writeFileSync(join(ROOT, path), text);
  }
  const run = spawnSync(
    join(ROOT, 'node_modules/.bin/biome'),
    ['lint', '--max-diagnostics=none', '--colors=off', ...Object.keys(PROBES)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  output = `${run.stdout}\n${run.stderr}`;
});

afterAll(() => {
  for (const path of Object.keys(PROBES)) rmSync(join(ROOT, path), { force: true });
});

/** The rules Biome reported on one probe file. */
function rulesOn(path: string): string[] {
  const heading = new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ (lint/\\S+)`, 'gm');
  return [...output.matchAll(heading)].map((match) => match[1]);
}

describe('the layering lint', () => {
  it('refuses a mock file importing a feature folder of the app', () => {
    expect(rulesOn(`mocks/${TAG}-feature.ts`)).toContain('lint/style/noRestrictedImports');
    expect(output).toContain('the mock API may import from src/ only the shared model');
  });

  it('refuses React, react-admin and the feature folders in the shared model', () => {
    expect(rulesOn(`src/model/${TAG}-react-admin.ts`)).toContain('lint/style/noRestrictedImports');
    expect(rulesOn(`src/model/${TAG}-react.ts`)).toContain('lint/style/noRestrictedImports');
    expect(rulesOn(`src/model/${TAG}-feature.ts`)).toContain('lint/style/noRestrictedImports');
  });

  it('refuses the app importing the mock', () => {
    expect(rulesOn(`src/${TAG}-mock.ts`)).toContain('lint/style/noRestrictedImports');
  });

  it('refuses an import cycle made of type-only imports', () => {
    expect(rulesOn(`mocks/${TAG}-cycle-a.ts`)).toContain('lint/suspicious/noImportCycles');
  });

  it('accepts the model imported by the mock and by itself', () => {
    expect(rulesOn(`mocks/${TAG}-model.ts`)).toEqual([]);
    expect(rulesOn(`src/model/${TAG}-model.ts`)).toEqual([]);
  });
});
