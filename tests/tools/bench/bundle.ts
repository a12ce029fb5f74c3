import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * Bundle size: what index.html makes the browser load before anything is clicked (the entry
 * script, its modulepreloads and stylesheets), gzipped, for a real-API build (VITE_API_URL) and
 * the demo build; the largest chunks of each; and what the initial JavaScript is made of, per
 * package, so the part that is react-admin's floor and the part that is ours can be told apart.
 */
const ROOT = resolve(import.meta.dirname, '../../..');

export interface BundleFigures {
  variant: 'api' | 'demo';
  initialJsGzipKb: number;
  initialCssGzipKb: number;
  initialFiles: string[];
  totalJsGzipKb: number;
  largestChunks: Array<{ file: string; gzipKb: number }>;
  /**
   * The initial JS per package (ours as `src/`): each package's share of the modules' code (gzipped
   * per package, before minification) applied to initialJsGzipKb. An estimate, good to a few KB.
   */
  initialByPackage: Array<{ name: string; gzipKb: number }>;
}

interface BuiltChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  code?: string;
  source?: string | Uint8Array;
  modules?: Record<string, { code: string | null }>;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzip = (text: string | Uint8Array) => gzipSync(text).length;

/** The files index.html loads eagerly: <script src>, <link rel=modulepreload|stylesheet>. */
export function eagerAssets(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) found.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g))
    found.add(match[1]);
  for (const match of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="(?:modulepreload|stylesheet)"/g))
    found.add(match[1]);
  return [...found].filter((href) => !href.startsWith('http'));
}

/** `node_modules/@mui/material/...` → `@mui/material`; our files → `src/` (or `mocks/`). */
function packageOf(id: string): string {
  const inModules = id.split('node_modules/').pop() ?? id;
  if (inModules !== id) {
    const parts = inModules.split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const local = /\/(src|mocks)\//.exec(id);
  return local ? `${local[1]}/` : 'other';
}

function byPackage(chunks: BuiltChunk[], totalKb: number): Array<{ name: string; gzipKb: number }> {
  const code = new Map<string, string>();
  for (const chunk of chunks)
    for (const [id, module] of Object.entries(chunk.modules ?? {}))
      code.set(packageOf(id), (code.get(packageOf(id)) ?? '') + (module.code ?? ''));
  const sizes = [...code].map(([name, text]) => ({ name, bytes: gzip(text) }));
  const all = sizes.reduce((sum, size) => sum + size.bytes, 0);
  return sizes
    .map(({ name, bytes }) => ({ name, gzipKb: Math.round((bytes / all) * totalKb * 10) / 10 }))
    .sort((a, b) => b.gzipKb - a.gzipKb);
}

/** Builds `variant` into dist-bench/<variant> (VITE_API_URL set for 'api', unset for 'demo'). */
export async function buildVariant(variant: 'api' | 'demo', apiUrl = 'https://api.example.test/api') {
  const outDir = join(ROOT, `dist-bench/${variant}`);
  const previous = process.env.VITE_API_URL;
  if (variant === 'api') process.env.VITE_API_URL = apiUrl;
  else delete process.env.VITE_API_URL;
  try {
    const output = await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const first = Array.isArray(output) ? output[0] : output;
    return { outDir, files: (first as { output: BuiltChunk[] }).output };
  } finally {
    if (previous === undefined) delete process.env.VITE_API_URL;
    else process.env.VITE_API_URL = previous;
  }
}

export async function measureBundle(variant: 'api' | 'demo', apiUrl?: string): Promise<BundleFigures> {
  const { outDir, files } = await buildVariant(variant, apiUrl);
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initialFiles = eagerAssets(html);
  const named = new Map(files.map((file) => [`/${file.fileName}`, file]));
  const initial = initialFiles.map((href) => named.get(href)).filter((file) => file !== undefined);
  const sizeOf = (file: BuiltChunk) => gzip(file.code ?? file.source ?? '');
  const js = initial.filter((file) => file.type === 'chunk');
  const css = initial.filter((file) => file.fileName.endsWith('.css'));
  const chunks = files
    .filter((file) => file.type === 'chunk')
    .map((file) => ({ file: file.fileName.replace(/^assets\//, ''), gzip: sizeOf(file) }))
    .sort((a, b) => b.gzip - a.gzip);
  const initialJsGzipKb = kb(js.reduce((sum, file) => sum + sizeOf(file), 0));
  return {
    variant,
    initialJsGzipKb,
    initialCssGzipKb: kb(css.reduce((sum, file) => sum + sizeOf(file), 0)),
    initialFiles,
    totalJsGzipKb: kb(chunks.reduce((sum, chunk) => sum + chunk.gzip, 0)),
    largestChunks: chunks.slice(0, 6).map((chunk) => ({ file: chunk.file, gzipKb: kb(chunk.gzip) })),
    initialByPackage: byPackage(js, initialJsGzipKb).slice(0, 14),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const variant of ['api', 'demo'] as const)
    console.log(JSON.stringify(await measureBundle(variant), null, 2));
}
