import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * Bundle size: what index.html makes the browser load before anything is clicked (the entry
 * script, its modulepreloads and stylesheets), gzipped, for a real-API build (VITE_API_URL) and
 * the demo build; and the largest chunks of each.
 */
const ROOT = resolve(import.meta.dirname, '../..');

export interface BundleFigures {
  variant: 'api' | 'demo';
  initialJsGzipKb: number;
  initialCssGzipKb: number;
  initialFiles: string[];
  totalJsGzipKb: number;
  largestChunks: Array<{ file: string; gzipKb: number }>;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gzipSize = (path: string) => gzipSync(readFileSync(path)).length;

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

export async function measureBundle(variant: 'api' | 'demo'): Promise<BundleFigures> {
  const outDir = join(ROOT, `dist-bench/${variant}`);
  const previous = process.env.VITE_API_URL;
  if (variant === 'api') process.env.VITE_API_URL = 'https://api.example.test/api';
  else delete process.env.VITE_API_URL;
  try {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.VITE_API_URL;
    else process.env.VITE_API_URL = previous;
  }
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initialFiles = eagerAssets(html);
  let js = 0;
  let css = 0;
  for (const href of initialFiles) {
    const size = gzipSize(join(outDir, href.replace(/^\//, '')));
    if (href.endsWith('.css')) css += size;
    else js += size;
  }
  const assets = join(outDir, 'assets');
  const chunks = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, gzip: gzipSize(join(assets, file)), raw: statSync(join(assets, file)).size }));
  chunks.sort((a, b) => b.gzip - a.gzip);
  return {
    variant,
    initialJsGzipKb: kb(js),
    initialCssGzipKb: kb(css),
    initialFiles,
    totalJsGzipKb: kb(chunks.reduce((sum, chunk) => sum + chunk.gzip, 0)),
    largestChunks: chunks.slice(0, 6).map((chunk) => ({ file: chunk.file, gzipKb: kb(chunk.gzip) })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const variant of ['api', 'demo'] as const)
    console.log(JSON.stringify(await measureBundle(variant), null, 2));
}
