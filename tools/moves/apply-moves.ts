/**
 * Applies tools/moves/move-map.json to the work tree, and can be run again on a branch merged
 * later: it `git mv`s each file still at its old path, then rewrites every relative import (and any
 * other relative path string, e.g. vi.mock or new URL) in src/, mocks/, tests/ and tools/ that
 * names an old path, and the repo paths written out in comments and docs.
 *
 * A file moved by an earlier run but edited on another branch keeps that branch's imports, written
 * from its old folder: an import that does not resolve from the new folder is resolved from the old.
 *
 * `symbols` name exports that left their file (moved by hand: a browser-only part left behind when
 * the rest of a file moved, a type taken out of a cycle): named imports of them follow.
 *
 *   node --import tsx tools/moves/apply-moves.ts [--dry-run]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

interface MoveMap {
  files: Record<string, string>;
  /** Exports that moved from one file to another (`from` as it was before the file moves). */
  symbols?: Array<{ from: string; to: string; names: string[] }>;
}

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..', '..');
const CODE_ROOTS = ['src', 'mocks', 'tests', 'tools', 'scripts'];
const CODE_EXT = /\.(ts|tsx|mts|js|mjs)$/;
const TEXT_FILES = /(\.(ts|tsx|mts|mjs|md)$)|^package\.json$/;
const PROBES = ['', '.ts', '.tsx', '.json', '.js', '/index.ts', '/index.tsx'];
const dryRun = process.argv.includes('--dry-run');
/** Marks an import path as final, so the generic rewrite of moved files leaves it alone. */
const KEPT = '\u0000';

const map: MoveMap = JSON.parse(readFileSync(join(ROOT, 'tools/moves/move-map.json'), 'utf8'));
const moves = new Map(Object.entries(map.files));
const movedFrom = new Map([...moves].map(([from, to]) => [to, from]));
const symbolMoves = map.symbols ?? [];

const abs = (path: string) => join(ROOT, path);
const isFile = (path: string) => existsSync(abs(path)) && statSync(abs(path)).isFile();

/** 1. Files still at their old path move (git mv, so history follows). */
const movedNow = new Set<string>();
for (const [from, to] of moves) {
  if (!isFile(from) || isFile(to)) continue;
  movedNow.add(to);
  if (dryRun) {
    console.log(`move ${from} -> ${to}`);
    continue;
  }
  mkdirSync(dirname(abs(to)), { recursive: true });
  execFileSync('git', ['mv', from, to], { cwd: ROOT });
}

/** The repo path a relative specifier written in a file of folder `dir` means, old paths mapped on. */
function resolveFrom(dir: string, spec: string): { target: string; via: string } | undefined {
  const base = posix.normalize(posix.join(dir, spec));
  for (const probe of PROBES) {
    const candidate = base + probe;
    const moved = moves.get(candidate);
    if (moved) return { target: moved, via: candidate };
    if (isFile(candidate) || (dryRun && movedFrom.has(candidate)))
      return { target: candidate, via: candidate };
  }
  return undefined;
}

/** The specifier for `target` written from `fromFile`, in the style of the original `spec`. */
function specifier(fromFile: string, target: string, spec: string): string {
  const explicitExt = /\.(json|js|ts|tsx|css|svg|png)$/.exec(spec)?.[0];
  let path = target;
  if (!explicitExt) path = path.replace(/\.(ts|tsx|js)$/, '').replace(/\/index$/, '');
  let rel = relative(dirname(fromFile), path).split('\\').join('/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel;
}

function rewriteSpec(file: string, spec: string): string {
  const [path, query] = spec.split('?');
  const oldFile = movedFrom.get(file);
  let found: ReturnType<typeof resolveFrom>;
  if (movedNow.has(file) && oldFile) found = resolveFrom(dirname(oldFile), path);
  else {
    found = resolveFrom(dirname(file), path);
    if (!found && oldFile) found = resolveFrom(dirname(oldFile), path);
  }
  if (!found) return spec;
  const next = specifier(file, found.target, path);
  const samePlace =
    posix.normalize(posix.join(dirname(file), path)) === posix.normalize(posix.join(dirname(file), next));
  if (samePlace) return spec;
  return query === undefined ? next : `${next}?${query}`;
}

/**
 * Named imports (and re-exports) of a symbol that moved to another file (`symbols`) go there: the statement is split
 * when it also names what stayed. Matched on the path as written, before the file moves are applied.
 */
function symbolImports(file: string, source: string): string {
  if (symbolMoves.length === 0) return source;
  return source.replace(
    /(import|export)\s+(type\s+)?\{([^}]*)\}\s*from\s*(['"])(\.{1,2}\/[^'"]+)\4;?/g,
    (statement, verb: string, typeOnly: string | undefined, names: string, quote: string, spec: string) => {
      const oldFile = movedFrom.get(file);
      const dir = movedNow.has(file) && oldFile ? dirname(oldFile) : dirname(file);
      const base = posix.normalize(posix.join(dir, spec));
      const candidates = PROBES.flatMap((probe) => [base + probe, moves.get(base + probe)]);
      const entry = symbolMoves.find((move) => candidates.includes(move.from) && move.from !== file);
      if (!entry || entry.to === file) return statement;
      const parts = names
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);
      const nameOf = (part: string) => part.replace(/^type\s+/, '').split(/\s+as\s+/)[0];
      const going = parts.filter((part) => entry.names.includes(nameOf(part)));
      const staying = parts.filter((part) => !entry.names.includes(nameOf(part)));
      if (going.length === 0) return statement;
      const prefix = typeOnly ? `${verb} type ` : `${verb} `;
      const moved = `${prefix}{ ${going.join(', ')} } from ${quote}${KEPT}${specifier(file, entry.to, spec)}${quote};`;
      if (staying.length === 0) return moved;
      return `${moved}\n${prefix}{ ${staying.join(', ')} } from ${quote}${spec}${quote};`;
    },
  );
}

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: ROOT,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file && isFile(file));

/** 2. Relative imports (every relative string literal that names a file) follow the moves. */
let changed = 0;
for (const file of files) {
  if (!CODE_ROOTS.some((root) => file.startsWith(`${root}/`)) || !CODE_EXT.test(file)) continue;
  const before = readFileSync(abs(file), 'utf8');
  const after = symbolImports(file, before)
    .replace(
      /(['"])(\.{1,2}\/[^'"\n]*)\1/g,
      (_literal, quote: string, spec: string) => `${quote}${rewriteSpec(file, spec)}${quote}`,
    )
    .replaceAll(KEPT, '');
  if (after !== before) {
    changed += 1;
    if (!dryRun) writeFileSync(abs(file), after);
  }
}

/** 3. Repo paths written out whole (comments, docs, package.json scripts) follow too. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A path that holds a file again (what stayed of a split file) is left as written.
const mentions = [...moves]
  .filter(([from]) => !isFile(from))
  .map(([from, to]) => ({
    pattern: new RegExp(`(^|[^\\w./-])${escapeRegExp(from)}(?![\\w-])`, 'g'),
    to,
  }));
for (const file of files) {
  if (file.startsWith('tools/moves/') || !TEXT_FILES.test(file.split('/').pop() as string)) continue;
  const before = readFileSync(abs(file), 'utf8');
  let after = before;
  for (const { pattern, to } of mentions)
    after = after.replace(pattern, (_all, lead: string) => `${lead}${to}`);
  if (after !== before) {
    changed += 1;
    if (!dryRun) writeFileSync(abs(file), after);
  }
}

console.log(`${movedNow.size} file(s) moved, ${changed} file(s) rewritten${dryRun ? ' (dry run)' : ''}`);
