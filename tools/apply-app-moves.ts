/**
 * Moves the files listed in tools/app-move-map.json (those still at their old path, with `git mv` so
 * history follows) and rewrites every relative import in src/, mocks/, tests/ and tools/ that points
 * at an old path. Safe to run again, e.g. on a branch merged after the move: only what still points
 * at an old path changes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const ROOTS = ['src', 'mocks', 'tests', 'tools'];
const { moves } = JSON.parse(readFileSync(join(ROOT, 'tools/app-move-map.json'), 'utf8')) as {
  moves: Record<string, string>;
};
const abs = (path: string) => resolve(ROOT, path);
const newPathOf = new Map(Object.entries(moves).map(([from, to]) => [abs(from), abs(to)]));

/** Files moved by this run, with where they were: their own relative imports were written from there. */
const movedFrom = new Map<string, string>();
for (const [from, to] of newPathOf) {
  if (!existsSync(from) || existsSync(to)) continue;
  mkdirSync(dirname(to), { recursive: true });
  execFileSync('git', ['mv', from, to], { cwd: ROOT });
  movedFrom.set(to, from);
  console.log(`moved ${relative(ROOT, from)} -> ${relative(ROOT, to)}`);
}

const SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The file an import names, in the layout before the moves; undefined when it is no file of ours. */
function resolveOld(base: string): { file: string; suffix: string } | undefined {
  for (const suffix of SUFFIXES) {
    const file = base + suffix;
    if (newPathOf.has(file)) return { file, suffix };
    if (existsSync(file) && !movedFrom.has(file) && !readdirSafe(file)) return { file, suffix };
  }
  return undefined;
}

function readdirSafe(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}

function specifier(fromDir: string, target: string, suffix: string): string {
  // Keep the import's style: no extension, or the folder for an index file.
  let path = relative(fromDir, target);
  if (suffix && path.endsWith(suffix)) path = path.slice(0, -suffix.length);
  return path.startsWith('.') ? path : `./${path}`;
}

const IMPORT =
  /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*|\bvi\.importActual\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g;

function* sourceFiles(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(entry.name)) yield path;
  }
}

const changed: string[] = [];
for (const file of ROOTS.flatMap((root) => [...sourceFiles(abs(root))])) {
  const text = readFileSync(file, 'utf8');
  const writtenFrom = dirname(movedFrom.get(file) ?? file);
  const next = text.replace(IMPORT, (whole, lead: string, quote: string, spec: string) => {
    const found = resolveOld(resolve(writtenFrom, spec));
    if (!found) return whole;
    const target = newPathOf.get(found.file) ?? found.file;
    const rewritten = specifier(dirname(file), target, found.suffix);
    return rewritten === spec ? whole : `${lead}${quote}${rewritten}${quote}`;
  });
  if (next !== text) {
    writeFileSync(file, next);
    changed.push(file);
    console.log(`rewrote ${relative(ROOT, file)}`);
  }
}
// The rewritten paths change the imports' order: let the formatter sort them as it does everywhere.
if (changed.length)
  execFileSync('npx', ['biome', 'check', '--write', ...changed], { cwd: ROOT, stdio: 'inherit' });
console.log(`${movedFrom.size} files moved, ${changed.length} files rewritten`);
