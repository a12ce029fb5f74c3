import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Which way imports may flow between the folders of src/. A feature folder (offers/, pipeline/...)
 * may import the shared folders below, the root modules (types, config) and itself; another
 * feature only where ALLOWED names the pair, with why. The shared folders import no feature, but
 * i18n/ gathers each feature's catalogs, and App.tsx assembles them all.
 */
export const SHARED = ['common', 'model', 'providers', 'i18n', 'layout'];

/** The root modules that assemble the features; nothing imports them but each other. */
const ASSEMBLY = ['App.tsx', 'main.tsx'];

export const ALLOWED: Record<string, string> = {
  // One page showing another feature's panel: the page owns the layout, the panel its data.
  'applications -> interviews': "the application page lists the application's interviews and schedules one",
  'applications -> matching': 'the application page shows the match score',
  'applications -> pipeline': "the application page moves and rejects with the board's dialogs and rules",
  'applications -> scorecards': "the application page shows the interviewers' scorecards",
  'candidates -> gdpr': 'the candidate page carries the GDPR export and anonymisation',
  'candidates -> matching': "the candidate page lists the candidate's best offers",
  'companies -> audit-logs': "the account page shows the account's audit trail",
  'companies -> credit-ledger': "the account page shows the account's credit ledger and usage",
  'companies -> dashboard': 'the account page shows the health score the sales dashboard lists',
  'companies -> feeds': "the account page has a Feed tab: the company's offer feed, run and reported",
  'dashboard -> audit-logs': 'the support dashboard lists the latest audited actions',
  'dashboard -> scraping': 'the support dashboard shows the users the scraping watch flags',
  'dashboard -> tasks': "a recruiter's dashboard lists their tasks",
  'interviews -> message-templates': 'a scheduled interview offers to send the invitation message',
  'offers -> matching': "the offer page lists the offer's best candidates",
  'offers -> moderation': "the offer page shows the offer's job-board publications",
  'offers -> pipeline': "the offer page shows the offer's board",
  'pipeline -> interviews': 'a card moved to "interview" offers to schedule one',
  'pipeline -> message-templates': 'a rejected card offers to send the rejection message',
};

/** One import: both paths relative to src/, the target resolved to its file. */
export interface Edge {
  from: string;
  to: string;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]*)['"]/g;
const SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveFile(base: string): string | undefined {
  return SUFFIXES.map((suffix) => base + suffix).find((file) => existsSync(file) && statSync(file).isFile());
}

/** The name part of the probe files tests/lint/layering.test.ts writes into src/ and mocks/. */
export const LINT_PROBE_PREFIX = 'lint-probe-';

/** Every relative import under `src` (type-only and dynamic ones included). */
export function readImports(src: string): Edge[] {
  // tests/lint/layering.test.ts writes short-lived files that break the rules on purpose, for Biome
  // to refuse; the two test files may run at the same time, so this graph leaves those probes out.
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
    (name) => /\.tsx?$/.test(name) && !name.includes(LINT_PROBE_PREFIX),
  );
  return files.flatMap((name) => {
    const text = readFileSync(join(src, name), 'utf8');
    return [...text.matchAll(SPECIFIER)].flatMap(([, spec]) => {
      const file = resolveFile(resolve(dirname(join(src, name)), spec));
      return file ? [{ from: name, to: relative(src, file) }] : [];
    });
  });
}

const folderOf = (path: string) => (path.includes('/') ? path.split('/')[0] : null);

/** The feature pair an import makes, when it makes one the rules above do not allow by themselves. */
function pairOf({ from, to }: Edge): string | null {
  const source = folderOf(from);
  const target = folderOf(to);
  if (target === null) return ASSEMBLY.includes(to) && !ASSEMBLY.includes(from) ? `${source} -> ${to}` : null;
  if (source === null || source === target || SHARED.includes(target)) return null;
  if (source === 'i18n' && /\/i18n\.(en|fr)\.ts$/.test(to)) return null;
  return `${source} -> ${target}`;
}

/** The imports breaking the rules, as "from-file → to-file (pair)"; `allowed` defaults to ALLOWED. */
export function forbiddenImports(edges: Edge[], allowed: Record<string, string> = ALLOWED): string[] {
  return edges.flatMap((edge) => {
    const pair = pairOf(edge);
    return pair && !(pair in allowed) ? [`${edge.from} → ${edge.to} (${pair})`] : [];
  });
}

/** Pairs of the list no import uses any more: the list stays as short as the code needs. */
export function unusedPairs(edges: Edge[], allowed: Record<string, string> = ALLOWED): string[] {
  const used = new Set(edges.map(pairOf));
  return Object.keys(allowed).filter((pair) => !used.has(pair));
}
