import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { eagerAssets } from '../bench/bundle';
import { describe, test } from './harness';
import { PROD_DIST, prodServer } from './prod-server';

/**
 * Issue 9, size: what the real-API build's index.html loads before anything is clicked stays within
 * react-admin's floor + 40 KB, and the heavy parts load only where used. `npm run bench` reports the
 * figures; this keeps them from creeping back.
 */
const INITIAL_JS_BUDGET_KB = 380;

/** Strings only each lazily loaded part brings into a bundle. */
const LAZY_PARTS: Record<string, RegExp> = {
  'recharts (dashboard charts)': /recharts-surface/,
  'the rich-text editor (tiptap)': /ProseMirror/,
  'drag and drop (@hello-pangea/dnd)': /data-rfd-draggable-id/,
  'the French catalog': /Se connecter|Chargement/,
};

describe('bundle of the real-API build', () => {
  test(
    `loads at most ${INITIAL_JS_BUDGET_KB} KB of gzipped JavaScript up front, without the parts loaded when used`,
    async () => {
      await prodServer();
      const scripts = eagerAssets(readFileSync(join(PROD_DIST, 'index.html'), 'utf8'))
        .filter((href) => href.endsWith('.js'))
        .map((href) => readFileSync(join(PROD_DIST, href), 'utf8'));
      const kb = scripts.reduce((sum, code) => sum + gzipSync(code).length, 0) / 1024;
      assert.ok(kb <= INITIAL_JS_BUDGET_KB, `initial JS is ${kb.toFixed(1)} KB gzip`);
      for (const [part, marker] of Object.entries(LAZY_PARTS))
        assert.ok(!scripts.some((code) => marker.test(code)), `${part} is not in the initial bundle`);
    },
    { timeoutMs: 300_000 },
  );
});
